#pragma once

#include "db/ResultSet.h"
#include "replication/ServerVersion.h"

#include <QString>

// A result set recorded from a server (tests/data/resultsets/*.json), with the server's version.
struct RecordedResultSet
{
    ServerVersion version;
    QString statement;
    ResultSet result;

    static RecordedResultSet load(const QString& fileName);
    static QString directory();
};
