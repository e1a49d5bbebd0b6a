#include "StatusCommand.h"

#include "CliOutput.h"
#include "monitor/StatusReport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QTimer>

int StatusCommand::start(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Shows the replication status of a setup's servers."));
    parser.addHelpOption();
    addProfileOptions(parser);
    parser.addOption({QStringLiteral("json"), tr("Print one JSON object.")});
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
    m_json = parser.isSet(QStringLiteral("json"));
    if (!loadProfile(parser, QStringLiteral("status")))
        return 3;
    connect(&m_watcher, &QFutureWatcher<ServerSnapshot>::finished, this, [this] {
        const QList<ServerSnapshot> snapshots = m_watcher.future().results();
        StatusCollector::shareServerIds(m_probes, snapshots);
        print(snapshots);
    });
    m_pool.setMaxThreadCount(3);

    QStringList groups{ServerRoles::key(ServerRole::Source), ServerRoles::key(ServerRole::Target)};
    if (m_profile.watchesStaging())
        groups.insert(1, ServerRoles::key(ServerRole::Staging));
    resolvePasswords(groups, [this] { collect(); });
    return -1;
}

void StatusCommand::collect()
{
    if (m_probes.isEmpty())
        m_probes = StatusCollector::probesFor(StatusCollector::requestsFor(m_profile, serverPasswords()));
    m_watcher.setFuture(StatusCollector::collect(&m_pool, m_probes));
}

void StatusCommand::print(const QList<ServerSnapshot>& snapshots)
{
    const StatusReport report(snapshots, m_thresholds);
    if (m_watchSeconds > 0 && !m_json)
        CliOutput::out(QStringLiteral("\x1b[H\x1b[2J")); // redraw in place
    if (m_json)
        CliOutput::out(QString::fromUtf8(QJsonDocument(report.toJson()).toJson(QJsonDocument::Indented)));
    else
        CliOutput::out(report.toText());
    if (m_watchSeconds > 0) {
        QTimer::singleShot(m_watchSeconds * 1000, this, &StatusCommand::collect);
        return;
    }
    QCoreApplication::exit(int(report.overall()));
}
