#include "RowHash.h"

#include "db/SqlText.h"

namespace RowHash {

QString statement(const QStringList& storedColumns, const QString& qualifiedTable, const QString& condition)
{
    QStringList values;
    QStringList nulls;
    for (const QString& name : storedColumns) {
        const QString column = SqlText::identifier(name);
        values << QStringLiteral("HEX(CAST(%1 AS BINARY))").arg(column);
        nulls << QStringLiteral("ISNULL(%1)").arg(column);
    }
    return QStringLiteral(
               "SELECT COUNT(*) AS n, COALESCE(BIT_XOR(CAST(CONV(LEFT(SHA2(CONCAT_WS('#', %1, CONCAT(%2)), "
               "256), 16), 16, 10) AS UNSIGNED)), 0) AS h FROM %3 WHERE %4")
        .arg(values.join(QStringLiteral(", ")), nulls.join(QStringLiteral(", ")), qualifiedTable, condition);
}

} // namespace RowHash
