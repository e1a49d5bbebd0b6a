#pragma once

#include "db/ConnectionSpec.h"
#include "db/EngineError.h"
#include "replication/ServerFacts.h"

#include <QDateTime>

#include <optional>

// One look at one server: what it said, or why it could not be asked.
struct ServerSnapshot
{
    ServerRole role = ServerRole::Source;
    QString endpoint;
    bool reachable = false;
    std::optional<ServerFacts> facts;
    std::optional<EngineError> error;
    QDateTime takenAt;
};
