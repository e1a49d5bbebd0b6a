#pragma once

#include "Result.h"

#include <QStringList>

class SqlSession;

namespace TableColumns {
// The columns a table stores, in order: every column but generated ones (which are computed from
// the others), invisible ones included.
Result<QStringList> stored(SqlSession& session, const QString& schema, const QString& table);
} // namespace TableColumns
