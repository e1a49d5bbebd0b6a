#pragma once

#include "BinlogRetention.h"
#include "ReplicaStatus.h"
#include "ServerVersion.h"
#include "SourceStatus.h"
#include "db/EngineError.h"

#include <optional>

// Everything the tool learned about one server in one inspection.
struct ServerFacts
{
    ServerVersion version;
    bool rds = false; // the mysql.rds_* procedures exist
    bool aurora = false; // Aurora MySQL (@@aurora_version)
    quint64 serverId = 0;
    QString serverUuid; // MySQL only; MariaDB has none
    bool logBin = false;
    QString binlogFormat;
    QString gtidMode; // MySQL: @@gtid_mode; MariaDB: "gtid_strict_mode=ON|OFF"
    bool gtidStrictMode = false; // MariaDB
    // MariaDB: @@gtid_binlog_pos (its binary log's GTIDs); MySQL: @@gtid_executed.
    QString gtidBinlogPos;
    QString gtidSlavePos; // MariaDB: where its replication has applied up to
    bool readOnly = false;
    quint64 maxAllowedPacket = 0;
    BinlogRetention retention;
    std::optional<SourceStatus> sourceStatus;
    std::optional<EngineError> sourceStatusError;
    std::optional<ReplicaStatus> replicaStatus; // nullopt: not a replica (or not readable)
    std::optional<EngineError> replicaStatusError;
    bool replicaStatusViaRdsProcedure = false;

    // MySQL: gtid_mode=ON; MariaDB: every server writes GTIDs (gtid_binlog_pos) with its binlog.
    bool gtidOn() const
    {
        return version.isMariaDb() ? logBin : gtidMode.compare(QLatin1String("ON"), Qt::CaseInsensitive) == 0;
    }

    enum class Role
    {
        Standalone,
        Replica
    };
    Role replicationRole() const { return replicaStatus ? Role::Replica : Role::Standalone; }
};
