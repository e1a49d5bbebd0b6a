#pragma once

#include "db/Result.h"

#include <QStringList>

class ServerSession;

// DEFINER accounts of views, routines, triggers and events: those a copy needs on the target.
namespace DefinerAccounts {
// 'user'@'host' of every definer in `schemas` on `origin` that does not exist on `target`.
Result<QStringList> missingOn(ServerSession& origin, ServerSession& target, const QStringList& schemas);
// user@host (as information_schema spells it) -> 'user'@'host'
QString accountOf(const QString& definer);
QString createStatement(const QString& account);
} // namespace DefinerAccounts
