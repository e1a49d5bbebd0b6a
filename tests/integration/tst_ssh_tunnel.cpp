// Every connection through an SSH tunnel to a real OpenSSH bastion on loopback (its own host key,
// configuration and authorized key), with HOME pointing at the test's ~/.ssh: an unknown host key
// is refused with its SHA256 fingerprint and accepted only with --accept-host-key (then
// remembered in known_hosts); a changed host key is refused; a key the bastion does not accept
// fails clearly; key, agent and password logins all work for status (the password never shows in
// a process's argv or environment, or in a file), a host named only in ~/.ssh/config is found
// there, and a whole setup runs with each connection logging in its own way (the bastions log the
// forwarded connections) while the target replicates from the source's own endpoint. A killed
// bastion shows as tunnel_down, and status, status --watch and the dashboard's poller recover when
// it is back.
#include "ReplicaChecks.h"
#include "SandboxFixture.h"
#include "SecretScan.h"
#include "SshBastion.h"
#include "db/ClientDefaultsFile.h"
#include "monitor/StatusCollector.h"
#include "monitor/StatusPoller.h"
#include "profile/SecretsFile.h"
#include "tunnel/TunnelRegistry.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

class TestSshTunnel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void unknownHostKeyIsRefusedWithItsFingerprint();
    void acceptedHostKeyIsRemembered();
    void changedHostKeyIsRefused();
    void keyTheBastionRefusesFailsClearly();
    void agentLogin();
    void passwordLoginKeepsItsSecretOutOfSight();
    void sshConfigNamesTheBastion();
    void deadBastionIsTunnelDownAndRecovers();
    void watchSeesTheTunnelGoAndComeBack();
    void dashboardEngineSeesTheTunnelGoAndComeBack();
    void childToolsUseTheTunnel();
    void wholeSetupThroughTheTunnels();

private:
    QString profileThrough(const QString& name, SshTunnelSpec::Auth auth, const QString& key) const;
    QString profileThrough(const QString& name, const SshTunnelSpec& ssh) const;
    SandboxFixture::CliResult status(const QString& profile, const QStringList& extra = {},
                                     const QString& agent = {}) const;
    static QJsonObject server(const SandboxFixture::CliResult& result, const QString& role);

    SandboxFixture m_sandbox;
    SshBastion m_bastion;
    QString m_keyProfile;
    QString m_agent; // ssh-agent's socket, holding the client key
    std::unique_ptr<SshBastion> m_passwordBastion; // takes a password (only where that can be tested)
    QByteArray m_sshPassword;
    QString m_passwordSecrets; // the sandbox's secrets plus [<role>_ssh]
};

void TestSshTunnel::initTestCase()
{
    QString message;
    QVERIFY2(m_bastion.start(&message), qPrintable(message));
    QVERIFY2(m_sandbox.start({}, &message), qPrintable(message));
    m_keyProfile
        = profileThrough(QStringLiteral("tunnel.ini"), SshTunnelSpec::Auth::Key, m_bastion.clientKey());
    QVERIFY(!m_keyProfile.isEmpty());
}

QString TestSshTunnel::profileThrough(const QString& name, SshTunnelSpec::Auth auth, const QString& key) const
{
    SshTunnelSpec ssh;
    ssh.host = QStringLiteral("127.0.0.1");
    ssh.port = m_bastion.port();
    ssh.user = m_bastion.user();
    ssh.auth = auth;
    ssh.keyFile = key;
    return profileThrough(name, ssh);
}

QString TestSshTunnel::profileThrough(const QString& name, const SshTunnelSpec& ssh) const
{
    Profile profile = m_sandbox.profile();
    for (ServerRole role : ServerRoles::all())
        profile.connection(role).ssh = ssh;
    const QString path = m_sandbox.directory() + QLatin1Char('/') + name;
    return ProfileFile::save(profile, path).ok() ? path : QString();
}

SandboxFixture::CliResult TestSshTunnel::status(const QString& profile, const QStringList& extra,
                                                const QString& agent) const
{
    return SandboxFixture::runCli(QStringList{QStringLiteral("status"), QStringLiteral("--json"),
                                              QStringLiteral("--profile"), profile,
                                              QStringLiteral("--secrets"), m_sandbox.secretsPath()}
                                      + extra,
                                  120000, m_bastion.environment(agent));
}

