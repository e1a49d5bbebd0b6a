#include "Profile.h"

#include "replication/CrashRecoveryPosition.h"

#include <QFileInfo>
#include <QSettings>

ConnectionSpec& Profile::connection(ServerRole role)
{
    switch (role) {
    case ServerRole::Staging:
        return staging;
    case ServerRole::Target:
        return target;
    case ServerRole::Source:
        break;
    }
    return source;
}

const ConnectionSpec& Profile::connection(ServerRole role) const
{
    return const_cast<Profile*>(this)->connection(role);
}

bool Profile::watchesStaging() const
{
    return !staging.host.isEmpty() && strategy != SetupStrategy::AuroraClone;
}

namespace {

// QSettings splits values at commas; a profile value is always one string.
QString stringValue(const QSettings& settings, const QString& key)
{
    const QVariant v = settings.value(key);
    if (v.userType() == QMetaType::QStringList)
        return v.toStringList().join(QLatin1Char(','));
    return v.toString().trimmed();
}

} // namespace

Result<Profile> ProfileFile::load(const QString& path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return EngineError::local(tr("The profile %1 does not exist.").arg(path),
                                  tr("Check the path, or create the profile in the wizard."));
    if (!info.isFile() || !info.isReadable())
        return EngineError::local(tr("The profile %1 cannot be read.").arg(path),
                                  tr("Check the file's permissions."));

    QSettings settings(path, QSettings::IniFormat);
    if (settings.status() != QSettings::NoError)
        return EngineError::local(tr("The profile %1 is not a valid INI file.").arg(path),
                                  tr("See the profile format in the README."));

    Profile profile;
    const QString strategyKey = stringValue(settings, QStringLiteral("options/strategy"));
    if (!strategyKey.isEmpty() && !SetupStrategies::fromKey(strategyKey, &profile.strategy))
        return EngineError::local(
            tr("The profile %1 has an unknown strategy '%2'.").arg(path, strategyKey),
            tr("Use strategy=staging-replica, strategy=write-freeze or strategy=aurora-clone."));

    for (ServerRole role : ServerRoles::all()) {
        const QString section = ServerRoles::key(role);
        ConnectionSpec& spec = profile.connection(role);
        spec.role = role;
        const bool required
            = role != ServerRole::Staging || SetupStrategies::copiesFromStaging(profile.strategy);
        if (!settings.childGroups().contains(section)) {
            if (required)
                return EngineError::local(tr("The profile %1 has no [%2] section.").arg(path, section),
                                          tr("Add a [%1] section with host, port and user.").arg(section));
            continue;
        }
        settings.beginGroup(section);
        spec.host = stringValue(settings, QStringLiteral("host"));
        spec.user = stringValue(settings, QStringLiteral("user"));
        const QString portText = stringValue(settings, QStringLiteral("port"));
        const QString tlsText = stringValue(settings, QStringLiteral("tls"));
        spec.sslCa = stringValue(settings, QStringLiteral("ssl_ca"));
        spec.sslCert = stringValue(settings, QStringLiteral("ssl_cert"));
        spec.sslKey = stringValue(settings, QStringLiteral("ssl_key"));
        spec.ssh.host = stringValue(settings, QStringLiteral("ssh_host"));
        spec.ssh.user = stringValue(settings, QStringLiteral("ssh_user"));
        spec.ssh.keyFile = stringValue(settings, QStringLiteral("ssh_key"));
        const QString sshPort = stringValue(settings, QStringLiteral("ssh_port"));
        const QString sshAuth = stringValue(settings, QStringLiteral("ssh_auth"));
        settings.endGroup();
        if (!sshPort.isEmpty()) {
            bool ok = false;
            spec.ssh.port = sshPort.toInt(&ok);
            if (!ok || spec.ssh.port < 1 || spec.ssh.port > 65535)
                return EngineError::local(
                    tr("[%1] in %2 has an invalid ssh_port '%3'.").arg(section, path, sshPort),
                    tr("Use a port between 1 and 65535."));
        }
        if (!sshAuth.isEmpty()) {
            const std::optional<SshTunnelSpec::Auth> auth = SshTunnelSpec::authFromKey(sshAuth);
            if (!auth)
                return EngineError::local(
                    tr("[%1] in %2 has an unknown ssh_auth '%3'.").arg(section, path, sshAuth),
                    tr("Use ssh_auth=agent, key or password."));
            spec.ssh.auth = *auth;
        } else if (!spec.ssh.keyFile.isEmpty()) {
            spec.ssh.auth = SshTunnelSpec::Auth::Key;
        }

        if (spec.host.isEmpty())
            return EngineError::local(tr("[%1] in %2 has no host.").arg(section, path),
                                      tr("Set host= to the server's endpoint."));
        if (spec.user.isEmpty())
            return EngineError::local(tr("[%1] in %2 has no user.").arg(section, path),
                                      tr("Set user= to the account the tool logs in with."));
        if (!portText.isEmpty()) {
            bool ok = false;
            const int port = portText.toInt(&ok);
            if (!ok || port < 1 || port > 65535)
                return EngineError::local(
                    tr("[%1] in %2 has an invalid port '%3'.").arg(section, path, portText),
                    tr("Use a port between 1 and 65535."));
            spec.port = port;
        }
        if (!tlsText.isEmpty() && !TlsModes::fromKey(tlsText, &spec.tls))
            return EngineError::local(
                tr("[%1] in %2 has an unknown TLS mode '%3'.").arg(section, path, tlsText),
                tr("Use disabled, preferred, required, verify-ca or verify-identity."));
    }

    settings.beginGroup(QStringLiteral("replication"));
    const QString replUser = stringValue(settings, QStringLiteral("user"));
    const QString replHost = stringValue(settings, QStringLiteral("host"));
    settings.endGroup();
    if (!replUser.isEmpty())
        profile.replicationUser = replUser;
    if (!replHost.isEmpty())
        profile.replicationHost = replHost;

    profile.name = stringValue(settings, QStringLiteral("options/name"));
    profile.notify = stringValue(settings, QStringLiteral("options/notify")) != QLatin1String("off");
    const QString databases = stringValue(settings, QStringLiteral("options/databases"));
    for (const QString& name : databases.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!name.trimmed().isEmpty())
            profile.databases.append(name.trimmed());
    }
    // A whole number within [low, high] when present; false when present and invalid.
    const auto readInt = [&settings](const QString& key, int low, int high, int* value) {
        const QString text = stringValue(settings, QStringLiteral("options/") + key);
        if (text.isEmpty())
            return true;
        bool ok = false;
        const int number = text.toInt(&ok);
        if (!ok || number < low || number > high)
            return false;
        *value = number;
        return true;
    };
    if (!readInt(QStringLiteral("retention_hours"), 1, 2160, &profile.retentionHours))
        return EngineError::local(
            tr("The profile %1 has an invalid retention_hours '%2'.")
                .arg(path, stringValue(settings, QStringLiteral("options/retention_hours"))),
            tr("Use a whole number of hours from 1 to 168 (2160 on Aurora)."));
    if (!readInt(QStringLiteral("seed_pipelines"), 0, 16, &profile.seedPipelines))
        return EngineError::local(
            tr("The profile %1 has an invalid seed_pipelines '%2'.")
                .arg(path, stringValue(settings, QStringLiteral("options/seed_pipelines"))),
            tr("Use 0 (automatic) or a whole number from 1 to 16."));
    if (!readInt(QStringLiteral("seed_stall_seconds"), 5, 86400, &profile.seedStallSeconds))
        return EngineError::local(
            tr("The profile %1 has an invalid seed_stall_seconds '%2'.")
                .arg(path, stringValue(settings, QStringLiteral("options/seed_stall_seconds"))),
            tr("Use a whole number of seconds from 5 to 86400."));
    if (!readInt(QStringLiteral("seed_chunk_mib"), 1, 1024, &profile.seedChunkMib))
        return EngineError::local(
            tr("The profile %1 has an invalid seed_chunk_mib '%2'.")
                .arg(path, stringValue(settings, QStringLiteral("options/seed_chunk_mib"))),
            tr("Use a whole number of MiB from 1 to 1024."));
    profile.keepDumpDir = stringValue(settings, QStringLiteral("options/keep_dump_dir"));
    const QString seeder = stringValue(settings, QStringLiteral("options/seeder"));
    if (!seeder.isEmpty()) {
        const std::optional<SeedEngine> engine = SeedEngines::fromKey(seeder);
        if (!engine)
            return EngineError::local(tr("The profile %1 has an unknown seeder '%2'.").arg(path, seeder),
                                      tr("Use chunked (the default) or dump."));
        profile.seeder = *engine;
    }
    const QString gtid = stringValue(settings, QStringLiteral("options/gtid"));
    if (!gtid.isEmpty()) {
        const std::optional<GtidUse> use = GtidUses::fromKey(gtid);
        if (!use)
            return EngineError::local(tr("The profile %1 has an unknown gtid setting '%2'.").arg(path, gtid),
                                      tr("Use gtid=auto, gtid=on or gtid=off."));
        profile.gtid = *use;
    }
    const QString publicKey = stringValue(settings, QStringLiteral("options/source_public_key")).toLower();
    if (!publicKey.isEmpty()) {
        if (publicKey != QLatin1String("auto") && publicKey != QLatin1String("off"))
            return EngineError::local(
                tr("The profile %1 has an unknown source_public_key '%2'.").arg(path, publicKey),
                tr("Use source_public_key=auto or source_public_key=off."));
        profile.sourcePublicKey = publicKey == QLatin1String("auto");
    }
    // A kept copy of the dump is the dump tool's: asking for one without naming a seeder chooses it.
    if (!profile.keepDumpDir.isEmpty()) {
        if (profile.seeder == SeedEngine::Chunked && !seeder.isEmpty())
            return EngineError::local(
                tr("The profile %1 asks for keep_dump_dir with seeder=chunked.").arg(path),
                tr("A copy of the dump is kept only with seeder=dump: choose it, or remove "
                   "keep_dump_dir."));
        profile.seeder = SeedEngine::Dump;
    }
    const Result<DefinerPolicy> definers
        = DefinerPolicy::parse(stringValue(settings, QStringLiteral("options/definers")));
    if (!definers)
        return definers.error().withContext(path);
    profile.definers = definers.value();
    profile.clonePosition = stringValue(settings, QStringLiteral("aurora/clone_position"));
    profile.auroraCluster = stringValue(settings, QStringLiteral("aurora/cluster"));
    profile.cloneCluster = stringValue(settings, QStringLiteral("aurora/clone"));
    if (!profile.clonePosition.isEmpty()) {
        const Result<CrashRecoveryPosition> position = CrashRecoveryPosition::parse(profile.clonePosition);
        if (!position)
            return position.error().withContext(path);
    }
    return profile;
}

