// `replica-wizard-cli setup` end to end on a sandbox: both strategies, under write load, with the
// copy checked table by table and no password anywhere a process or file shows it.
#include "ReplicaChecks.h"
#include "SandboxFixture.h"
#include "profile/SecretsFile.h"
#include "replication/Dialect.h"
#include "replication/ServerInspector.h"
#include "sandbox/Sandbox.h"
#include "setup/RunJournal.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTest>

#include <csignal>

namespace {

struct SetupRun
{
    int exitCode = -1;
    QByteArray err;
    QStringList leaks; // processes whose cmdline or environ held a password
};

// Runs setup --yes and, while it runs, reads every process's cmdline and environ.
SetupRun runSetup(const QString& profile, const QString& secrets, const QList<QByteArray>& passwords)
{
    SetupRun run;
    QProcess process;
    process.start(QStringLiteral(RW_CLI_PATH),
                  {QStringLiteral("setup"), QStringLiteral("--profile"), profile, QStringLiteral("--secrets"),
                   secrets, QStringLiteral("--yes")});
    const QDeadlineTimer deadline(300000);
    while (!process.waitForFinished(20) && !deadline.hasExpired()) {
        for (const QString& pid :
             QDir(QStringLiteral("/proc")).entryList({QStringLiteral("[0-9]*")}, QDir::Dirs)) {
            for (const char* file : {"cmdline", "environ"}) {
                QFile f(QStringLiteral("/proc/%1/%2").arg(pid, QLatin1String(file)));
                if (!f.open(QIODevice::ReadOnly))
                    continue;
                const QByteArray content = f.readAll();
                for (const QByteArray& password : passwords) {
                    if (content.contains(password))
                        run.leaks << QStringLiteral("%1/%2: %3")
                                         .arg(pid, QLatin1String(file), QString::fromUtf8(content.left(200)));
                }
            }
        }
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.err = process.readAllStandardError();
    return run;
}

} // namespace

class TestSetup : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void declinedFirstStepChangesNothing();
    void interruptStopsCleanly();
    void stagingReplicaStrategyUnderLoad();
    void copyMatchesTheSourceAfterCatchUp();
    void objectsWorkAndEventsStayDisabled();
    void heartbeatNeverStopsTheTarget();
    void noPasswordInTheAuditLog();
    void noPasswordInTheSourceBinlog();
    void noPasswordInAnyFileTheToolWrote();
    void writeFreezeRefusesWhileWritesArrive();
    void writeFreezeWithWritesHeldOff();

private:
    QList<QByteArray> passwords() const;
    QString profileWith(const QString& strategy, const QString& keepDumpDir = {}) const;
    void waitUntilTargetCaughtUp();
    void compareChecksums();

    SandboxFixture m_sandbox;
};

void TestSetup::initTestCase()
{
    QString message;
    QVERIFY2(m_sandbox.start({QStringLiteral("--load")}, &message), qPrintable(message));
}

void TestSetup::declinedFirstStepChangesNothing()
{
    // Without --yes and without a terminal every question is answered no.
    const auto result = SandboxFixture::runCli({QStringLiteral("setup"), QStringLiteral("--profile"),
                                                m_sandbox.profilePath(), QStringLiteral("--secrets"),
                                                m_sandbox.secretsPath()});
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains("Declined"), result.err.constData());
    QVERIFY(result.err.contains("The target was not changed"));
    QVERIFY(result.err.contains("CALL mysql.rds_set_configuration('binlog retention hours', 48)"));
    auto source = m_sandbox.adminSession(ServerRole::Source);
    const Result<ServerFacts> facts = ServerInspector(*source).inspect();
    QVERIFY(facts.ok());
    QVERIFY(!facts->retention.isSet); // still NULL
}