QJsonObject TestSshTunnel::server(const SandboxFixture::CliResult& result, const QString& role)
{
    return QJsonDocument::fromJson(result.out).object().value(role).toObject();
}

void TestSshTunnel::unknownHostKeyIsRefusedWithItsFingerprint()
{
    const auto result = status(m_keyProfile);
    const QJsonObject source = server(result, QStringLiteral("source"));
    QVERIFY2(!source.isEmpty(), result.out.constData());
    QCOMPARE(source.value(QStringLiteral("reachable")).toBool(), false);
    const QJsonObject error = source.value(QStringLiteral("error")).toObject();
    QCOMPARE(error.value(QStringLiteral("diagnosis")).toString(), QStringLiteral("host_key_unknown"));
    QVERIFY2(error.value(QStringLiteral("explanation")).toString().contains(m_bastion.hostKeyFingerprint()),
             result.out.constData());
    QVERIFY(error.value(QStringLiteral("fix")).toString().contains(QLatin1String("--accept-host-key")));
    QVERIFY(!QFile::exists(m_bastion.knownHostsPath())); // nothing accepted silently
    // A wrong fingerprint accepts nothing either.
    const auto wrong = status(m_keyProfile,
                              {QStringLiteral("--accept-host-key"),
                               QStringLiteral("SHA256:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")});
    QCOMPARE(server(wrong, QStringLiteral("source")).value(QStringLiteral("reachable")).toBool(), false);
    QVERIFY(!QFile::exists(m_bastion.knownHostsPath()));
}

void TestSshTunnel::acceptedHostKeyIsRemembered()
{
    const auto accepted
        = status(m_keyProfile, {QStringLiteral("--accept-host-key"), m_bastion.hostKeyFingerprint()});
    for (const QString& role :
         {QStringLiteral("source"), QStringLiteral("staging"), QStringLiteral("target")})
        QVERIFY2(server(accepted, role).value(QStringLiteral("reachable")).toBool(),
                 accepted.out.constData());
    QVERIFY(QFile::exists(m_bastion.knownHostsPath()));
    const auto again = status(m_keyProfile);
    QVERIFY2(server(again, QStringLiteral("target")).value(QStringLiteral("reachable")).toBool(),
             again.out.constData());
    QVERIFY(m_bastion.log().contains("server_request_direct_tcpip"));
}

void TestSshTunnel::changedHostKeyIsRefused()
{
    QFile known(m_bastion.knownHostsPath());
    QVERIFY(known.open(QIODevice::ReadOnly));
    const QByteArray genuine = known.readAll();
    known.close();
    QVERIFY(known.open(QIODevice::WriteOnly | QIODevice::Truncate));
    known.write(m_bastion.otherHostKeyLine().toUtf8());
    known.close();
    const auto result
        = status(m_keyProfile, {QStringLiteral("--accept-host-key"), m_bastion.hostKeyFingerprint()});
    const QJsonObject error
        = server(result, QStringLiteral("source")).value(QStringLiteral("error")).toObject();
    QCOMPARE(error.value(QStringLiteral("diagnosis")).toString(), QStringLiteral("host_key_changed"));
    QVERIFY(error.value(QStringLiteral("explanation")).toString().contains(QLatin1String("CHANGED")));
    QVERIFY(known.open(QIODevice::WriteOnly | QIODevice::Truncate));
    known.write(genuine);
}

void TestSshTunnel::keyTheBastionRefusesFailsClearly()
{
    const QString profile
        = profileThrough(QStringLiteral("stranger.ini"), SshTunnelSpec::Auth::Key, m_bastion.strangerKey());
    const auto result = status(profile);
    const QJsonObject error
        = server(result, QStringLiteral("source")).value(QStringLiteral("error")).toObject();
    QCOMPARE(error.value(QStringLiteral("diagnosis")).toString(), QStringLiteral("ssh_auth_failed"));
    QVERIFY2(error.value(QStringLiteral("explanation"))
                 .toString()
                 .contains(QLatin1String("refused the SSH login")),
             result.out.constData());
    // A setup that cannot log in changes nothing.
    const QString before = ReplicaChecks::serversFingerprint(m_sandbox);
    const auto setup = SandboxFixture::runCli({QStringLiteral("setup"), QStringLiteral("--profile"), profile,
                                               QStringLiteral("--secrets"), m_sandbox.secretsPath(),
                                               QStringLiteral("--yes")},
                                              120000, m_bastion.environment());
    QVERIFY(setup.exitCode != 0);
    QVERIFY2(setup.err.contains("refused the SSH login") && setup.err.contains("No server was changed."),
             setup.err.constData());
    QCOMPARE(ReplicaChecks::serversFingerprint(m_sandbox), before);
}

