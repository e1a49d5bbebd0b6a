#pragma once

#include "db/ConnectionSpec.h"
#include "db/EngineError.h"
#include "replication/ReplicationFilters.h"
#include "replication/ServerFacts.h"

#include <QDateTime>
#include <QList>

#include <optional>

struct BinaryLogFile
{
    QString name;
    qint64 size = 0;
    std::optional<QDateTime> startedAt; // from the file's first event, when read
};

// One look at one server: what it said, or why it could not be asked.
struct ServerSnapshot
{
    ServerRole role = ServerRole::Source;
    QString endpoint;
    bool reachable = false;
    std::optional<ServerFacts> facts;
    std::optional<EngineError> error;
    QDateTime takenAt;

    QList<BinaryLogFile> binaryLogs; // the source's, oldest first
    // Source: the server id this look announced to read binlog start times (0: it read none), and
    // whether the source's list of connected replicas confirmed that none uses it.
    quint32 binlogReaderServerId = 0;
    bool binlogReaderIdChecked = false;
    // Replicas: seconds between the source writing the last heartbeat this server has applied
    // and now (the true lag). Unset with a note when there is no heartbeat to read.
    std::optional<double> heartbeatLagSeconds;
    QString heartbeatNote; // source: why the heartbeat cannot be written; replicas: why none is read
    int retryInSeconds = 0; // after a failure: when the poller asks again
    // Target: the filters its setup gave it, and those its status no longer shows (lost in a
    // restart: SET GLOBAL and CHANGE REPLICATION FILTER do not persist).
    std::optional<ReplicationFilters> expectedFilters;
    QStringList missingFilters;
    // Target with all its filters: false when they were only set at runtime (SET GLOBAL, CHANGE
    // REPLICATION FILTER) and the next restart loses them; unset when the server cannot tell.
    std::optional<bool> filtersPersistent;
};
