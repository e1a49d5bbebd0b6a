// TLS against a sandbox with its own CA (made with openssl here): each mode of ServerSession, a
// wrong CA (2026), a certificate for another host name (fails under verify-identity, passes under
// verify-ca), and a whole setup whose replication channel uses TLS.
#include "SandboxFixture.h"
#include "SshBastion.h"
#include "db/ClientDefaultsFile.h"
#include "db/ServerSession.h"
#include "profile/SecretsFile.h"
#include "replication/ServerInspector.h"
#include "tunnel/TunnelRegistry.h"

#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

Q_DECLARE_METATYPE(ServerRole)
Q_DECLARE_METATYPE(TlsMode)

class TestTls : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void modes_data();
    void modes();
    void setupReplicatesOverTls();
    void verifyIdentityThroughTunnel();

private:
    bool openssl(const QStringList& arguments);
    bool makeCertificates();
    QString pem(const QString& name) const { return m_certs.filePath(name); }

    QTemporaryDir m_certs;
    SandboxFixture m_sandbox;
};

bool TestTls::openssl(const QStringList& arguments)
{
    QProcess process;
    process.setWorkingDirectory(m_certs.path());
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStringLiteral("openssl"), arguments);
    if (!process.waitForFinished(60000) || process.exitCode() != 0) {
        qWarning("openssl %s: %s", qPrintable(arguments.join(QLatin1Char(' '))),
                 process.readAll().constData());
        return false;
    }
    return true;
}

bool TestTls::makeCertificates()
{
    const auto ca = [this](const QString& name, const QString& subject) {
        return openssl({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                        QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-days"),
                        QStringLiteral("2"), QStringLiteral("-subj"), subject, QStringLiteral("-keyout"),
                        name + QStringLiteral("-key.pem"), QStringLiteral("-out"),
                        name + QStringLiteral(".pem")});
    };
    if (!ca(QStringLiteral("ca"), QStringLiteral("/CN=Replica Wizard Test CA"))
        || !ca(QStringLiteral("other-ca"), QStringLiteral("/CN=Some Other CA")))
        return false;
    // Source: a certificate for 127.0.0.1 and localhost; staging: for the name localhost only; the
    // target: for another host name.
    const QHash<QString, QString> names{
        {QStringLiteral("source"), QStringLiteral("IP:127.0.0.1,DNS:localhost")},
        {QStringLiteral("staging"), QStringLiteral("DNS:localhost")}, // by name only
        {QStringLiteral("target"), QStringLiteral("DNS:db.example.invalid")}};
    for (auto it = names.cbegin(); it != names.cend(); ++it) {
        QFile ext(pem(it.key() + QStringLiteral(".ext")));
        if (!ext.open(QIODevice::WriteOnly))
            return false;
        ext.write("subjectAltName=" + it.value().toLatin1() + "\n");
        ext.close();
        if (!openssl({QStringLiteral("req"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                      QStringLiteral("-nodes"), QStringLiteral("-subj"), QStringLiteral("/CN=") + it.key(),
                      QStringLiteral("-keyout"), it.key() + QStringLiteral("-key.pem"),
                      QStringLiteral("-out"), it.key() + QStringLiteral(".csr")})
            || !openssl({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
                         it.key() + QStringLiteral(".csr"), QStringLiteral("-CA"), QStringLiteral("ca.pem"),
                         QStringLiteral("-CAkey"), QStringLiteral("ca-key.pem"),
                         QStringLiteral("-CAcreateserial"), QStringLiteral("-days"), QStringLiteral("2"),
                         QStringLiteral("-extfile"), it.key() + QStringLiteral(".ext"),
                         QStringLiteral("-out"), it.key() + QStringLiteral("-cert.pem")}))
            return false;
    }
    return true;
}

void TestTls::initTestCase()
{
    QVERIFY(m_certs.isValid());
    QVERIFY(makeCertificates());
    QString message;
    QVERIFY2(
        m_sandbox.start({QStringLiteral("--no-data"), QStringLiteral("--tls-dir"), m_certs.path()}, &message),
        qPrintable(message));
}

void TestTls::modes_data()
{
    QTest::addColumn<ServerRole>("role");
    QTest::addColumn<TlsMode>("mode");
    QTest::addColumn<QString>("ca");
    QTest::addColumn<int>("expectedErrno"); // 0: connects
    QTest::addColumn<bool>("encrypted");

    const QString good = QStringLiteral("ca.pem");
    const QString wrong = QStringLiteral("other-ca.pem");
    QTest::newRow("disabled") << ServerRole::Source << TlsMode::Disabled << QString() << 0 << false;
    QTest::newRow("preferred") << ServerRole::Source << TlsMode::Preferred << QString() << 0 << true;
    QTest::newRow("required, no CA") << ServerRole::Source << TlsMode::Required << QString() << 0 << true;
    QTest::newRow("verify-ca, good CA") << ServerRole::Source << TlsMode::VerifyCa << good << 0 << true;
    QTest::newRow("verify-identity, good CA")
        << ServerRole::Source << TlsMode::VerifyIdentity << good << 0 << true;
    QTest::newRow("verify-ca, wrong CA") << ServerRole::Source << TlsMode::VerifyCa << wrong << 2026 << false;
    QTest::newRow("verify-identity, wrong CA")
        << ServerRole::Source << TlsMode::VerifyIdentity << wrong << 2026 << false;
    QTest::newRow("other host name, verify-ca")
        << ServerRole::Target << TlsMode::VerifyCa << good << 0 << true;
    QTest::newRow("other host name, verify-identity")
        << ServerRole::Target << TlsMode::VerifyIdentity << good << 2026 << false;
    QTest::newRow("named only, at its address, verify-identity")
        << ServerRole::Staging << TlsMode::VerifyIdentity << good << 2026 << false;
}

void TestTls::modes()
{
    QFETCH(ServerRole, role);
    QFETCH(TlsMode, mode);
    QFETCH(QString, ca);
    QFETCH(int, expectedErrno);
    QFETCH(bool, encrypted);
    ConnectionSpec spec = m_sandbox.spec(role);
    spec.tls = mode;
    spec.sslCa = ca.isEmpty() ? QString() : pem(ca);
    ServerSession session(spec);
    const Status opened = session.open(m_sandbox.password(role));
    if (expectedErrno == 0) {
        QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().toText()));
        QCOMPARE(!session.tlsCipher().isEmpty(), encrypted);
        // What the server says about the session agrees.
        const Result<ResultSet> cipher
            = session.query(QStringLiteral("SHOW SESSION STATUS LIKE 'Ssl_cipher'"));
        QVERIFY(cipher.ok());
        QCOMPARE(!cipher->text(0, u"Value").isEmpty(), encrypted);
    } else {
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().code, expectedErrno);
        QCOMPARE(opened.error().diagnosisId, QStringLiteral("tls_error"));
        // A readable explanation and fix, not only the library's text.
        QVERIFY2(opened.error().toText().contains(QLatin1String("TLS")), qPrintable(opened.error().toText()));
    }
}