void TestSshTunnel::agentLogin()
{
    QString message;
    m_agent = m_bastion.startAgent(&message);
    const QString agent = m_agent;
    QVERIFY2(!agent.isEmpty(), qPrintable(message));
    const QString profile
        = profileThrough(QStringLiteral("agent.ini"), SshTunnelSpec::Auth::Agent, QString());
    const auto result = status(profile, {}, agent);
    QVERIFY2(server(result, QStringLiteral("source")).value(QStringLiteral("reachable")).toBool(),
             result.out.constData());
    // Without the agent the same profile cannot log in.
    const auto without = status(profile);
    QCOMPARE(server(without, QStringLiteral("source"))
                 .value(QStringLiteral("error"))
                 .toObject()
                 .value(QStringLiteral("diagnosis"))
                 .toString(),
             QStringLiteral("ssh_auth_failed"));
}

void TestSshTunnel::passwordLoginKeepsItsSecretOutOfSight()
{
    QString message;
    if (!SshBastion::canCheckPasswords(&message))
        QSKIP(qPrintable(message));
    const QByteArray password = QStringLiteral("Ssh-p\u00e4ss;\"'\\ 42").toUtf8();
    m_passwordBastion = std::make_unique<SshBastion>(); // a second bastion: this one takes a password
    SshBastion& bastion = *m_passwordBastion;
    bastion.setPassword(password);
    QVERIFY2(bastion.start(&message), qPrintable(message));
    SshTunnelSpec ssh;
    ssh.host = QStringLiteral("127.0.0.1");
    ssh.port = bastion.port();
    ssh.user = bastion.user();
    ssh.auth = SshTunnelSpec::Auth::Password;
    const QString profile = profileThrough(QStringLiteral("password.ini"), ssh);
    const Result<SecretsFile> database = SecretsFile::load(m_sandbox.secretsPath());
    QVERIFY(database.ok());
    const auto secretsWith = [&](const QString& file, const QByteArray& sshPassword) {
        QHash<QString, QByteArray> groups{{QString::fromLatin1(SecretsFile::ReplicationGroup),
                                           database->password(QStringLiteral("replication"))}};
        for (ServerRole role : ServerRoles::all()) {
            groups.insert(ServerRoles::key(role), database->password(role));
            groups.insert(ServerRoles::key(role) + QStringLiteral("_ssh"), sshPassword);
        }
        const QString path = m_sandbox.directory() + QLatin1Char('/') + file;
        return SecretsFile::write(path, groups).ok() ? path : QString();
    };
    const QString secrets = secretsWith(QStringLiteral("secrets-ssh.cnf"), password);
    const QString wrongSecrets = secretsWith(QStringLiteral("secrets-ssh-wrong.cnf"), "not-the-password");
    QVERIFY(!secrets.isEmpty() && !wrongSecrets.isEmpty());
    m_sshPassword = password;
    m_passwordSecrets = secrets;

    // A wrong password is refused clearly.
    const auto refused = SandboxFixture::runCli(
        {QStringLiteral("status"), QStringLiteral("--json"), QStringLiteral("--profile"), profile,
         QStringLiteral("--secrets"), wrongSecrets, QStringLiteral("--accept-host-key"),
         bastion.hostKeyFingerprint()},
        120000, bastion.environment());
    QCOMPARE(server(refused, QStringLiteral("source"))
                 .value(QStringLiteral("error"))
                 .toObject()
                 .value(QStringLiteral("diagnosis"))
                 .toString(),
             QStringLiteral("ssh_auth_failed"));

    // The right one logs in; while status --watch runs, no process shows it.
    QProcess watch;
    watch.setProcessEnvironment(bastion.environment());
    watch.start(QStringLiteral(RW_CLI_PATH),
                {QStringLiteral("status"), QStringLiteral("--json"), QStringLiteral("--watch"),
                 QStringLiteral("1"), QStringLiteral("--profile"), profile, QStringLiteral("--secrets"),
                 secrets, QStringLiteral("--accept-host-key"), bastion.hostKeyFingerprint()});
    QVERIFY(watch.waitForStarted());
    QByteArray out;
    QStringList leaks;
    QDeadlineTimer deadline(60000);
    while (out.count("\"reachable\": true") < 6 && !deadline.hasExpired()) {
        watch.waitForReadyRead(100);
        out += watch.readAllStandardOutput();
        leaks << SecretScan::processesHolding({password});
    }
    watch.kill();
    watch.waitForFinished(5000);
    QVERIFY2(out.count("\"reachable\": true") >= 6, out.right(2000).constData()); // two whole rounds
    QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(QLatin1Char('\n'))));
    QVERIFY(bastion.log().contains("Accepted password"));
    // Nor does any file but the secrets file the test wrote: not known_hosts, the profile or a log.
    const QStringList files = SecretScan::filesHolding(bastion.home(), {password})
        + SecretScan::filesHolding(m_sandbox.directory() + QStringLiteral("/audit.log"), {password});
    QVERIFY2(files.isEmpty(), qPrintable(files.join(QLatin1Char('\n'))));
    QFile saved(profile);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    QVERIFY(!saved.readAll().contains(password));
}

