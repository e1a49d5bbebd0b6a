#pragma once

#include "db/ServerRole.h"

#include <QString>
#include <QStringList>

// One finding of the preflight: what was checked, how it came out, why, and the fix. Where the
// fix is a statement, `fixStatements` holds it (run on `fixRole` after the DBA confirms).
struct PreflightCheck
{
    enum class Outcome
    {
        Pass,
        Warning,
        Blocking
    };

    enum class Id
    {
        ConnectionSource,
        ConnectionStaging,
        ConnectionTarget,
        Compatibility,
        LogBin,
        BinlogFormat,
        Retention,
        ServerIds,
        StagingSource,
        TargetReplicating,
        ChosenSchemas,
        OverwrittenSchemas,
        ReplicationAccount,
        MaxAllowedPacket,
        Definers,
        Events,
        TimeZones,
        Gtid,
        CrossFlavour,
        ClonePosition,
        ReplicationAuth,
        SourceFromTarget
    };

    Id id = Id::Compatibility;
    QString title;
    Outcome outcome = Outcome::Pass;
    QString reason;
    QString fix;
    ServerRole fixRole = ServerRole::Source;
    QStringList fixStatements;
    // False when the statements are only shown (a password is masked in them): the setup runs them.
    bool fixApplicable = true;

    // Stable keys for JSON and logs: "retention", "server_ids", "connection_target", ...
    QString key() const { return key(id); }
    static QString key(Id id);
    static Id connection(ServerRole role);
    static QString outcomeKey(Outcome outcome);
};

// The worst outcome of a list (for the CLI's exit code: 0 pass, 1 warnings, 2 blocking).
PreflightCheck::Outcome worstOutcome(const QList<PreflightCheck>& checks);