void TestTls::setupReplicatesOverTls()
{
    auto source = m_sandbox.rootSession(ServerRole::Source);
    QVERIFY(source);
    QVERIFY(source->execute(QStringLiteral("CREATE DATABASE app")).ok());
    QVERIFY(source->execute(QStringLiteral("CREATE TABLE app.t (id INT PRIMARY KEY)")).ok());
    QVERIFY(source->execute(QStringLiteral("INSERT INTO app.t VALUES (1)")).ok());
    QTest::qWait(2000);

    // Every connection verifies the CA; the target's replication channel gets MASTER_SSL*.
    Profile profile = m_sandbox.profile();
    profile.staging.host = QStringLiteral("localhost"); // its certificate's only name
    for (ServerRole role : ServerRoles::all()) {
        profile.connection(role).tls
            = role == ServerRole::Target ? TlsMode::VerifyCa : TlsMode::VerifyIdentity;
        profile.connection(role).sslCa = pem(QStringLiteral("ca.pem"));
    }
    const QString path = m_sandbox.directory() + QStringLiteral("/profile-tls.ini");
    QVERIFY(ProfileFile::save(profile, path).ok());
    const auto setup = SandboxFixture::runCli({QStringLiteral("setup"), QStringLiteral("--profile"), path,
                                               QStringLiteral("--secrets"), m_sandbox.secretsPath(),
                                               QStringLiteral("--yes")},
                                              300000);
    QVERIFY2(setup.exitCode == 0, setup.err.right(1500).constData());

    auto target = m_sandbox.rootSession(ServerRole::Target);
    const Result<ResultSet> status = target->query(QStringLiteral("SHOW SLAVE STATUS"));
    QVERIFY(status.ok() && status->rowCount() == 1);
    QCOMPARE(status->text(0, u"Master_SSL_Allowed"), QStringLiteral("Yes"));
    QCOMPARE(status->text(0, u"Master_SSL_CA_File"), pem(QStringLiteral("ca.pem")));
    // The source's connection is verify-identity, so the channel verifies the host name too.
    QCOMPARE(status->text(0, u"Master_SSL_Verify_Server_Cert"), QStringLiteral("Yes"));
    QCOMPARE(status->text(0, u"Slave_IO_Running"), QStringLiteral("Yes"));
    // The source now insists on TLS for the replication account, and the target still replicates.
    // (Not binlogged: the target has no such account to alter.)
    QVERIFY(source->execute(QStringLiteral("SET SESSION sql_log_bin = 0")).ok());
    QVERIFY(source->execute(QStringLiteral("ALTER USER 'repl'@'%' REQUIRE SSL")).ok());
    QVERIFY(source->execute(QStringLiteral("SET SESSION sql_log_bin = 1")).ok());
    QVERIFY(target->execute(QStringLiteral("STOP SLAVE")).ok());
    QVERIFY(target->execute(QStringLiteral("START SLAVE")).ok());
    QVERIFY(source->execute(QStringLiteral("INSERT INTO app.t VALUES (2)")).ok());
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            const Result<ResultSet> rows = target->query(QStringLiteral("SELECT COUNT(*) AS n FROM app.t"));
            return rows.ok() && rows->text(0, u"n").toInt() == 2;
        }(),
        20000);
}

