#include "StatusCommand.h"

#include "CliOutput.h"
#include "profile/SetupLibrary.h"
#include "secrets/KeychainSecretStore.h"
#include "tunnel/TunnelRegistry.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QSaveFile>
#include <QTimer>

StatusCommand::StatusCommand() = default;
StatusCommand::~StatusCommand() = default;

int StatusCommand::start(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Shows the replication status of a setup's servers."));
    parser.addHelpOption();
    addProfileOptions(parser);
    parser.addOption({QStringLiteral("json"), tr("Print one JSON object (the same as --format json).")});
    parser.addOption(
        {QStringLiteral("format"), tr("text (default), json, prometheus or nagios."), tr("format")});
    parser.addOption({QStringLiteral("textfile"),
                      tr("Write Prometheus metrics to a .prom file in this folder for node_exporter's "
                         "textfile collector (replaced atomically) instead of printing."),
                      tr("folder")});
    parser.addOption({QStringLiteral("all"), tr("Every saved setup instead of one --profile.")});
    parser.addOption({QStringLiteral("library"),
                      tr("Where the saved setups are (default: the application's data folder)."),
                      tr("folder")});
    parser.addOption({QStringLiteral("watch"), tr("Repeat every N seconds."), tr("seconds")});
    parser.addOption({QStringLiteral("lag-warning"),
                      tr("Seconds behind the source from which a replica counts as lagging (default 60)."),
                      tr("seconds")});
    if (const std::optional<int> done = CliOutput::parse(parser, arguments))
        return *done;
    if (parser.isSet(QStringLiteral("lag-warning"))) {
        bool ok = false;
        m_thresholds.lagWarningSeconds = parser.value(QStringLiteral("lag-warning")).toLongLong(&ok);
        if (!ok || m_thresholds.lagWarningSeconds < 0) {
            CliOutput::err(tr("--lag-warning needs a whole number of seconds."));
            return 3;
        }
    }
    if (parser.isSet(QStringLiteral("watch"))) {
        bool ok = false;
        m_watchSeconds = parser.value(QStringLiteral("watch")).toInt(&ok);
        if (!ok || m_watchSeconds < 1) {
            CliOutput::err(tr("--watch needs a whole number of seconds, at least 1."));
            return 3;
        }
    }
    if (parser.isSet(QStringLiteral("json")))
        m_format = StatusFormat::Json;
    if (parser.isSet(QStringLiteral("format"))) {
        const std::optional<StatusFormat> format
            = StatusRendering::formatFromKey(parser.value(QStringLiteral("format")));
        if (!format) {
            CliOutput::err(tr("--format takes text, json, prometheus or nagios."));
            return 3;
        }
        m_format = *format;
    }
    m_textfileDir = parser.value(QStringLiteral("textfile"));
    if (!m_textfileDir.isEmpty()) {
        if (!QFileInfo(m_textfileDir).isDir()) {
            CliOutput::err(tr("--textfile needs an existing folder: %1").arg(m_textfileDir));
            return 3;
        }
        m_format = StatusFormat::Prometheus;
    }
    m_fleet = parser.isSet(QStringLiteral("all"));
    m_pool.setMaxThreadCount(m_fleet ? 16 : 3);

    if (m_fleet) {
        if (parser.isSet(QStringLiteral("profile"))) {
            CliOutput::err(tr("Give either --all or --profile, not both."));
            return 3;
        }
        for (const QString& fingerprint : parser.values(QStringLiteral("accept-host-key")))
            TunnelRegistry::instance().acceptHostKey(fingerprint);
        m_fleetSecrets = parser.value(QStringLiteral("secrets"));
        if (!loadLibrary(parser.value(QStringLiteral("library"))))
            return 3;
        QTimer::singleShot(0, this, &StatusCommand::resolveFleet);
        return -1;
    }
    if (!loadProfile(parser, QStringLiteral("status")))
        return 3;
    Watched single;
    single.profilePath = m_profilePath;
    single.profile = m_profile;
    // A profile named profile.ini (as saved setups and the sandbox's are) is known by its folder.
    const QFileInfo file(m_profilePath);
    single.label
        = m_profile.label(file.completeBaseName() == QLatin1String("profile") ? file.absoluteDir().dirName()
                                                                              : file.completeBaseName());
    m_setups.append(single);
    resolvePasswords(groupsFor(m_profile), [this] {
        m_setups.first().passwords = m_passwords;
        collect();
    });
    return -1;
}

QStringList StatusCommand::groupsFor(const Profile& profile)
{
    QStringList groups{ServerRoles::key(ServerRole::Source), ServerRoles::key(ServerRole::Target)};
    if (profile.watchesStaging())
        groups.insert(1, ServerRoles::key(ServerRole::Staging));
    return groups;
}

bool StatusCommand::loadLibrary(const QString& root)
{
    const SetupLibrary library(root);
    for (const SetupLibrary::Entry& entry : library.entries()) {
        Watched watched;
        watched.profilePath = entry.profilePath;
        watched.profile = ProfileFile::load(entry.profilePath).value();
        watched.label = watched.profile.label(entry.id);
        m_setups.append(watched);
    }
    if (m_setups.isEmpty()) {
        CliOutput::err(tr("No saved setups in %1.").arg(library.root()));
        return false;
    }
    return true;
}

