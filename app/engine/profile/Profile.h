#pragma once

#include "DefinerPolicy.h"
#include "SetupStrategy.h"
#include "db/ConnectionSpec.h"
#include "db/Result.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

// How the tables' rows are copied: the chunked engine (default), or the dump tool piped into the
// client (for whoever prefers the standard tools, and for what the chunked copy refuses).
enum class SeedEngine
{
    Chunked,
    Dump
};

// How the target is positioned on the source: GTID auto-positioning when the source has GTIDs on
// (Auto), always (On, refused where impossible) or never (Off: file and position).
enum class GtidUse
{
    Auto,
    On,
    Off
};

namespace GtidUses {
QString key(GtidUse use); // "auto", "on", "off"
std::optional<GtidUse> fromKey(const QString& key);
} // namespace GtidUses

namespace SeedEngines {
QString key(SeedEngine engine); // "chunked", "dump": the profile's spelling
std::optional<SeedEngine> fromKey(const QString& key);
} // namespace SeedEngines

// One replica setup as saved in a profile INI file: three connections and the choices.
// Holds no password (see SecretsFile and SecretStore).
struct Profile
{
    QString name; // the DBA's name for the setup (overview, metrics' setup label); may be empty
    bool notify = true; // desktop notifications when one of its links changes health
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
    SeedEngine seeder = SeedEngine::Chunked;
    int seedChunkMib = 16; // the chunked copy's chunk size
    GtidUse gtid = GtidUse::Auto;
    // Without TLS on the channel, a caching_sha2_password account may fetch the source's RSA key
    // (GET_SOURCE_PUBLIC_KEY=1): source_public_key=auto; off forbids it (then TLS is required).
    bool sourcePublicKey = true;
    DefinerPolicy definers; // what the copy does with DEFINER accounts missing on the target
    // Aurora clone strategy: the clone's crash-recovery event as pasted (checked when loaded), and
    // the names the checklist's aws commands use (empty: derived from the source's endpoint).
    QString clonePosition;
    QString auroraCluster;
    QString cloneCluster;

    ConnectionSpec& connection(ServerRole role);
    const ConnectionSpec& connection(ServerRole role) const;
    // Whether status and the dashboard watch the staging server: not an Aurora clone, which the DBA
    // deletes after the setup.
    bool watchesStaging() const;
    // The name, else `fallback` (a saved setup's id, a profile file's base name).
    QString label(const QString& fallback) const { return name.isEmpty() ? fallback : name; }
};

// Reads and writes profile INI files (QSettings' IniFormat).
class ProfileFile
{
    Q_DECLARE_TR_FUNCTIONS(ProfileFile)

public:
    static Result<Profile> load(const QString& path);
    static Status save(const Profile& profile, const QString& path);
};
