// A self-managed primary (no RDS procedures, binary logs expiring after one hour) with a plain
// MariaDB replica as the staging server: preflight knows it is not RDS and offers the expiry
// variable; the setup raises binlog_expire_logs_seconds instead of calling rds_set_configuration,
// stops and starts the replica with STOP SLAVE / START SLAVE, prints the configuration line that
// keeps the expiry over a restart, and the target ends exact.
#include "ReplicaChecks.h"
#include "SandboxFixture.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

class TestSelfManaged : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void preflightOffersTheExpiryVariable();
    void setupRaisesTheExpiryAndUsesPlainStatements();

private:
    QStringList arguments() const
    {
        return {QStringLiteral("--profile"), m_sandbox.profilePath(), QStringLiteral("--secrets"),
                m_sandbox.secretsPath()};
    }

    SandboxFixture m_sandbox;
};

void TestSelfManaged::initTestCase()
{
    QString message;
    QVERIFY2(m_sandbox.start({QStringLiteral("--self-managed-source"),
                              QStringLiteral("--self-managed-staging"), QStringLiteral("--load")},
                             &message),
             qPrintable(message));
}

void TestSelfManaged::preflightOffersTheExpiryVariable()
{
    const auto checked = SandboxFixture::runCli(QStringList{QStringLiteral("check"), QStringLiteral("--json")}
                                                + arguments());
    const QJsonDocument json = QJsonDocument::fromJson(checked.out);
    QVERIFY2(!json.isNull(), checked.out.constData());
    QJsonObject retention;
    for (const QJsonValue& check : json.array())
        if (check.toObject().value(QStringLiteral("id")).toString() == QLatin1String("retention"))
            retention = check.toObject();
    QVERIFY2(!retention.isEmpty(), checked.out.constData());
    QVERIFY2(
        retention.value(QStringLiteral("reason")).toString().contains(QLatin1String("self-managed source")),
        checked.out.constData());
    QCOMPARE(retention.value(QStringLiteral("fix_statements")).toArray().first().toString(),
             QStringLiteral("SET GLOBAL binlog_expire_logs_seconds = 172800"));
}

void TestSelfManaged::setupRaisesTheExpiryAndUsesPlainStatements()
{
    const auto run = SandboxFixture::runCli(
        QStringList{QStringLiteral("setup")} + arguments() + QStringList{QStringLiteral("--yes")}, 300000);
    QVERIFY2(run.exitCode == 0, run.err.right(3000).constData());
    QVERIFY2(run.err.contains(
                 "binary log expiry survives a restart:\n[mysqld]\nbinlog_expire_logs_seconds = 172800")
                 || run.out.contains(
                     "binary log expiry survives a restart:\n[mysqld]\nbinlog_expire_logs_seconds = 172800"),
             QByteArray(run.out + run.err).right(2000).constData());
    const Result<ResultSet> expiry
        = m_sandbox.rootSession(ServerRole::Source)
              ->query(QStringLiteral("SELECT @@GLOBAL.binlog_expire_logs_seconds AS s"));
    QVERIFY(expiry.ok());
    QCOMPARE(expiry->text(0, u"s"), QStringLiteral("172800"));

    QFile audit(m_sandbox.directory() + QStringLiteral("/audit.log"));
    QVERIFY(audit.open(QIODevice::ReadOnly));
    const QByteArray log = audit.readAll();
    QVERIFY(log.contains("\tsource\tchange\tOK\tSET GLOBAL binlog_expire_logs_seconds = 172800"));
    QVERIFY(log.contains("\tstaging\tchange\tOK\tSTOP SLAVE"));
    QVERIFY(log.contains("\tstaging\tchange\tOK\tSTART SLAVE"));
    QVERIFY(!log.contains("\tchange\tOK\tCALL mysql.rds_")); // only the probe that finds no RDS

    const QString differs = ReplicaChecks::targetMatchesSource(m_sandbox);
    QVERIFY2(differs.isEmpty(), qPrintable(differs));
    auto staging = m_sandbox.adminSession(ServerRole::Staging);
    const Result<ResultSet> status = staging->query(QStringLiteral("SHOW SLAVE STATUS"));
    QVERIFY(status.ok() && status->rowCount() == 1);
    QCOMPARE(status->text(0, u"Slave_SQL_Running"), QStringLiteral("Yes"));
}

QTEST_GUILESS_MAIN(TestSelfManaged)
#include "tst_self_managed.moc"
