#pragma once

#include <QString>
#include <QStringList>

// The exact comparison of rows between two servers: the row count and the XOR of a SHA2 over
// every stored column of every row (hex, so no separator can be confused with data; NULL told
// from ''). The same statement on both sides gives the same answer for the same rows, whatever
// the servers' storage, unlike CHECKSUM TABLE.
namespace RowHash {
// SELECT COUNT(*) AS n, ... AS h FROM `table` WHERE condition
QString statement(const QStringList& storedColumns, const QString& qualifiedTable,
                  const QString& condition = QStringLiteral("1"));
} // namespace RowHash
