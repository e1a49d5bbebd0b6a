#pragma once

#include "db/Result.h"

#include <QStringList>

class SqlSession;

// RDS writes its own tables in the `mysql` schema (rds_heartbeat2, rds_sysinfo, rds_history,
// ...); those writes are in the binlog. The target's filters keep them out, but a restart loses
// those filters (and RDS's next housekeeping write then stops the target with 1146). Creating the
// same tables on the target, with the rows they had at the copy's coordinates, makes such a
// write apply harmlessly instead: a second line of defence, never a reason to drop the filters.
namespace RdsHousekeepingTables {
// CREATE TABLE IF NOT EXISTS and INSERT IGNORE statements for every mysql.rds_* base table of
// `origin` that `target` does not have; empty when there is none (not RDS, or already there).
Result<QStringList> statements(SqlSession& origin, SqlSession& target);
} // namespace RdsHousekeepingTables
