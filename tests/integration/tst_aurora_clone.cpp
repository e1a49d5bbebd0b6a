// The Aurora clone strategy on the sandbox, where the stopped staging server plays the clone: its
// executed source position, written as Aurora's crash-recovery event ("Binlog position from crash
// recovery is <file> <position>"), is the profile's clone position. A "clone" that still applies
// replication is refused; so are lines that belong to no clone of this source (a file the source
// never had, a position inside an event or beyond its file), each before any server changes; a
// malformed line is refused when the profile loads. Under the sandbox's write load the setup copies
// the clone, points the target at the source from the line (never from the clone's own binary log)
// and ends exact; the clone is not resumed, and the run tells how to delete it.
#include "ReplicaChecks.h"
#include "SandboxFixture.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

class TestAuroraClone : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void aReplicatingServerIsNoClone();
    void malformedLineIsRefusedWhenTheProfileLoads();
    void preflightAcceptsTheClonesLine();
    void planShowsTheAwsChecklist();
    void linesOfNoCloneOfThisSourceAreRefused_data();
    void linesOfNoCloneOfThisSourceAreRefused();
    void setupFromTheCloneUnderLoad();

private:
    QString profileWithLine(const QString& name, const QString& line) const;
    SandboxFixture::CliResult run(const QString& command, const QString& profile,
                                  const QStringList& extra = {}) const;
    void stopTheClone();

    SandboxFixture m_sandbox;
    QString m_file;
    quint64 m_position = 0;
    quint64 m_fileSize = 0;
};

void TestAuroraClone::initTestCase()
{
    QString message;
    QVERIFY2(m_sandbox.start({QStringLiteral("--load")}, &message), qPrintable(message));
}

QString TestAuroraClone::profileWithLine(const QString& name, const QString& line) const
{
    Profile profile = m_sandbox.profile();
    profile.strategy = SetupStrategy::AuroraClone;
    profile.clonePosition = line;
    profile.auroraCluster = QStringLiteral("shop-cluster");
    const QString path = m_sandbox.directory() + QLatin1Char('/') + name;
    if (!ProfileFile::save(profile, path).ok())
        return {};
    return path;
}

SandboxFixture::CliResult TestAuroraClone::run(const QString& command, const QString& profile,
                                               const QStringList& extra) const
{
    return SandboxFixture::runCli(QStringList{command, QStringLiteral("--profile"), profile,
                                              QStringLiteral("--secrets"), m_sandbox.secretsPath()}
                                      + extra,
                                  300000);
}

void TestAuroraClone::aReplicatingServerIsNoClone()
{
    // The staging replica still replicates: no fixed position describes its data.
    const QString profile = profileWithLine(
        QStringLiteral("running.ini"),
        QStringLiteral("Binlog position from crash recovery is mysql-bin-changelog.000001 4"));
    QVERIFY(!profile.isEmpty());
    const QString before = ReplicaChecks::serversFingerprint(m_sandbox);
    const auto setup = run(QStringLiteral("setup"), profile, {QStringLiteral("--yes")});
    QVERIFY(setup.exitCode != 0);
    QVERIFY2(setup.err.contains("The clone applies replication"), setup.err.constData());
    QCOMPARE(ReplicaChecks::serversFingerprint(m_sandbox), before);
    stopTheClone();
}

void TestAuroraClone::stopTheClone()
{
    // From here on the stopped staging server plays the clone, its data at the executed position.
    auto staging = m_sandbox.rootSession(ServerRole::Staging);
    QVERIFY(staging->execute(QStringLiteral("STOP SLAVE")).ok());
    const Result<ResultSet> status = staging->query(QStringLiteral("SHOW SLAVE STATUS"));
    QVERIFY(status.ok() && status->rowCount() == 1);
    QCOMPARE(status->text(0, u"Slave_SQL_Running"), QStringLiteral("No"));
    m_file = status->text(0, u"Relay_Master_Log_File");
    m_position = status->text(0, u"Exec_Master_Log_Pos").toULongLong();
    QVERIFY(!m_file.isEmpty() && m_position > 4);
    auto source = m_sandbox.rootSession(ServerRole::Source);
    const Result<ResultSet> logs = source->query(QStringLiteral("SHOW BINARY LOGS"));
    QVERIFY(logs.ok());
    for (int row = 0; row < logs->rowCount(); ++row)
        if (logs->text(row, u"Log_name") == m_file)
            m_fileSize = logs->text(row, u"File_size").toULongLong();
    QVERIFY(m_fileSize >= m_position);
}

void TestAuroraClone::malformedLineIsRefusedWhenTheProfileLoads()
{
    const QString before = ReplicaChecks::serversFingerprint(m_sandbox);
    const QString profile
        = profileWithLine(QStringLiteral("malformed.ini"),
                          QStringLiteral("Binlog position from crash recovery is %1").arg(m_file));
    const auto setup = run(QStringLiteral("setup"), profile, {QStringLiteral("--yes")});
    QCOMPARE(setup.exitCode, 3);
    QVERIFY2(setup.err.contains("must end with exactly a binary log file name and a position"),
             setup.err.constData());
    QCOMPARE(ReplicaChecks::serversFingerprint(m_sandbox), before);
}

