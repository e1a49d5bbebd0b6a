// Bad input, row by row, through the engine the GUI uses (the preflight that the wizard's
// preflight page and `check` run): each gives its specific message, in German too when German is
// installed (so it went through tr()), and no server is changed.
#include "SandboxFixture.h"
#include "db/ChildTools.h"
#include "db/ClientDefaultsFile.h"
#include "db/SqlText.h"
#include "setup/Preflight.h"

#include <QDir>
#include <QProcess>
#include <QTest>
#include <QTranslator>

#include <functional>
#include <unistd.h>

using Mutation = std::function<void(Profile&, QHash<ServerRole, QByteArray>&)>;
Q_DECLARE_METATYPE(Mutation)

class TestBadInput : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void rejected_data();
    void rejected();
    void awkwardPasswordsWork_data();
    void awkwardPasswordsWork();
    void quotedAccountNames();
    void localhostMeansTcp();

private:
    QHash<ServerRole, QByteArray> passwords() const;
    // What would change if the tool wrote anything: accounts, retention, replication, schemas.
    QString fingerprint() const;
    QList<PreflightCheck> preflight(const Mutation& mutate) const;
    void root(ServerRole role, const QString& sql);

    SandboxFixture m_sandbox;
    QTemporaryDir m_files;
};

void TestBadInput::initTestCase()
{
    QString message;
    QVERIFY2(m_sandbox.start({QStringLiteral("--no-data")}, &message), qPrintable(message));
    root(ServerRole::Source, QStringLiteral("CREATE DATABASE app"));
    root(ServerRole::Source, QStringLiteral("CREATE TABLE app.t (id INT PRIMARY KEY)"));
    QVERIFY(m_files.isValid());
    QFile unreadable(m_files.filePath(QStringLiteral("unreadable-ca.pem")));
    QVERIFY(unreadable.open(QIODevice::WriteOnly));
    unreadable.write("-----BEGIN CERTIFICATE-----\n");
    unreadable.close();
    QVERIFY(unreadable.setPermissions(QFileDevice::Permissions()));
}

void TestBadInput::root(ServerRole role, const QString& sql)
{
    auto session = m_sandbox.rootSession(role);
    QVERIFY(session);
    const Status done = session->execute(sql);
    QVERIFY2(done.ok(), done.ok() ? "" : qPrintable(done.error().toText()));
}

QHash<ServerRole, QByteArray> TestBadInput::passwords() const
{
    return m_sandbox.passwords();
}

QString TestBadInput::fingerprint() const
{
    QStringList parts;
    for (ServerRole role : ServerRoles::all()) {
        auto session = m_sandbox.rootSession(role);
        for (const QString& sql :
             {QStringLiteral(
                  "SELECT GROUP_CONCAT(CONCAT(User, '@', Host) ORDER BY User, Host) AS v FROM mysql.user"),
              QStringLiteral("SELECT GROUP_CONCAT(SCHEMA_NAME ORDER BY SCHEMA_NAME) AS v FROM "
                             "information_schema.SCHEMATA"),
              QStringLiteral("SELECT @@GLOBAL.server_id AS v")}) {
            const Result<ResultSet> rows = session->query(sql);
            parts << (rows ? rows->text(0, u"v") : QStringLiteral("?"));
        }
        const Result<ResultSet> replica = session->query(QStringLiteral("SHOW SLAVE STATUS"));
        parts << (replica && replica->rowCount() > 0
                      ? replica->text(0, u"Master_Port") + replica->text(0, u"Slave_SQL_Running")
                      : QStringLiteral("no replica"));
    }
    auto source = m_sandbox.rootSession(ServerRole::Source);
    const Result<ResultSet> retention
        = source->query(QStringLiteral("SELECT COALESCE(value, 'NULL') AS v FROM mysql.rds_configuration "
                                       "WHERE name = 'binlog retention hours'"));
    parts << (retention && retention->rowCount() ? retention->text(0, u"v") : QStringLiteral("?"));
    return parts.join(QLatin1Char('|'));
}

QList<PreflightCheck> TestBadInput::preflight(const Mutation& mutate) const
{
    Profile profile = m_sandbox.profile();
    QHash<ServerRole, QByteArray> secrets = passwords();
    mutate(profile, secrets);
    return Preflight::runOn(profile, secrets);
}

