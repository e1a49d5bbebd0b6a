#pragma once

#include <QList>
#include <QPair>
#include <QString>

#include <optional>

// A replica's state, mapped by column name from SHOW SLAVE/REPLICA STATUS (or RDS's
// mysql.rds_replica_status) whatever the server's column names.
struct ReplicaStatus
{
    QString ioState;
    QString sourceHost;
    int sourcePort = 0;
    QString sourceUser;
    // What the IO thread has read from the source.
    QString readSourceLogFile;
    quint64 readSourceLogPos = 0;
    // What the SQL thread has executed: the coordinates a copy of this replica's data is at.
    QString execSourceLogFile;
    quint64 execSourceLogPos = 0;
    QString relayLogFile;
    quint64 relayLogPos = 0;
    quint64 relayLogSpace = 0;
    QString ioRunning; // "Yes", "No" or "Connecting"
    QString sqlRunning;
    std::optional<qint64> secondsBehindSource; // NULL when the server does not know
    int lastIoErrno = 0;
    QString lastIoError;
    int lastSqlErrno = 0;
    QString lastSqlError;
    quint64 sourceServerId = 0;
    QString sourceUuid;
    qint64 sqlDelay = 0;
    QString sqlRunningState;
    QString usingGtid; // MariaDB: No, Slave_Pos, Current_Pos; MySQL (Auto_Position): 0 or 1
    QString gtidIoPos; // MariaDB: the GTID position the IO thread has read up to
    QString retrievedGtidSet; // MySQL
    QString executedGtidSet; // MySQL: what this replica has applied (its data's GTID set)
    QString replicateWildIgnoreTable; // comma-separated, as the server prints it
    QString replicateWildDoTable;
    QString replicateDoDb;
    // Every column as the server named it, in its order, for the raw view.
    QList<QPair<QString, QString>> raw;

    bool ioThreadRunning() const { return ioRunning.compare(QLatin1String("Yes"), Qt::CaseInsensitive) == 0; }
    bool ioThreadConnecting() const
    {
        return ioRunning.compare(QLatin1String("Connecting"), Qt::CaseInsensitive) == 0;
    }
    bool positionsByGtid() const
    {
        return !usingGtid.isEmpty() && usingGtid.compare(QLatin1String("No"), Qt::CaseInsensitive) != 0
            && usingGtid != QLatin1String("0");
    }
    bool sqlThreadRunning() const
    {
        return sqlRunning.compare(QLatin1String("Yes"), Qt::CaseInsensitive) == 0;
    }
};
