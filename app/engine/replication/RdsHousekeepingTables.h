#pragma once

#include "db/Result.h"

#include <QStringList>

class SqlSession;

// RDS writes its own tables in the `mysql` schema (rds_heartbeat2, rds_sysinfo, rds_history,
// ...); those writes are in the binlog. The target's filters keep them out, but a restart loses
// those filters (and RDS's next housekeeping write then stops the target with 1146). The copy also
// takes these tables, with the rows they hold at the copy's coordinates, into the target's mysql
// schema, so such a write applies harmlessly instead: a second line of defence, never a reason to
// drop the filters.
namespace RdsHousekeepingTables {
// The mysql.rds_* base tables of `origin` (none when it is not RDS).
Result<QStringList> tables(SqlSession& origin);
} // namespace RdsHousekeepingTables