void TestBadInput::rejected_data()
{
    QTest::addColumn<Mutation>("mutate");
    QTest::addColumn<QString>("check");
    QTest::addColumn<QString>("message");

    const auto target = [](std::function<void(ConnectionSpec&)> change) {
        return Mutation([change](Profile& p, QHash<ServerRole, QByteArray>&) { change(p.target); });
    };
    QTest::newRow("empty host") << target([](ConnectionSpec& s) { s.host.clear(); })
                                << QStringLiteral("connection_target") << QStringLiteral("No host is given");
    QTest::newRow("host with a space")
        << target([](ConnectionSpec& s) { s.host = QStringLiteral("db .example"); })
        << QStringLiteral("connection_target") << QStringLiteral("'db .example' is not a valid host name");
    QTest::newRow("host with a scheme")
        << target([](ConnectionSpec& s) { s.host = QStringLiteral("mysql://db.example.com"); })
        << QStringLiteral("connection_target") << QStringLiteral("is not a valid host name");
    QTest::newRow("unknown host") << target(
        [](ConnectionSpec& s) { s.host = QStringLiteral("no-such-host.invalid"); })
                                  << QStringLiteral("connection_target") << QStringLiteral("2005");
    QTest::newRow("port 0") << target([](ConnectionSpec& s) { s.port = 0; })
                            << QStringLiteral("connection_target")
                            << QStringLiteral("Port 0 of the target is outside 1 to 65535");
    QTest::newRow("port 65536") << target([](ConnectionSpec& s) { s.port = 65536; })
                                << QStringLiteral("connection_target")
                                << QStringLiteral("Port 65536 of the target is outside 1 to 65535");
    QTest::newRow("closed port") << target([](ConnectionSpec& s) { s.port = 1; })
                                 << QStringLiteral("connection_target") << QStringLiteral("2003");
    QTest::newRow("wrong password") << Mutation(
        [](Profile&, QHash<ServerRole, QByteArray>& pw) { pw[ServerRole::Target] = "not-the-password"; })
                                    << QStringLiteral("connection_target") << QStringLiteral("1045");
    QTest::newRow("missing CA file") << target([](ConnectionSpec& s) {
        s.tls = TlsMode::VerifyCa;
        s.sslCa = QStringLiteral("/nonexistent/ca.pem");
    }) << QStringLiteral("connection_target")
                                     << QStringLiteral(
                                            "CA file /nonexistent/ca.pem for the target does not exist");
    const QString unreadable = m_files.filePath(QStringLiteral("unreadable-ca.pem"));
    if (::geteuid() != 0) // root reads any file
        QTest::newRow("unreadable CA file") << target([unreadable](ConnectionSpec& s) {
            s.tls = TlsMode::VerifyCa;
            s.sslCa = unreadable;
        }) << QStringLiteral("connection_target")
                                            << QStringLiteral("cannot be read");
    QTest::newRow("verify-ca without CA")
        << target([](ConnectionSpec& s) { s.tls = TlsMode::VerifyIdentity; })
        << QStringLiteral("connection_target") << QStringLiteral("needs a CA file");
    QTest::newRow("certificate without key") << target([](ConnectionSpec& s) {
        s.tls = TlsMode::Required;
        s.sslCert = QStringLiteral("/etc/hostname");
    }) << QStringLiteral("connection_target") << QStringLiteral("without its key");
    QTest::newRow("staging is not a replica")
        << Mutation([this](Profile& p, QHash<ServerRole, QByteArray>& pw) {
               p.staging = m_sandbox.spec(ServerRole::Target);
               p.staging.role = ServerRole::Staging;
               pw[ServerRole::Staging] = m_sandbox.password(ServerRole::Target);
           })
        << QStringLiteral("staging_source") << QStringLiteral("The staging server is not a replica");
    QTest::newRow("staging replicates from another source")
        << Mutation([this](Profile& p, QHash<ServerRole, QByteArray>& pw) {
               // The "source" is now the target, which the staging replica does not replicate from.
               p.source = m_sandbox.spec(ServerRole::Target);
               p.source.role = ServerRole::Source;
               pw[ServerRole::Source] = m_sandbox.password(ServerRole::Target);
               p.target = m_sandbox.spec(ServerRole::Source);
               p.target.role = ServerRole::Target;
               pw[ServerRole::Target] = m_sandbox.password(ServerRole::Source);
           })
        << QStringLiteral("staging_source") << QStringLiteral("replicates from server id");
    QTest::newRow("target is the source") << Mutation([this](Profile& p, QHash<ServerRole, QByteArray>& pw) {
        p.target = m_sandbox.spec(ServerRole::Source);
        p.target.role = ServerRole::Target;
        pw[ServerRole::Target] = m_sandbox.password(ServerRole::Source);
    }) << QStringLiteral("server_ids") << QStringLiteral("The target is the source itself");
    QTest::newRow("retention above the maximum")
        << Mutation([](Profile& p, QHash<ServerRole, QByteArray>&) { p.retentionHours = 500; })
        << QStringLiteral("retention") << QStringLiteral("RDS allows at most 168 h");
}

void TestBadInput::rejected()
{
    QFETCH(Mutation, mutate);
    QFETCH(QString, check);
    QFETCH(QString, message);
    const QString before = fingerprint();
    const QList<PreflightCheck> checks = preflight(mutate);
    const auto found = std::find_if(checks.cbegin(), checks.cend(),
                                    [&check](const PreflightCheck& c) { return c.key() == check; });
    QVERIFY2(found != checks.cend(), qPrintable(check));
    QCOMPARE(found->outcome, PreflightCheck::Outcome::Blocking);
    QVERIFY2(found->reason.contains(message), qPrintable(found->reason));
    QVERIFY(!found->fix.isEmpty());
    QCOMPARE(worstOutcome(checks), PreflightCheck::Outcome::Blocking);
    QCOMPARE(fingerprint(), before);

    // The same in German: the message went through tr().
    QTranslator german;
    QVERIFY(german.load(QStringLiteral(":/i18n/replica-wizard_de.qm")));
    QCoreApplication::installTranslator(&german);
    const QList<PreflightCheck> inGerman = preflight(mutate);
    QCoreApplication::removeTranslator(&german);
    const auto foundGerman = std::find_if(inGerman.cbegin(), inGerman.cend(),
                                          [&check](const PreflightCheck& c) { return c.key() == check; });
    QVERIFY(foundGerman != inGerman.cend());
    QVERIFY2(foundGerman->reason != found->reason || foundGerman->fix != found->fix,
             qPrintable(foundGerman->reason));
}

