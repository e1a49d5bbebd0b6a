#include "TableColumns.h"

#include "SqlSession.h"
#include "SqlText.h"

namespace TableColumns {

Result<QStringList> stored(SqlSession& session, const QString& schema, const QString& table)
{
    // GENERATION_EXPRESSION is NULL (MariaDB) or '' (MySQL) for a stored column.
    Result<ResultSet> rs = session.query(
        QStringLiteral(
            "SELECT COLUMN_NAME AS c FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = %1 "
            "AND TABLE_NAME = %2 AND COALESCE(GENERATION_EXPRESSION, '') = '' ORDER BY ORDINAL_POSITION")
            .arg(SqlText::literal(schema), SqlText::literal(table)));
    if (!rs)
        return rs.error();
    QStringList names;
    for (int row = 0; row < rs->rowCount(); ++row)
        names << rs->text(row, u"c");
    return names;
}

} // namespace TableColumns
