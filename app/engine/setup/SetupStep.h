#pragma once

#include "db/ServerRole.h"

#include <QString>
#include <QStringList>

// One step of a setup plan as the DBA sees it: what, where, and the exact SQL or command.
struct SetupStep
{
    enum class Kind
    {
        Automatic, // reads or checks; runs without asking
        Confirm, // changes a server; asks first
        Manual, // the DBA does it (network rules, write freeze) and confirms
    };
    enum class Id
    {
        Retention,
        ReplicationAccount,
        FreezeWrites,
        StopStaging,
        ReadCoordinates,
        PrepareTarget,
        DefinerAccounts,
        Seed,
        CopyObjects,
        RecheckCoordinates,
        VerifyCopy,
        DisableEvents,
        ReplicationFilters,
        PointTarget,
        RestoreWrites,
        StartReplica,
        VerifyReplication,
        ResumeStaging,
    };

    Id id = Id::Retention;
    QString key; // stable id for journals and logs, e.g. "stop-staging"
    QString title;
    ServerRole role = ServerRole::Source;
    Kind kind = Kind::Automatic;
    QString description;
    QStringList commands; // SQL or shell commands as shown (passwords masked)

    bool changesServer() const { return kind == Kind::Confirm; }
};
