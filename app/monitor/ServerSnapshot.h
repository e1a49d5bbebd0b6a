#pragma once

#include "db/ConnectionSpec.h"
#include "db/EngineError.h"
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
    // Replicas: seconds between the source writing the last heartbeat this server has applied
    // and now (the true lag). Unset with a note when there is no heartbeat to read.
    std::optional<double> heartbeatLagSeconds;
    QString heartbeatNote; // source: why the heartbeat cannot be written; replicas: why none is read
    int retryInSeconds = 0; // after a failure: when the poller asks again
};
