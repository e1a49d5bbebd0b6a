// Sandbox variants for tests of later features: an admin limited to CALL mysql.rds_replica_status
// (as on RDS MariaDB 10.5+), and a target whose server id clashes with the source's.
#include "SandboxFixture.h"
#include "db/ServerSession.h"
#include "replication/ServerInspector.h"
#include "sandbox/Sandbox.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

class TestSandboxVariants : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void adminMayShowReplicaStatusWhenAsked();
    void binlogFormatAsAsked();
    void targetServerIdClashes();
    void startRefusesARunningSandbox();
    void statusRefusesOpenSecretsFile();
    void statusRefusesBadArguments();
    void tlsModesAgainstAServerWithoutTls();

private:
    SandboxFixture m_sandbox;
};

void TestSandboxVariants::initTestCase()
{
    QString message;
    QVERIFY2(m_sandbox.start({QStringLiteral("--no-data"), QStringLiteral("--admin-replica-monitor"),
                              QStringLiteral("--target-server-id-clash"), QStringLiteral("--binlog-format"),
                              QStringLiteral("ROW")},
                             &message),
             qPrintable(message));
}

void TestSandboxVariants::adminMayShowReplicaStatusWhenAsked()
{
    // The older RDS shape (and a self-managed server): the master user may run SHOW SLAVE STATUS.
    auto staging = m_sandbox.adminSession(ServerRole::Staging);
    QVERIFY(staging);
    const Result<ResultSet> show = staging->query(QStringLiteral("SHOW SLAVE STATUS"));
    QVERIFY2(show.ok(), show.ok() ? "" : qPrintable(show.error().toText()));
    QCOMPARE(show->rowCount(), 1);
    const Result<ServerFacts> facts = ServerInspector(*staging).inspect();
    QVERIFY(facts.ok());
    QVERIFY(!facts->replicaStatusViaRdsProcedure);
    QVERIFY(facts->replicaStatus.has_value());
    QVERIFY(facts->replicaStatus->ioThreadRunning());
}

void TestSandboxVariants::binlogFormatAsAsked()
{
    auto source = m_sandbox.adminSession(ServerRole::Source);
    QVERIFY(source);
    const Result<ServerFacts> facts = ServerInspector(*source).inspect();
    QVERIFY(facts.ok());
    QCOMPARE(facts->binlogFormat, QStringLiteral("ROW"));
    QVERIFY(m_sandbox.profile().databases.isEmpty()); // no demo data: nothing chosen
    QCOMPARE(SandboxFixture::runCli({QStringLiteral("sandbox"), QStringLiteral("start"),
                                     QStringLiteral("--dir"), m_sandbox.directory() + QStringLiteral("-x"),
                                     QStringLiteral("--binlog-format"), QStringLiteral("FANCY")})
                 .exitCode,
             3);
}

void TestSandboxVariants::targetServerIdClashes()
{
    auto target = m_sandbox.adminSession(ServerRole::Target);
    QVERIFY(target);
    const Result<ServerFacts> facts = ServerInspector(*target).inspect();
    QVERIFY(facts.ok());
    QCOMPARE(facts->serverId, quint64(Sandbox::SourceServerId));
}

void TestSandboxVariants::startRefusesARunningSandbox()
{
    const auto result = SandboxFixture::runCli(
        {QStringLiteral("sandbox"), QStringLiteral("start"), QStringLiteral("--dir"), m_sandbox.directory()});
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains("already running"), result.err.constData());
    // ... and the running one is untouched.
    QVERIFY(m_sandbox.adminSession(ServerRole::Source));
}

void TestSandboxVariants::statusRefusesOpenSecretsFile()
{
    QFile::setPermissions(m_sandbox.secretsPath(), QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther);
    const auto result = SandboxFixture::runCli({QStringLiteral("status"), QStringLiteral("--profile"),
                                                m_sandbox.profilePath(), QStringLiteral("--secrets"),
                                                m_sandbox.secretsPath()});
    QFile::setPermissions(m_sandbox.secretsPath(), QFile::ReadOwner | QFile::WriteOwner);
    QCOMPARE(result.exitCode, 3);
    QVERIFY2(result.err.contains("chmod 600"), result.err.constData());
}

void TestSandboxVariants::statusRefusesBadArguments()
{
    QCOMPARE(SandboxFixture::runCli({QStringLiteral("status")}).exitCode, 3);
    QCOMPARE(SandboxFixture::runCli({QStringLiteral("status"), QStringLiteral("--profile"),
                                     QStringLiteral("/nonexistent/profile.ini")})
                 .exitCode,
             3);
    QCOMPARE(
        SandboxFixture::runCli({QStringLiteral("status"), QStringLiteral("--profile"),
                                m_sandbox.profilePath(), QStringLiteral("--watch"), QStringLiteral("zero")})
            .exitCode,
        3);
    QCOMPARE(SandboxFixture::runCli({QStringLiteral("frobnicate")}).exitCode, 3);
}

void TestSandboxVariants::tlsModesAgainstAServerWithoutTls()
{
    // This sandbox has no TLS: "preferred" falls back to a plain connection, "required" refuses it.
    ConnectionSpec spec = m_sandbox.spec(ServerRole::Source);
    spec.tls = TlsMode::Preferred;
    ServerSession preferred(spec);
    const Status plain = preferred.open(m_sandbox.password(ServerRole::Source));
    QVERIFY2(plain.ok(), plain.ok() ? "" : qPrintable(plain.error().toText()));
    QVERIFY(preferred.tlsCipher().isEmpty());
    spec.tls = TlsMode::Required;
    ServerSession required(spec);
    const Status refused = required.open(m_sandbox.password(ServerRole::Source));
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().diagnosisId, QStringLiteral("tls_error"));
    QVERIFY(refused.error().toText().contains(QLatin1String("not encrypted")));
}

QTEST_GUILESS_MAIN(TestSandboxVariants)
#include "tst_sandbox_variants.moc"
