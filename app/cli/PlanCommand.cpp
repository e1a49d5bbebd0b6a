#include "PlanCommand.h"

#include "CliOutput.h"
#include "setup/SetupConnections.h"
#include "setup/SetupPlan.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QtConcurrent/QtConcurrentRun>

int PlanCommand::start(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Prints the plan of a setup (every statement it would run now); changes "
           "nothing."));
    parser.addHelpOption();
    addProfileOptions(parser);
    parser.addOption({QStringLiteral("format"), tr("markdown (default) or json."), tr("format")});
    if (const std::optional<int> done = CliOutput::parse(parser, arguments))
        return *done;
    const QString format = parser.value(QStringLiteral("format"));
    if (!format.isEmpty() && format != QLatin1String("markdown") && format != QLatin1String("json")) {
        CliOutput::err(tr("--format needs markdown or json."));
        return 3;
    }
    m_json = format == QLatin1String("json");
    if (!loadProfile(parser, QStringLiteral("plan")))
        return 3;
    connect(&m_watcher, &QFutureWatcher<QString>::finished, this, [this] {
        const QString text = m_watcher.result();
        if (text.isEmpty()) {
            QCoreApplication::exit(2);
            return;
        }
        CliOutput::out(text);
        QCoreApplication::exit(0);
    });
    QStringList groups;
    for (ServerRole role : SetupConnections::rolesOf(m_profile))
        groups << ServerRoles::key(role);
    resolvePasswords(groups, [this] {
        m_watcher.setFuture(
            QtConcurrent::run([profile = m_profile, passwords = serverPasswords(), json = m_json] {
                SetupConnections connections = SetupConnections::open(profile, passwords);
                if (!connections.complete()) {
                    for (const EngineError& error : connections.errors)
                        CliOutput::err(error.toText());
                    return QString();
                }
                const SetupPlan plan = SetupPlan::build(profile, connections);
                return json
                    ? QString::fromUtf8(QJsonDocument(plan.toJson(profile)).toJson(QJsonDocument::Indented))
                    : plan.toMarkdown(profile);
            }));
    });
    return -1;
}