void TestSetup::interruptStopsCleanly()
{
    // SIGINT right after the staging replica was stopped: nothing further runs, and the tool says
    // that the staging replica is left stopped; its private credential files are gone.
    QProcess process;
    process.start(QStringLiteral(RW_CLI_PATH),
                  {QStringLiteral("setup"), QStringLiteral("--profile"), m_sandbox.profilePath(),
                   QStringLiteral("--secrets"), m_sandbox.secretsPath(), QStringLiteral("--yes")});
    QByteArray err;
    QTRY_VERIFY_WITH_TIMEOUT((err += process.readAllStandardError(), err.contains("[4] ")), 60000);
    ::kill(pid_t(process.processId()), SIGINT);
    QVERIFY(process.waitForFinished(60000));
    err += process.readAllStandardError();
    QCOMPARE(process.exitCode(), 2);
    QVERIFY2(err.toLower().contains("cancelled"), err.constData());
    QVERIFY(err.contains("The staging replica is STOPPED"));
    QVERIFY(!err.contains("[7] "));
    for (const QString& dir :
         QDir(QDir::tempPath()).entryList({QStringLiteral("replica-wizard-*")}, QDir::Dirs))
        QVERIFY2(!QFile::exists(QDir::tempPath() + QLatin1Char('/') + dir + QStringLiteral("/client.cnf")),
                 qPrintable(dir));
    // Resume it for the cases that follow.
    auto staging = m_sandbox.adminSession(ServerRole::Staging);
    QVERIFY(staging && staging->query(QStringLiteral("CALL mysql.rds_start_replication")).ok());
}

QList<QByteArray> TestSetup::passwords() const
{
    QList<QByteArray> list;
    for (ServerRole role : ServerRoles::all())
        list << m_sandbox.password(role);
    list << SecretsFile::load(m_sandbox.secretsPath()).value().password(QStringLiteral("replication"));
    return list;
}

QString TestSetup::profileWith(const QString& strategy, const QString& keepDumpDir) const
{
    Profile profile = m_sandbox.profile();
    SetupStrategies::fromKey(strategy, &profile.strategy);
    profile.keepDumpDir = keepDumpDir;
    const QString path
        = m_sandbox.directory() + QStringLiteral("/profile-") + strategy + QStringLiteral(".ini");
    ProfileFile::save(profile, path);
    return path;
}

void TestSetup::stagingReplicaStrategyUnderLoad()
{
    const SetupRun run = runSetup(m_sandbox.profilePath(), m_sandbox.secretsPath(), passwords());
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY2(run.leaks.isEmpty(), qPrintable(run.leaks.join(QLatin1Char('\n'))));
    QVERIFY(run.err.contains("the copy was verified"));

    auto target = m_sandbox.adminSession(ServerRole::Target);
    QVERIFY(target);
    const Result<ServerFacts> facts = ServerInspector(*target).inspect();
    QVERIFY(facts.ok() && facts->replicaStatus);
    QVERIFY(facts->replicaStatus->ioThreadRunning());
    QVERIFY(facts->replicaStatus->sqlThreadRunning());
    QCOMPARE(facts->replicaStatus->sourceServerId, quint64(Sandbox::SourceServerId));
    QCOMPARE(facts->replicaStatus->sourcePort, m_sandbox.spec(ServerRole::Source).port);

    // The staging replica replicates again.
    auto staging = m_sandbox.adminSession(ServerRole::Staging);
    QVERIFY(staging);
    const Result<ServerFacts> stagingFacts = ServerInspector(*staging).inspect();
    QVERIFY(stagingFacts.ok() && stagingFacts->replicaStatus);
    QVERIFY(stagingFacts->replicaStatus->ioThreadRunning());
    QVERIFY(stagingFacts->replicaStatus->sqlThreadRunning());

    // Retention was raised on the source.
    auto source = m_sandbox.adminSession(ServerRole::Source);
    const Result<ServerFacts> sourceFacts = ServerInspector(*source).inspect();
    QVERIFY(sourceFacts.ok());
    QVERIFY(sourceFacts->retention.isSet);
    QCOMPARE(sourceFacts->retention.hours, 48.0);
}

