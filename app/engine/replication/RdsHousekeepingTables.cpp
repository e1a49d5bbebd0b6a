#include "RdsHousekeepingTables.h"

#include "db/SqlSession.h"

namespace RdsHousekeepingTables {

Result<QStringList> tables(SqlSession& origin)
{
    Result<ResultSet> rs = origin.query(
        QStringLiteral("SELECT TABLE_NAME AS t FROM information_schema.TABLES WHERE TABLE_SCHEMA = 'mysql' "
                       "AND TABLE_NAME LIKE 'rds\\\\_%' AND TABLE_TYPE = 'BASE TABLE' ORDER BY TABLE_NAME"));
    if (!rs)
        return rs.error();
    QStringList names;
    for (int row = 0; row < rs->rowCount(); ++row)
        names << rs->text(row, u"t");
    return names;
}

} // namespace RdsHousekeepingTables