void TestSshTunnel::sshConfigNamesTheBastion()
{
    // The profile names only a Host of ~/.ssh/config; HostName, Port, User and IdentityFile come from
    // there, as with ssh itself.
    const QString configPath = m_bastion.home() + QStringLiteral("/.ssh/config");
    QFile config(configPath);
    QVERIFY(config.open(QIODevice::WriteOnly));
    config.write(
        QStringLiteral("Host rw-bastion\n  HostName 127.0.0.1\n  Port %1\n  User %2\n  IdentityFile %3\n"
                       "Host rw-jump\n  HostName 127.0.0.1\n  Port %1\n  ProxyJump nobody@192.0.2.1\n")
            .arg(m_bastion.port())
            .arg(m_bastion.user(), m_bastion.clientKey())
            .toUtf8());
    config.close();
    SshTunnelSpec ssh;
    ssh.host = QStringLiteral("rw-bastion");
    ssh.auth = SshTunnelSpec::Auth::Key; // no key file, port or user in the profile
    const QString profile = profileThrough(QStringLiteral("config.ini"), ssh);
    const auto result
        = status(profile, {QStringLiteral("--accept-host-key"), m_bastion.hostKeyFingerprint()});
    QVERIFY2(server(result, QStringLiteral("target")).value(QStringLiteral("reachable")).toBool(),
             result.out.constData());
    // A jump host would need the ssh binary: refused, saying why.
    ssh.host = QStringLiteral("rw-jump");
    const auto jump = status(profileThrough(QStringLiteral("jump.ini"), ssh));
    const QJsonObject error
        = server(jump, QStringLiteral("source")).value(QStringLiteral("error")).toObject();
    QCOMPARE(error.value(QStringLiteral("diagnosis")).toString(), QStringLiteral("tunnel_down"));
    QVERIFY2(error.value(QStringLiteral("explanation")).toString().contains(QLatin1String("ProxyJump")),
             jump.out.constData());
    QFile::remove(configPath);
}

void TestSshTunnel::deadBastionIsTunnelDownAndRecovers()
{
    m_bastion.kill();
    const auto down = status(m_keyProfile);
    const QJsonObject error
        = server(down, QStringLiteral("target")).value(QStringLiteral("error")).toObject();
    QCOMPARE(error.value(QStringLiteral("diagnosis")).toString(), QStringLiteral("tunnel_down"));
    QString message;
    QVERIFY2(m_bastion.restart(&message), qPrintable(message));
    const auto back = status(m_keyProfile);
    QVERIFY2(server(back, QStringLiteral("target")).value(QStringLiteral("reachable")).toBool(),
             back.out.constData());
}