void TestSetup::waitUntilTargetCaughtUp()
{
    const QString behind = ReplicaChecks::targetCaughtUp(m_sandbox);
    QVERIFY2(behind.isEmpty(), qPrintable(behind));
}

void TestSetup::compareChecksums()
{
    const QString differs = ReplicaChecks::checksumsDiffer(m_sandbox);
    QVERIFY2(differs.isEmpty(), qPrintable(differs));
}

void TestSetup::copyMatchesTheSourceAfterCatchUp()
{
    QVERIFY(Sandbox::setWriteLoad(m_sandbox.directory(), false).ok());
    waitUntilTargetCaughtUp();
    compareChecksums();
    QVERIFY(Sandbox::setWriteLoad(m_sandbox.directory(), true).ok());
}

void TestSetup::objectsWorkAndEventsStayDisabled()
{
    auto target = m_sandbox.adminSession(ServerRole::Target);
    QVERIFY(target);
    QVERIFY(target->query(QStringLiteral("SELECT COUNT(*) FROM shop.v_customer_revenue")).ok());
    const Result<ResultSet> total = target->query(QStringLiteral("SELECT shop.fn_order_total(1) AS t"));
    QVERIFY2(total.ok(), total.ok() ? "" : qPrintable(total.error().toText()));
    const Result<ResultSet> events = target->query(QStringLiteral(
        "SELECT COUNT(*) AS n, SUM(STATUS = 'ENABLED') AS enabled FROM information_schema.EVENTS "
        "WHERE EVENT_SCHEMA LIKE 'shop%'"));
    QVERIFY(events.ok());
    QVERIFY(events->text(0, u"n").toInt() >= 1);
    QCOMPARE(events->text(0, u"enabled").toInt(), 0);
}

void TestSetup::heartbeatNeverStopsTheTarget()
{
    auto source = m_sandbox.adminSession(ServerRole::Source);
    auto target = m_sandbox.adminSession(ServerRole::Target);
    QVERIFY(source && target);
    const QString heartbeat = QStringLiteral("SELECT value FROM mysql.rds_heartbeat2 WHERE id = 1");
    const qint64 before = source->query(heartbeat)->text(0, u"value").toLongLong();
    // At least one heartbeat (every 5 s) passes through the target's replication.
    QTRY_VERIFY_WITH_TIMEOUT(source->query(heartbeat)->text(0, u"value").toLongLong() > before, 15000);
    QTest::qWait(2000);
    const Result<ServerFacts> facts = ServerInspector(*target).inspect();
    QVERIFY(facts.ok() && facts->replicaStatus);
    QCOMPARE(facts->replicaStatus->lastSqlErrno, 0);
    QVERIFY(facts->replicaStatus->sqlThreadRunning());
    QVERIFY(facts->replicaStatus->replicateWildIgnoreTable.contains(QLatin1String("mysql.rds%")));
}

void TestSetup::noPasswordInTheAuditLog()
{
    QFile audit(m_sandbox.directory() + QStringLiteral("/audit.log"));
    QVERIFY(audit.open(QIODevice::ReadOnly));
    const QByteArray content = audit.readAll();
    QVERIFY(content.contains("CHANGE MASTER TO"));
    QVERIFY(content.contains("MASTER_PASSWORD='***'"));
    for (const QByteArray& password : passwords())
        QVERIFY(!content.contains(password));
}