void TestTls::verifyIdentityThroughTunnel()
{
    // Through an SSH tunnel the client library connects to 127.0.0.1; verify-identity must still
    // check the endpoint's own name. The staging server's certificate names only "localhost", so
    // it passes only if that name, not the tunnel's address, is checked.
    SshBastion bastion;
    QString message;
    QVERIFY2(bastion.start(&message), qPrintable(message));
    qputenv("HOME", bastion.home().toLocal8Bit());
    TunnelRegistry::instance().acceptHostKey(bastion.hostKeyFingerprint());
    const auto through = [&](ServerRole role, const QString& host, const QString& ca) {
        ConnectionSpec spec = m_sandbox.spec(role);
        spec.host = host;
        spec.tls = TlsMode::VerifyIdentity;
        spec.sslCa = pem(ca);
        spec.ssh.host = QStringLiteral("127.0.0.1");
        spec.ssh.port = bastion.port();
        spec.ssh.user = bastion.user();
        spec.ssh.auth = SshTunnelSpec::Auth::Key;
        spec.ssh.keyFile = bastion.clientKey();
        return spec;
    };
    const QString good = QStringLiteral("ca.pem");
    const ConnectionSpec staging = through(ServerRole::Staging, QStringLiteral("localhost"), good);
    QVERIFY(!staging.problem());
    ServerSession session(staging);
    const Status opened = session.open(m_sandbox.password(ServerRole::Staging));
    QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().toText()));
    QVERIFY(!session.tlsCipher().isEmpty());
    QVERIFY(bastion.log().contains("target localhost port"));

    // A certificate for another name, or from another CA, is refused through the tunnel too.
    ServerSession target(through(ServerRole::Target, QStringLiteral("127.0.0.1"), good));
    const Status wrongName = target.open(m_sandbox.password(ServerRole::Target));
    QVERIFY(!wrongName.ok());
    QCOMPARE(wrongName.error().code, 2026);
    QCOMPARE(wrongName.error().diagnosisId, QStringLiteral("tls_error"));
    QVERIFY2(wrongName.error().toText().contains(QLatin1String("does not prove")),
             qPrintable(wrongName.error().toText()));
    ServerSession otherCa(
        through(ServerRole::Staging, QStringLiteral("localhost"), QStringLiteral("other-ca.pem")));
    const Status wrongCa = otherCa.open(m_sandbox.password(ServerRole::Staging));
    QVERIFY(!wrongCa.ok());
    QCOMPARE(wrongCa.error().code, 2026);

    // The child tools: the name is checked before their defaults file is written; they verify the
    // chain against the same CA (not the name, which for them is 127.0.0.1).
    const auto defaults = ClientDefaultsFile::create(staging, m_sandbox.password(ServerRole::Staging));
    QVERIFY2(defaults.ok(), defaults.ok() ? "" : qPrintable(defaults.error().toText()));
    QProcess client;
    client.start(QStringLiteral("mariadb"),
                 {defaults.value()->argument(), QStringLiteral("-N"), QStringLiteral("-e"),
                  QStringLiteral("SHOW SESSION STATUS LIKE 'Ssl_cipher'")});
    QVERIFY(client.waitForFinished(30000));
    QVERIFY2(client.exitCode() == 0, client.readAllStandardError().constData());
    QVERIFY(client.readAllStandardOutput().trimmed().size() > QByteArrayLiteral("Ssl_cipher").size());
    const auto refused
        = ClientDefaultsFile::create(through(ServerRole::Target, QStringLiteral("127.0.0.1"), good),
                                     m_sandbox.password(ServerRole::Target));
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, 2026);
    TunnelRegistry::instance().closeAll();
}

QTEST_GUILESS_MAIN(TestTls)
#include "tst_tls.moc"