void TestSshTunnel::watchSeesTheTunnelGoAndComeBack()
{
    // One long-running status --watch: its sessions go down with the bastion, it says tunnel_down
    // within 10 s, and it reconnects by itself once the bastion is back.
    QProcess watch;
    watch.setProcessEnvironment(m_bastion.environment());
    watch.start(QStringLiteral(RW_CLI_PATH),
                {QStringLiteral("status"), QStringLiteral("--json"), QStringLiteral("--watch"),
                 QStringLiteral("1"), QStringLiteral("--profile"), m_keyProfile, QStringLiteral("--secrets"),
                 m_sandbox.secretsPath()});
    QVERIFY(watch.waitForStarted());
    QByteArray out;
    const auto latest = [&out, &watch] {
        out += watch.readAllStandardOutput();
        // The last whole report: documents start with "overall" (keys are sorted).
        const qsizetype end = out.lastIndexOf("\"overall\"");
        const qsizetype start = end > 0 ? out.lastIndexOf("\"overall\"", end - 1) : -1;
        return start < 0 ? QByteArray() : out.mid(start, end - start);
    };
    QTRY_VERIFY_WITH_TIMEOUT(latest().count("\"reachable\": true") >= 3, 30000);
    m_bastion.kill();
    QTRY_VERIFY_WITH_TIMEOUT(latest().contains("tunnel_down"), 10000);
    QString message;
    QVERIFY2(m_bastion.restart(&message), qPrintable(message));
    QTRY_VERIFY_WITH_TIMEOUT(latest().count("\"reachable\": true") >= 3 && !latest().contains("tunnel_down"),
                             30000);
    watch.kill();
    watch.waitForFinished(5000);
}

void TestSshTunnel::dashboardEngineSeesTheTunnelGoAndComeBack()
{
    // The dashboard's poller, in this process: tunnel_down within 10 s of the bastion's end, then
    // connected again once it is back, without anyone asking.
    qputenv("HOME", m_bastion.home().toLocal8Bit()); // this process's known_hosts: the test's
    const Result<Profile> profile = ProfileFile::load(m_keyProfile);
    QVERIFY(profile.ok());
    StatusPoller poller(StatusCollector::requestsFor(profile.value(), m_sandbox.passwords()), {1000, 60000});
    QString lastTarget;
    connect(&poller, &StatusPoller::snapshotReady, this, [&lastTarget](const ServerSnapshot& snapshot) {
        if (snapshot.role == ServerRole::Target)
            lastTarget = snapshot.reachable
                ? QStringLiteral("reachable")
                : (snapshot.error ? snapshot.error->diagnosisId : QStringLiteral("?"));
    });
    poller.start();
    QTRY_COMPARE_WITH_TIMEOUT(lastTarget, QStringLiteral("reachable"), 30000);
    m_bastion.kill();
    QTRY_COMPARE_WITH_TIMEOUT(lastTarget, QStringLiteral("tunnel_down"), 10000);
    QString message;
    QVERIFY2(m_bastion.restart(&message), qPrintable(message));
    QTRY_COMPARE_WITH_TIMEOUT(lastTarget, QStringLiteral("reachable"), 30000);
}

void TestSshTunnel::childToolsUseTheTunnel()
{
    // The dump seeder's tools get the tunnel's loopback end in their private defaults file.
    const Result<Profile> profile = ProfileFile::load(m_keyProfile);
    QVERIFY(profile.ok());
    const ConnectionSpec target = profile->target;
    const Result<std::unique_ptr<ClientDefaultsFile>> defaults
        = ClientDefaultsFile::create(target, m_sandbox.password(ServerRole::Target));
    QVERIFY2(defaults.ok(), defaults.ok() ? "" : qPrintable(defaults.error().toText()));
    QFile file(defaults.value()->path());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray options = file.readAll();
    QVERIFY2(options.contains("host=\"127.0.0.1\""), options.constData());
    QVERIFY(!options.contains(QStringLiteral("port=\"%1\"").arg(target.port).toUtf8()));
    QVERIFY(options.contains("port=\""));
    QProcess client;
    client.start(QStringLiteral("mariadb"),
                 {defaults.value()->argument(), QStringLiteral("-N"), QStringLiteral("-e"),
                  QStringLiteral("SELECT @@port")});
    QVERIFY(client.waitForFinished(30000));
    QCOMPARE(client.readAllStandardOutput().trimmed(), QByteArray::number(target.port));
    TunnelRegistry::instance().closeAll();
}