void TestSetup::noPasswordInAnyFileTheToolWrote()
{
    // Profiles, journals, the audit log, the sandbox's state; the secrets file is the test's input.
    int scanned = 0;
    for (const QFileInfo& info : QDir(m_sandbox.directory()).entryInfoList(QDir::Files)) {
        if (info.fileName() == QLatin1String("secrets.cnf"))
            continue;
        QFile file(info.filePath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray content = file.readAll();
        for (const QByteArray& password : passwords())
            QVERIFY2(!content.contains(password), qPrintable(info.fileName()));
        ++scanned;
    }
    QVERIFY(QFileInfo::exists(RunJournal::pathFor(m_sandbox.profilePath())));
    QVERIFY(scanned >= 4);
}

void TestSetup::noPasswordInTheSourceBinlog()
{
    // MariaDB binlogs CREATE USER as written; the setup sends the hash, so the binlog (which every
    // replica and anyone with REPLICATION SLAVE can read) never carries the clear password.
    auto source = m_sandbox.rootSession(ServerRole::Source);
    QVERIFY(source);
    const Result<ResultSet> logs = source->query(QStringLiteral("SHOW BINARY LOGS"));
    QVERIFY(logs.ok());
    bool sawCreateUser = false;
    const QByteArray replicationPassword
        = SecretsFile::load(m_sandbox.secretsPath()).value().password(QStringLiteral("replication"));
    for (int row = 0; row < logs->rowCount(); ++row) {
        const Result<ResultSet> events
            = source->query(QStringLiteral("SHOW BINLOG EVENTS IN '%1'").arg(logs->text(row, u"Log_name")));
        QVERIFY(events.ok());
        for (int e = 0; e < events->rowCount(); ++e) {
            const QString info = events->text(e, u"Info");
            sawCreateUser = sawCreateUser || info.contains(QLatin1String("CREATE USER"));
            QVERIFY2(!info.toUtf8().contains(replicationPassword), qPrintable(info));
        }
    }
    QVERIFY(sawCreateUser);
}

void TestSetup::writeFreezeRefusesWhileWritesArrive()
{
    const QString profile = profileWith(QStringLiteral("write-freeze"));
    const SetupRun run = runSetup(profile, m_sandbox.secretsPath(), passwords());
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("position moved"), run.err.constData());
    QVERIFY(run.err.contains("The target was not changed"));
    // The target still replicates from the earlier setup.
    auto target = m_sandbox.adminSession(ServerRole::Target);
    const Result<ServerFacts> facts = ServerInspector(*target).inspect();
    QVERIFY(facts.ok() && facts->replicaStatus && facts->replicaStatus->sqlThreadRunning());
}

void TestSetup::writeFreezeWithWritesHeldOff()
{
    // The DBA's freeze: the sandbox's application load stops (RDS's heartbeat goes on).
    QVERIFY(Sandbox::setWriteLoad(m_sandbox.directory(), false).ok());
    // This run also keeps a compressed copy of the dump on disk.
    const QString keepDir = m_sandbox.directory() + QStringLiteral("/kept-dumps");
    const QString profile = profileWith(QStringLiteral("write-freeze"), keepDir);
    const SetupRun run = runSetup(profile, m_sandbox.secretsPath(), passwords());
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY2(run.leaks.isEmpty(), qPrintable(run.leaks.join(QLatin1Char('\n'))));
    const QStringList kept = QDir(keepDir).entryList({QStringLiteral("*.sql.gz")}, QDir::Files);
    QVERIFY(!kept.isEmpty());
    QByteArray keptSql;
    for (const QString& name : kept) {
        QProcess gunzip;
        gunzip.start(QStringLiteral("gzip"), {QStringLiteral("-dc"), QDir(keepDir).filePath(name)});
        QVERIFY(gunzip.waitForFinished(60000));
        QCOMPARE(gunzip.exitCode(), 0);
        const QByteArray sql = gunzip.readAllStandardOutput();
        QVERIFY2(sql.contains("-- Dump completed"), qPrintable(name));
        keptSql += sql;
    }
    for (const char* table :
         {"CREATE TABLE `orders`", "CREATE TABLE `change_log`", "CREATE TABLE `product_images`"})
        QVERIFY2(keptSql.contains(table), table);
    // Writes resume after the freeze, and replicate.
    QVERIFY(Sandbox::setWriteLoad(m_sandbox.directory(), true).ok());
    QTest::qWait(3000);
    QVERIFY(Sandbox::setWriteLoad(m_sandbox.directory(), false).ok());
    waitUntilTargetCaughtUp();
    compareChecksums();
}

QTEST_GUILESS_MAIN(TestSetup)
#include "tst_setup.moc"
