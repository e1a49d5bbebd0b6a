#include "CheckCommand.h"

#include "CliOutput.h"
#include "setup/Preflight.h"
#include "setup/SetupConnections.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtConcurrent/QtConcurrentRun>

int CheckCommand::start(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Runs the preflight checks of a setup."));
    parser.addHelpOption();
    addProfileOptions(parser);
    parser.addOption({QStringLiteral("json"), tr("Print the checks as JSON.")});
    if (const std::optional<int> done = CliOutput::parse(parser, arguments))
        return *done;
    if (!loadProfile(parser, QStringLiteral("check")))
        return 3;
    m_json = parser.isSet(QStringLiteral("json"));
    connect(&m_watcher, &QFutureWatcher<QList<PreflightCheck>>::finished, this,
            [this] { print(m_watcher.result()); });
    QStringList groups;
    for (ServerRole role : SetupConnections::rolesOf(m_profile))
        groups << ServerRoles::key(role);
    resolvePasswords(groups, [this] {
        m_watcher.setFuture(QtConcurrent::run([profile = m_profile, passwords = serverPasswords()] {
            return Preflight::runOn(profile, passwords);
        }));
    });
    return -1;
}

void CheckCommand::print(const QList<PreflightCheck>& checks)
{
    QString out;
    if (m_json) {
        QJsonArray array;
        for (const PreflightCheck& c : checks) {
            QJsonObject o;
            o.insert(QStringLiteral("id"), c.key());
            o.insert(QStringLiteral("title"), c.title);
            o.insert(QStringLiteral("outcome"), PreflightCheck::outcomeKey(c.outcome));
            o.insert(QStringLiteral("reason"), c.reason);
            o.insert(QStringLiteral("fix"), c.fix);
            o.insert(QStringLiteral("fix_statements"), QJsonArray::fromStringList(c.fixStatements));
            array.append(o);
        }
        out = QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
    } else {
        for (const PreflightCheck& c : checks) {
            const QString mark = c.outcome == PreflightCheck::Outcome::Pass
                ? tr("PASS ")
                : (c.outcome == PreflightCheck::Outcome::Warning ? tr("WARN ") : tr("BLOCK"));
            out += QStringLiteral("[%1] %2: %3\n").arg(mark, c.title, c.reason);
            if (!c.fix.isEmpty())
                out += QStringLiteral("        ") + tr("Fix: %1").arg(c.fix) + QLatin1Char('\n');
            for (const QString& statement : c.fixStatements)
                out += QStringLiteral("        ") + statement + QLatin1Char('\n');
        }
    }
    CliOutput::out(out);
    QCoreApplication::exit(int(worstOutcome(checks)));
}