void TestSshTunnel::wholeSetupThroughTheTunnels()
{
    // Each connection logs in to its bastion another way: the source by password (where the
    // password bastion could run), the staging replica by agent, the target by key.
    QVERIFY(!m_agent.isEmpty());
    Profile profile = ProfileFile::load(m_keyProfile).value();
    profile.staging.ssh.auth = SshTunnelSpec::Auth::Agent;
    profile.staging.ssh.keyFile.clear();
    QString secrets = m_sandbox.secretsPath();
    QList<QByteArray> secretsToHide;
    for (ServerRole role : ServerRoles::all())
        secretsToHide << m_sandbox.password(role);
    if (m_passwordBastion) {
        profile.source.ssh.port = m_passwordBastion->port();
        profile.source.ssh.auth = SshTunnelSpec::Auth::Password;
        profile.source.ssh.keyFile.clear();
        secrets = m_passwordSecrets;
        secretsToHide << m_sshPassword;
        QFile theirs(m_passwordBastion->knownHostsPath()); // accepted in passwordLogin...
        QFile ours(m_bastion.knownHostsPath());
        QVERIFY(theirs.open(QIODevice::ReadOnly) && ours.open(QIODevice::Append));
        ours.write(theirs.readAll());
    } else {
        qWarning("the source logs in by key: password login cannot be tested here");
    }
    const QString path = m_sandbox.directory() + QStringLiteral("/mixed.ini");
    QVERIFY(ProfileFile::save(profile, path).ok());

    const QByteArray before = m_bastion.log();
    const QByteArray beforePassword = m_passwordBastion ? m_passwordBastion->log() : QByteArray();
    QProcess setup;
    setup.setProcessEnvironment(m_bastion.environment(m_agent));
    setup.start(QStringLiteral(RW_CLI_PATH),
                {QStringLiteral("setup"), QStringLiteral("--profile"), path, QStringLiteral("--secrets"),
                 secrets, QStringLiteral("--yes")});
    QVERIFY(setup.waitForStarted());
    QStringList leaks; // the setup's own processes and its child tools, while they run
    QDeadlineTimer deadline(300000);
    while (!setup.waitForFinished(20) && !deadline.hasExpired())
        leaks << SecretScan::processesHolding(secretsToHide);
    const QByteArray err = setup.readAllStandardError();
    QVERIFY2(setup.exitStatus() == QProcess::NormalExit && setup.exitCode() == 0,
             err.right(3000).constData());
    QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(QLatin1Char('\n'))));
    // Every server was reached through its bastion.
    const QByteArray forwarded = m_bastion.log().mid(before.size());
    const QByteArray forwardedByPassword
        = m_passwordBastion ? m_passwordBastion->log().mid(beforePassword.size()) : forwarded;
    for (ServerRole role : ServerRoles::all()) {
        const QByteArray line
            = QStringLiteral("target 127.0.0.1 port %1").arg(m_sandbox.spec(role).port).toUtf8();
        const QByteArray& log = role == ServerRole::Source ? forwardedByPassword : forwarded;
        QVERIFY2(log.contains(line), log.right(2000).constData());
    }
    QVERIFY(forwarded.contains("Accepted publickey"));
    if (m_passwordBastion)
        QVERIFY(forwardedByPassword.contains("Accepted password"));
    // The target replicates from the source's own endpoint, not from the app's tunnel.
    QFile audit(m_sandbox.directory() + QStringLiteral("/audit.log"));
    QVERIFY(audit.open(QIODevice::ReadOnly));
    QVERIFY(audit.readAll().contains(QStringLiteral("MASTER_HOST='127.0.0.1', MASTER_PORT=%1")
                                         .arg(m_sandbox.spec(ServerRole::Source).port)
                                         .toUtf8()));
    const QString differs = ReplicaChecks::targetMatchesSource(m_sandbox);
    QVERIFY2(differs.isEmpty(), qPrintable(differs));
}

QTEST_GUILESS_MAIN(TestSshTunnel)
#include "tst_ssh_tunnel.moc"
