#pragma once

#include "Dialect.h"
#include "db/Result.h"
#include "setup/SourceCoordinates.h"

#include <QCoreApplication>

class SqlSession;

// Reads what a source logged between two positions. RDS writes its own tables (mysql.rds_*,
// e.g. the heartbeat every few minutes) even when every application is held off; those writes
// are filtered on the target, so they must not count as "the position moved".
class BinlogInspector
{
    Q_DECLARE_TR_FUNCTIONS(BinlogInspector)

public:
    BinlogInspector(SqlSession& session, Dialect dialect);

    // Done when everything between `from` and `to` only touches mysql.rds% tables (or is
    // bookkeeping: rotation, GTIDs, BEGIN/COMMIT); otherwise an error naming the first other event.
    Status onlyRdsWritesBetween(const SourceCoordinates& from, const SourceCoordinates& to);
    // A Query event (statement format: binlog_format MIXED, RDS MariaDB's default) that writes one
    // mysql.rds_* table and reads nothing else, as RDS's heartbeat does.
    static bool writesOnlyRdsTables(const QString& queryEventInfo);

private:
    SqlSession& m_session;
    Dialect m_dialect;
};
