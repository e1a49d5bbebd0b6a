#pragma once

#include "db/ResultSet.h"
#include "monitor/ServerSnapshot.h"
#include "replication/ServerVersion.h"

#include <QString>

// A result set recorded from a server (tests/data/resultsets/*.json), with the server's version.
struct RecordedResultSet
{
    ServerVersion version;
    QString statement;
    ResultSet result;

    static RecordedResultSet load(const QString& fileName);
    // A reachable target whose replica status is the recorded one.
    static ServerSnapshot targetSnapshot(const QString& fileName, quint64 serverId);
    static QString directory();
};
