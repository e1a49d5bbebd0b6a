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
    void adminMayOnlyCallRdsReplicaStatus();
    void statusFallsBackToTheRdsProcedure();
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
    QVERIFY2(m_sandbox.start({QStringLiteral("--no-data"), QStringLiteral("--no-replica-monitor"),
                              QStringLiteral("--target-server-id-clash")},
                             &message),
             qPrintable(message));
}

void TestSandboxVariants::adminMayOnlyCallRdsReplicaStatus()
{
    auto staging = m_sandbox.adminSession(ServerRole::Staging);
    QVERIFY(staging);
    const Result<ResultSet> show = staging->query(QStringLiteral("SHOW SLAVE STATUS"));
    QVERIFY(!show.ok());
    QCOMPARE(show.error().code, 1227);
    const Result<ResultSet> call = staging->query(QStringLiteral("CALL mysql.rds_replica_status"));
    QVERIFY2(call.ok(), call.ok() ? "" : qPrintable(call.error().toText()));
    QCOMPARE(call->rowCount(), 1);
    QVERIFY(call->hasColumn(u"Slave_IO_Running"));
    QVERIFY(call->hasColumn(u"Exec_Master_Log_Pos"));
}

void TestSandboxVariants::statusFallsBackToTheRdsProcedure()
{
    auto staging = m_sandbox.adminSession(ServerRole::Staging);
    QVERIFY(staging);
    const Result<ServerFacts> facts = ServerInspector(*staging).inspect();
    QVERIFY(facts.ok());
    QVERIFY(facts->replicaStatusViaRdsProcedure);
    QVERIFY(facts->replicaStatus.has_value());
    QVERIFY(facts->replicaStatus->ioThreadRunning());

    const auto result = SandboxFixture::runCli({QStringLiteral("status"), QStringLiteral("--profile"),
                                                m_sandbox.profilePath(), QStringLiteral("--secrets"),
                                                m_sandbox.secretsPath(), QStringLiteral("--json")});
    QCOMPARE(result.exitCode, 0);
    const QJsonObject s
        = QJsonDocument::fromJson(result.out).object().value(QStringLiteral("staging")).toObject();
    QCOMPARE(s.value(QStringLiteral("io_running")).toBool(), true);
    QCOMPARE(s.value(QStringLiteral("sql_running")).toBool(), true);
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