void StatusCommand::resolveFleet()
{
    // Never a prompt: a setup whose passwords are neither in --secrets nor in the keychain is
    // reported as not checked, and the others still are.
    if (m_fleetSecrets.isEmpty())
        m_fleetKeychain = std::make_unique<KeychainSecretStore>();
    m_pending = int(m_setups.size());
    for (Watched& watched : m_setups) {
        auto* resolver = new PasswordResolver(watched.profile, watched.profilePath, m_fleetSecrets,
                                              m_fleetKeychain.get(), this);
        resolver->setInteractive(false);
        const QString path = watched.profilePath;
        const auto done = [this, path, resolver](const QString& problem) {
            for (Watched& w : m_setups) {
                if (w.profilePath == path) {
                    w.problem = problem;
                    if (problem.isEmpty())
                        w.passwords = resolver;
                }
            }
            if (--m_pending == 0)
                collect();
        };
        connect(resolver, &PasswordResolver::resolved, this, [done] { done(QString()); });
        connect(resolver, &PasswordResolver::failed, this, done);
        resolver->resolve(groupsFor(watched.profile));
    }
}

void StatusCommand::collect()
{
    m_pending = 0;
    for (Watched& watched : m_setups) {
        if (!watched.passwords)
            continue;
        if (watched.probes.isEmpty()) {
            QHash<ServerRole, QByteArray> passwords;
            for (ServerRole role : ServerRoles::all())
                passwords.insert(role, watched.passwords->password(role));
            for (ServerRole role : ServerRoles::all()) { // tunnels logging in by password
                const SshTunnelSpec& ssh = watched.profile.connection(role).ssh;
                const QByteArray secret
                    = watched.passwords->password(ServerRoles::key(role) + QStringLiteral("_ssh"));
                if (ssh.enabled() && !secret.isEmpty())
                    TunnelRegistry::instance().setSecret(ssh, secret);
            }
            watched.probes
                = StatusCollector::probesFor(StatusCollector::requestsFor(watched.profile, passwords));
        }
        ++m_pending;
        auto* watcher = new QFutureWatcher<ServerSnapshot>(this);
        const QString path = watched.profilePath;
        connect(watcher, &QFutureWatcher<ServerSnapshot>::finished, this, [this, watcher, path] {
            watcher->deleteLater();
            for (Watched& w : m_setups) {
                if (w.profilePath == path) {
                    w.snapshots = watcher->future().results();
                    StatusCollector::shareServerIds(w.probes, w.snapshots);
                }
            }
            if (--m_pending == 0)
                print();
        });
        watcher->setFuture(StatusCollector::collect(&m_pool, watched.probes));
    }
    if (m_pending == 0)
        print();
}

void StatusCommand::print()
{
    QList<LabelledReport> reports;
    for (const Watched& watched : m_setups) {
        QList<ServerSnapshot> snapshots = watched.snapshots;
        if (!watched.problem.isEmpty()) { // not checked: every server says why
            snapshots.clear();
            for (const QString& group : groupsFor(watched.profile)) {
                ServerSnapshot s;
                ServerRoles::fromKey(group, &s.role);
                s.endpoint = watched.profile.connection(s.role).endpoint();
                s.takenAt = QDateTime::currentDateTimeUtc();
                s.error = EngineError::local(
                    watched.problem, tr("Store the setup's passwords in the keychain, or give --secrets."),
                    QStringLiteral("no_password"));
                snapshots.append(s);
            }
        }
        reports.append({watched.label, watched.profilePath, StatusReport(snapshots, m_thresholds)});
    }
    const QString text = StatusRendering::render(m_format, reports, m_fleet);
    const Severity severity = StatusRendering::worst(reports);
    if (!m_textfileDir.isEmpty()) {
        if (!writeTextfile(text) && m_watchSeconds == 0) {
            QCoreApplication::exit(3);
            return;
        }
    } else {
        if (m_watchSeconds > 0 && m_format == StatusFormat::Text)
            CliOutput::out(QStringLiteral("\x1b[H\x1b[2J")); // redraw in place
        CliOutput::out(text);
    }
    if (m_watchSeconds > 0) {
        QTimer::singleShot(m_watchSeconds * 1000, this, &StatusCommand::collect);
        return;
    }
    QCoreApplication::exit(int(severity));
}

bool StatusCommand::writeTextfile(const QString& text) const
{
    // node_exporter reads every *.prom file of the folder: one per setup (or one for --all),
    // written beside it and renamed over it, so a scrape never sees half a file.
    QString name = m_fleet ? QStringLiteral("all") : m_setups.first().label;
    for (QChar& c : name) {
        if (!(c.isLetterOrNumber() && c.unicode() < 128) && c != QLatin1Char('-'))
            c = QLatin1Char('_');
    }
    const QString path = QDir(m_textfileDir).filePath(QStringLiteral("replica_wizard_%1.prom").arg(name));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0 || !file.commit()) {
        CliOutput::err(tr("Cannot write %1: %2").arg(path, file.errorString()));
        return false;
    }
    // QSaveFile creates it private; the collector runs as another user.
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
    return true;
}