void TestBadInput::awkwardPasswordsWork_data()
{
    QTest::addColumn<QByteArray>("password");
    QTest::newRow("quote") << QByteArray("it's");
    QTest::newRow("backslash") << QByteArray("back\\slash\\");
    QTest::newRow("double quote") << QByteArray("say \"hi\"");
    QTest::newRow("dollar") << QByteArray("$HOME$1");
    QTest::newRow("hash") << QByteArray("#not-a-comment");
    QTest::newRow("semicolon") << QByteArray("a;b; DROP TABLE x");
    QTest::newRow("newline") << QByteArray("two\nlines");
    QTest::newRow("non-ASCII") << QStringLiteral("Grüße-密码").toUtf8();
}

void TestBadInput::awkwardPasswordsWork()
{
    QFETCH(QByteArray, password);
    // An account with that password on the target; the engine and the child tools both log in.
    auto root = m_sandbox.rootSession(ServerRole::Target);
    QVERIFY(root->execute(QStringLiteral("DROP USER IF EXISTS 'odd'@'%'")).ok());
    QVERIFY(root->execute(QStringLiteral("CREATE USER 'odd'@'%' IDENTIFIED BY %1")
                              .arg(SqlText::literal(QString::fromUtf8(password))))
                .ok());
    ConnectionSpec spec = m_sandbox.spec(ServerRole::Target);
    spec.user = QStringLiteral("odd");
    ServerSession session(spec);
    const Status opened = session.open(password);
    QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().toText()));

    const auto defaults = ClientDefaultsFile::create(spec, password);
    QVERIFY(defaults.ok());
    QProcess client;
    client.start(ChildTools::find({"mariadb", "mysql"}),
                 {defaults.value()->argument(), QStringLiteral("-N"), QStringLiteral("-e"),
                  QStringLiteral("SELECT CURRENT_USER()")});
    QVERIFY(client.waitForFinished(30000));
    QVERIFY2(client.exitCode() == 0, client.readAllStandardError().constData());
    QCOMPARE(client.readAllStandardOutput().trimmed(), QByteArray("odd@%"));
    QVERIFY(root->execute(QStringLiteral("DROP USER 'odd'@'%'")).ok());
}

void TestBadInput::quotedAccountNames()
{
    // A login and a replication account with quotes in their names: quoted, never broken SQL.
    root(ServerRole::Target, QStringLiteral("CREATE USER 'o''neil'@'%' IDENTIFIED BY 'pw' "));
    root(ServerRole::Target, QStringLiteral("GRANT ALL ON *.* TO 'o''neil'@'%'"));
    const QString before = fingerprint();
    const QList<PreflightCheck> checks = preflight([](Profile& p, QHash<ServerRole, QByteArray>& pw) {
        p.target.user = QStringLiteral("o'neil");
        pw[ServerRole::Target] = "pw";
        p.replicationUser = QStringLiteral("re'pl \"x\"");
    });
    for (const PreflightCheck& c : checks) {
        if (c.key() == QLatin1String("connection_target"))
            QCOMPARE(c.outcome, PreflightCheck::Outcome::Pass);
        if (c.key() == QLatin1String("replication_account")) {
            QCOMPARE(c.outcome, PreflightCheck::Outcome::Warning);
            QVERIFY2(c.reason.contains(QLatin1String("'re\\'pl \"x\"'@'%' does not exist")),
                     qPrintable(c.reason));
        }
        QVERIFY2(!c.reason.contains(QLatin1String("1064")), qPrintable(c.reason)); // no SQL syntax error
    }
    QCOMPARE(fingerprint(), before);
}

void TestBadInput::localhostMeansTcp()
{
    // MySQL clients take "localhost" as the local Unix socket (another server, or none); the
    // engine always uses TCP, so "localhost" reaches the port the DBA typed.
    const QList<PreflightCheck> checks = preflight(
        [](Profile& p, QHash<ServerRole, QByteArray>&) { p.target.host = QStringLiteral("localhost"); });
    const auto found = std::find_if(checks.cbegin(), checks.cend(), [](const PreflightCheck& c) {
        return c.key() == QLatin1String("connection_target");
    });
    QVERIFY(found != checks.cend());
    QVERIFY2(found->outcome == PreflightCheck::Outcome::Pass, qPrintable(found->reason));
}

QTEST_GUILESS_MAIN(TestBadInput)
#include "tst_badinput.moc"
