#include "StatusCommand.h"

#include "monitor/StatusReport.h"
#include "secrets/KeychainSecretStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QTimer>

#include <cstdio>

namespace {

void writeOut(const QString& text)
{
    std::fputs(text.toUtf8().constData(), stdout);
    std::fflush(stdout);
}

void writeErr(const QString& text)
{
    std::fputs(text.toUtf8().constData(), stderr);
    std::fflush(stderr);
}

} // namespace

int StatusCommand::start(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Shows the replication status of a setup's servers."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("profile"), tr("The setup's profile (INI file)."), tr("file")});
    parser.addOption(
        {QStringLiteral("secrets"), tr("Option file with the passwords (mode 0600)."), tr("file")});
    parser.addOption({QStringLiteral("json"), tr("Print one JSON object.")});
    parser.addOption({QStringLiteral("watch"), tr("Repeat every N seconds."), tr("seconds")});
    if (!parser.parse(arguments)) {
        writeErr(parser.errorText() + QLatin1Char('\n'));
        return 3;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        writeOut(parser.helpText());
        return 0;
    }
    if (!parser.isSet(QStringLiteral("profile"))) {
        writeErr(tr("status needs --profile FILE.") + QLatin1Char('\n'));
        return 3;
    }
    if (parser.isSet(QStringLiteral("watch"))) {
        bool ok = false;
        m_watchSeconds = parser.value(QStringLiteral("watch")).toInt(&ok);
        if (!ok || m_watchSeconds < 1) {
            writeErr(tr("--watch needs a whole number of seconds, at least 1.") + QLatin1Char('\n'));
            return 3;
        }
    }
    m_json = parser.isSet(QStringLiteral("json"));
    const QString profilePath = parser.value(QStringLiteral("profile"));
    Result<Profile> profile = ProfileFile::load(profilePath);
    if (!profile) {
        writeErr(profile.error().toText() + QLatin1Char('\n'));
        return 3;
    }
    m_profile = profile.value();

    const QString secretsPath = parser.value(QStringLiteral("secrets"));
    if (secretsPath.isEmpty())
        m_keychain = std::make_unique<KeychainSecretStore>();
    m_passwords = new PasswordResolver(m_profile, profilePath, secretsPath, m_keychain.get(), this);
    connect(m_passwords, &PasswordResolver::failed, this, [](const QString& message) {
        writeErr(message + QLatin1Char('\n'));
        QCoreApplication::exit(3);
    });
    connect(m_passwords, &PasswordResolver::resolved, this, &StatusCommand::collect);
    connect(&m_watcher, &QFutureWatcher<ServerSnapshot>::finished, this,
            [this] { print(m_watcher.future().results()); });
    m_pool.setMaxThreadCount(3);

    QStringList groups{ServerRoles::key(ServerRole::Source), ServerRoles::key(ServerRole::Target)};
    if (!m_profile.staging.host.isEmpty())
        groups.insert(1, ServerRoles::key(ServerRole::Staging));
    QTimer::singleShot(0, this, [this, groups] { m_passwords->resolve(groups); });
    return -1;
}

void StatusCommand::collect()
{
    QList<StatusCollector::Request> requests;
    for (ServerRole role : ServerRoles::all()) {
        const ConnectionSpec& spec = m_profile.connection(role);
        if (spec.host.isEmpty())
            continue;
        requests.append({spec, m_passwords->password(role)});
    }
    m_watcher.setFuture(StatusCollector::collect(&m_pool, requests));
}

void StatusCommand::print(const QList<ServerSnapshot>& snapshots)
{
    const StatusReport report(snapshots);
    if (m_watchSeconds > 0 && !m_json)
        writeOut(QStringLiteral("\x1b[H\x1b[2J")); // redraw in place
    if (m_json)
        writeOut(QString::fromUtf8(QJsonDocument(report.toJson()).toJson(QJsonDocument::Indented)));
    else
        writeOut(report.toText());
    if (m_watchSeconds > 0) {
        QTimer::singleShot(m_watchSeconds * 1000, this, &StatusCommand::collect);
        return;
    }
    QCoreApplication::exit(int(report.overall()));
}