void TestAuroraClone::preflightAcceptsTheClonesLine()
{
    const QString line
        = QStringLiteral("Binlog position from crash recovery is %1 %2").arg(m_file).arg(m_position);
    const auto checked = run(QStringLiteral("check"), profileWithLine(QStringLiteral("clone.ini"), line),
                             {QStringLiteral("--json")});
    const QJsonDocument json = QJsonDocument::fromJson(checked.out);
    QVERIFY2(json.isArray(), checked.out.constData());
    QJsonObject clone;
    for (const QJsonValue& check : json.array())
        if (check.toObject().value(QStringLiteral("id")).toString() == QLatin1String("clone_position"))
            clone = check.toObject();
    QVERIFY2(!clone.isEmpty(), checked.out.constData());
    QCOMPARE(clone.value(QStringLiteral("outcome")).toString(), QStringLiteral("pass"));
    QVERIFY(clone.value(QStringLiteral("reason"))
                .toString()
                .contains(QStringLiteral("%1:%2").arg(m_file).arg(m_position)));
}

void TestAuroraClone::planShowsTheAwsChecklist()
{
    const auto plan = run(QStringLiteral("plan"), m_sandbox.directory() + QStringLiteral("/clone.ini"));
    QCOMPARE(plan.exitCode, 0);
    QVERIFY2(plan.out.contains("aws rds restore-db-cluster-to-point-in-time --source-db-cluster-identifier "
                               "shop-cluster --db-cluster-identifier shop-cluster-replica-seed "
                               "--restore-type copy-on-write"),
             plan.out.constData());
    QVERIFY(plan.out.contains("ParameterName=binlog_format,ParameterValue=ROW"));
    QVERIFY(plan.out.contains("aws rds describe-events --source-type db-cluster"));
    QVERIFY(plan.out.contains(
        "aws rds delete-db-cluster --db-cluster-identifier shop-cluster-replica-seed --skip-final-snapshot"));
    // The staging replica's stop and resume belong to another strategy.
    QVERIFY(!plan.out.contains("rds_stop_replication"));
    QVERIFY(!plan.out.contains("rds_start_replication"));
}

void TestAuroraClone::linesOfNoCloneOfThisSourceAreRefused_data()
{
    QTest::addColumn<QString>("where");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("a file the source never had")
        << QStringLiteral("mysql-bin-changelog.999999 4") << QByteArray("The source has no binary log");
    QTest::newRow("another server's file names")
        << QStringLiteral("binlog.000001 4") << QByteArray("The source has no binary log");
    QTest::newRow("beyond the end of the file")
        << QStringLiteral("<file> <beyond>") << QByteArray("lies beyond the end");
    QTest::newRow("inside an event") << QStringLiteral("<file> <inside>")
                                     << QByteArray("No event of the source");
}

void TestAuroraClone::linesOfNoCloneOfThisSourceAreRefused()
{
    QFETCH(QString, where);
    QFETCH(QByteArray, expected);
    where.replace(QStringLiteral("<file>"), m_file);
    where.replace(QStringLiteral("<beyond>"), QString::number(m_fileSize + 1000000));
    where.replace(QStringLiteral("<inside>"), QString::number(m_position - 1));
    const QString profile = profileWithLine(
        QStringLiteral("mismatch.ini"), QStringLiteral("Binlog position from crash recovery is ") + where);
    const QString before = ReplicaChecks::serversFingerprint(m_sandbox);
    const auto checked = run(QStringLiteral("check"), profile);
    QCOMPARE(checked.exitCode, 2);
    QVERIFY2(checked.out.contains(expected), checked.out.constData());
    const auto setup = run(QStringLiteral("setup"), profile, {QStringLiteral("--yes")});
    QVERIFY(setup.exitCode != 0);
    QVERIFY2(setup.err.contains(expected), setup.err.constData());
    QVERIFY2(setup.err.contains("No server was changed."), setup.err.constData());
    QCOMPARE(ReplicaChecks::serversFingerprint(m_sandbox), before);
}

void TestAuroraClone::setupFromTheCloneUnderLoad()
{
    const auto setup = run(QStringLiteral("setup"), m_sandbox.directory() + QStringLiteral("/clone.ini"),
                           {QStringLiteral("--yes")});
    QVERIFY2(setup.exitCode == 0, setup.err.right(3000).constData());
    const QByteArray said = setup.out + setup.err;
    QVERIFY2(said.contains("Delete the Aurora clone when you no longer need it"),
             said.right(2000).constData());
    QVERIFY(said.contains(
        "aws rds delete-db-instance --db-instance-identifier shop-cluster-replica-seed-instance-1"));

    QFile audit(m_sandbox.directory() + QStringLiteral("/audit.log"));
    QVERIFY(audit.open(QIODevice::ReadOnly));
    const QByteArray log = audit.readAll();
    QVERIFY2(
        log.contains(
            QStringLiteral("MASTER_LOG_FILE='%1', MASTER_LOG_POS=%2").arg(m_file).arg(m_position).toUtf8()),
        log.right(3000).constData());
    QVERIFY(!log.contains("\tstaging\tchange\tOK\tCALL mysql.rds_start_replication"));
    QVERIFY(!log.contains("\tstaging\tchange\tOK\tSTART SLAVE"));

    const QString differs = ReplicaChecks::targetMatchesSource(m_sandbox);
    QVERIFY2(differs.isEmpty(), qPrintable(differs));
    // The clone stays as it was: the DBA deletes it.
    const Result<ResultSet> clone
        = m_sandbox.rootSession(ServerRole::Staging)->query(QStringLiteral("SHOW SLAVE STATUS"));
    QVERIFY(clone.ok() && clone->rowCount() == 1);
    QCOMPARE(clone->text(0, u"Slave_SQL_Running"), QStringLiteral("No"));
}

QTEST_GUILESS_MAIN(TestAuroraClone)
#include "tst_aurora_clone.moc"