Status ProfileFile::save(const Profile& profile, const QString& path)
{
    QSettings settings(path, QSettings::IniFormat);
    settings.clear();
    for (ServerRole role : ServerRoles::all()) {
        const ConnectionSpec& spec = profile.connection(role);
        if (role == ServerRole::Staging && profile.strategy == SetupStrategy::WriteFreeze
            && spec.host.isEmpty())
            continue;
        settings.beginGroup(ServerRoles::key(role));
        settings.setValue(QStringLiteral("host"), spec.host);
        settings.setValue(QStringLiteral("port"), spec.port);
        settings.setValue(QStringLiteral("user"), spec.user);
        settings.setValue(QStringLiteral("tls"), TlsModes::key(spec.tls));
        settings.setValue(QStringLiteral("ssl_ca"), spec.sslCa);
        settings.setValue(QStringLiteral("ssl_cert"), spec.sslCert);
        settings.setValue(QStringLiteral("ssl_key"), spec.sslKey);
        if (spec.ssh.enabled()) {
            settings.setValue(QStringLiteral("ssh_host"), spec.ssh.host);
            if (spec.ssh.port > 0)
                settings.setValue(QStringLiteral("ssh_port"), spec.ssh.port);
            if (!spec.ssh.user.isEmpty())
                settings.setValue(QStringLiteral("ssh_user"), spec.ssh.user);
            settings.setValue(QStringLiteral("ssh_auth"), SshTunnelSpec::authKey(spec.ssh.auth));
            if (!spec.ssh.keyFile.isEmpty())
                settings.setValue(QStringLiteral("ssh_key"), spec.ssh.keyFile);
        }
        settings.endGroup();
    }
    settings.beginGroup(QStringLiteral("replication"));
    settings.setValue(QStringLiteral("user"), profile.replicationUser);
    settings.setValue(QStringLiteral("host"), profile.replicationHost);
    settings.endGroup();
    settings.beginGroup(QStringLiteral("options"));
    if (!profile.name.isEmpty())
        settings.setValue(QStringLiteral("name"), profile.name);
    if (!profile.notify)
        settings.setValue(QStringLiteral("notify"), QStringLiteral("off"));
    settings.setValue(QStringLiteral("strategy"), SetupStrategies::key(profile.strategy));
    settings.setValue(QStringLiteral("databases"), profile.databases.join(QLatin1Char(',')));
    settings.setValue(QStringLiteral("retention_hours"), profile.retentionHours);
    if (!profile.keepDumpDir.isEmpty())
        settings.setValue(QStringLiteral("keep_dump_dir"), profile.keepDumpDir);
    if (profile.seedStallSeconds != Profile().seedStallSeconds)
        settings.setValue(QStringLiteral("seed_stall_seconds"), profile.seedStallSeconds);
    if (profile.seedPipelines > 0)
        settings.setValue(QStringLiteral("seed_pipelines"), profile.seedPipelines);
    if (profile.seedChunkMib != Profile().seedChunkMib)
        settings.setValue(QStringLiteral("seed_chunk_mib"), profile.seedChunkMib);
    if (profile.seeder != Profile().seeder)
        settings.setValue(QStringLiteral("seeder"), SeedEngines::key(profile.seeder));
    if (profile.gtid != Profile().gtid)
        settings.setValue(QStringLiteral("gtid"), GtidUses::key(profile.gtid));
    if (!profile.sourcePublicKey)
        settings.setValue(QStringLiteral("source_public_key"), QStringLiteral("off"));
    settings.setValue(QStringLiteral("definers"), profile.definers.toText());
    settings.endGroup();
    if (!profile.clonePosition.isEmpty() || !profile.auroraCluster.isEmpty()
        || !profile.cloneCluster.isEmpty()) {
        settings.beginGroup(QStringLiteral("aurora"));
        settings.setValue(QStringLiteral("clone_position"), profile.clonePosition);
        settings.setValue(QStringLiteral("cluster"), profile.auroraCluster);
        settings.setValue(QStringLiteral("clone"), profile.cloneCluster);
        settings.endGroup();
    }
    settings.sync();
    if (settings.status() != QSettings::NoError)
        return EngineError::local(tr("The profile %1 could not be written.").arg(path),
                                  tr("Check that the folder exists and is writable."));
    return Done{};
}

namespace GtidUses {

QString key(GtidUse use)
{
    switch (use) {
    case GtidUse::On:
        return QStringLiteral("on");
    case GtidUse::Off:
        return QStringLiteral("off");
    case GtidUse::Auto:
        break;
    }
    return QStringLiteral("auto");
}

std::optional<GtidUse> fromKey(const QString& key)
{
    for (const GtidUse use : {GtidUse::Auto, GtidUse::On, GtidUse::Off}) {
        if (GtidUses::key(use) == key.trimmed().toLower())
            return use;
    }
    return std::nullopt;
}

} // namespace GtidUses

namespace SeedEngines {

QString key(SeedEngine engine)
{
    return engine == SeedEngine::Dump ? QStringLiteral("dump") : QStringLiteral("chunked");
}

std::optional<SeedEngine> fromKey(const QString& key)
{
    for (const SeedEngine engine : {SeedEngine::Chunked, SeedEngine::Dump}) {
        if (SeedEngines::key(engine) == key.trimmed().toLower())
            return engine;
    }
    return std::nullopt;
}

} // namespace SeedEngines
