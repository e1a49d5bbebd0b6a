#include "CheckCommand.h"

#include "secrets/KeychainSecretStore.h"
#include "setup/Preflight.h"
#include "setup/SetupConnections.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <cstdio>

namespace {

void writeErr(const QString& text)
{
    std::fputs((text + QLatin1Char('\n')).toUtf8().constData(), stderr);
    std::fflush(stderr);
}

} // namespace

int CheckCommand::start(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Runs the preflight checks of a setup."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("profile"), tr("The setup's profile (INI file)."), tr("file")});
    parser.addOption(
        {QStringLiteral("secrets"), tr("Option file with the passwords (mode 0600)."), tr("file")});
    parser.addOption({QStringLiteral("json"), tr("Print the checks as JSON.")});
    if (!parser.parse(arguments)) {
        writeErr(parser.errorText());
        return 3;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        std::fputs(parser.helpText().toUtf8().constData(), stdout);
        return 0;
    }
    const QString profilePath = parser.value(QStringLiteral("profile"));
    if (profilePath.isEmpty()) {
        writeErr(tr("check needs --profile FILE."));
        return 3;
    }
    Result<Profile> profile = ProfileFile::load(profilePath);
    if (!profile) {
        writeErr(profile.error().toText());
        return 3;
    }
    m_profile = profile.value();
    m_json = parser.isSet(QStringLiteral("json"));
    const QString secretsPath = parser.value(QStringLiteral("secrets"));
    if (secretsPath.isEmpty())
        m_keychain = std::make_unique<KeychainSecretStore>();
    m_passwords = new PasswordResolver(m_profile, profilePath, secretsPath, m_keychain.get(), this);
    connect(m_passwords, &PasswordResolver::failed, this, [](const QString& message) {
        writeErr(message);
        QCoreApplication::exit(3);
    });
    connect(m_passwords, &PasswordResolver::resolved, this, [this] {
        QHash<ServerRole, QByteArray> passwords;
        for (ServerRole role : ServerRoles::all())
            passwords.insert(role, m_passwords->password(role));
        m_watcher.setFuture(QtConcurrent::run(&Preflight::runOn, m_profile, passwords));
    });
    connect(&m_watcher, &QFutureWatcher<QList<PreflightCheck>>::finished, this,
            [this] { print(m_watcher.result()); });
    QStringList groups;
    for (ServerRole role : SetupConnections::rolesOf(m_profile))
        groups << ServerRoles::key(role);
    QTimer::singleShot(0, this, [this, groups] { m_passwords->resolve(groups); });
    return -1;
}

void CheckCommand::print(const QList<PreflightCheck>& checks)
{
    QString out;
    if (m_json) {
        QJsonArray array;
        for (const PreflightCheck& c : checks) {
            QJsonObject o;
            o.insert(QStringLiteral("id"), c.id);
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
    std::fputs(out.toUtf8().constData(), stdout);
    std::fflush(stdout);
    QCoreApplication::exit(int(worstOutcome(checks)));
}
