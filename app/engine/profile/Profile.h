#pragma once

#include "DefinerPolicy.h"
#include "SetupStrategy.h"
#include "db/ConnectionSpec.h"
#include "db/Result.h"

#include <QCoreApplication>
#include <QStringList>

// One replica setup as saved in a profile INI file: three connections and the choices.
// Holds no password (see SecretsFile and SecretStore).
struct Profile
{
    ConnectionSpec source;
    ConnectionSpec staging;
    ConnectionSpec target;
    QString replicationUser = QStringLiteral("repl");
    QString replicationHost = QStringLiteral("%");
    SetupStrategy strategy = SetupStrategy::StagingReplica;
    QStringList databases; // empty: every user schema
    int retentionHours = 48;
    QString keepDumpDir; // empty: the seed streams without keeping a copy
    int seedPipelines = 0; // 0: as many as the machine has cores, at most 4
    int seedStallSeconds = 300; // the copy fails when no byte moves for this long
    DefinerPolicy definers; // what the copy does with DEFINER accounts missing on the target

    ConnectionSpec& connection(ServerRole role);
    const ConnectionSpec& connection(ServerRole role) const;
};

// Reads and writes profile INI files (QSettings' IniFormat).
class ProfileFile
{
    Q_DECLARE_TR_FUNCTIONS(ProfileFile)

public:
    static Result<Profile> load(const QString& path);
    static Status save(const Profile& profile, const QString& path);
};
