#pragma once

#include "db/Result.h"

#include <QCoreApplication>

#include <optional>

class SqlSession;

// The tool's own heartbeat: with the DBA's consent, the source gets one row in a schema of the
// tool's own (replica_wizard.heartbeat) holding the source's UTC time; each replica's copy of that
// row says how old its data really is, which Seconds_Behind_Master does not (it is NULL when the
// IO thread is down, and it measures the relay log, not the source).
class Heartbeat
{
    Q_DECLARE_TR_FUNCTIONS(Heartbeat)

public:
    static QString schema() { return QStringLiteral("replica_wizard"); }
    static QStringList createStatements();
    static QString beatStatement();
    static QString readStatement();

    // On the source: writes the row, creating the schema and table the first time.
    static Status beat(SqlSession& source);

    struct Reading
    {
        std::optional<double> lagSeconds;
        QString note; // why there is no figure
    };
    // On a replica.
    static Reading read(SqlSession& replica);
};
