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
        CreateClone,
        ReadClonePosition,
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
        DeleteClone,
    };

    Id id = Id::Retention;
    QString key; // stable id for journals and logs, e.g. "stop-staging"
    QString title;
    ServerRole role = ServerRole::Source;
    Kind kind = Kind::Automatic;
    QString description;
    QStringList commands; // SQL or shell commands as shown (passwords masked)
    QStringList shellCommands; // those of `commands` that are shell pipelines (the copy), not SQL
    QStringList reads; // what the step reads to decide or check
    QString nothing; // when there is nothing to run: why (e.g. "already 48 h")
    bool plannable = true; // false: the servers could not be read for it (see description)

    bool changesServer() const { return kind == Kind::Confirm; }
};
