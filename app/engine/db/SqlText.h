#pragma once

#include <QPair>
#include <QString>
#include <QStringList>

// Quoting of identifiers and literals, and redaction of secrets for logs. Nothing else in the
// engine builds SQL from values it did not write itself.
namespace SqlText {
// `name` with embedded backticks doubled.
QString identifier(const QString& name);
// 'value' with quotes, backslashes and control characters escaped (sessions run without
// NO_BACKSLASH_ESCAPES).
QString literal(const QString& value);
// 'a', 'b', 'c' (for IN lists); '' for an empty list, which matches nothing.
QString literalList(const QStringList& values);
// 'user'@'host'
QString account(const QString& user, const QString& host);
// user@host as information_schema spells a DEFINER -> {user, host} (split at the last '@')
QPair<QString, QString> splitAccount(const QString& definer);
// user@host as information_schema spells a DEFINER -> 'user'@'host'
QString definerAccount(const QString& definer);
// A schema name as a LIKE pattern (grants, wild filters) that matches only itself: '_', '%' and
// '\' escaped.
QString likeEscaped(const QString& name);
// The statement with the literal after IDENTIFIED BY, MASTER_PASSWORD, SOURCE_PASSWORD and
// PASSWORD(...) replaced by '***'.
QString redacted(const QString& sql);
} // namespace SqlText
