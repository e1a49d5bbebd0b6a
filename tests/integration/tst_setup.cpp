// `replica-wizard-cli setup` end to end on a sandbox: both strategies, under write load, with the
// copy checked table by table and no password anywhere a process or file shows it.
#include "ReplicaChecks.h"
#include "SandboxFixture.h"
#include "SecretScan.h"
#include "db/SqlText.h"
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
#include <functional>

namespace {

struct SetupRun
{
    int exitCode = -1;
    QByteArray err;
    QStringList leaks; // processes whose cmdline or environ held a password
};

// Runs setup --yes and, while it runs, reads every process's cmdline and environ; `onOutput` sees
// what the run printed so far.
SetupRun runSetup(const QString& profile, const QString& secrets, const QList<QByteArray>& passwords,
                  const std::function<void(const QByteArray&)>& onOutput = {})
{
    SetupRun run;
    QProcess process;
    process.start(QStringLiteral(RW_CLI_PATH),
                  {QStringLiteral("setup"), QStringLiteral("--profile"), profile, QStringLiteral("--secrets"),
                   secrets, QStringLiteral("--yes")});
    const QDeadlineTimer deadline(300000);
    while (!process.waitForFinished(20) && !deadline.hasExpired()) {
        run.err += process.readAllStandardError();
        if (onOutput)
            onOutput(run.err);
        run.leaks << SecretScan::processesHolding(passwords);
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.err += process.readAllStandardError();
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
    void definersCreatedLockedWithTheirGrants();
    void unselectedSchemaNeverReachesTheTarget();
    void heartbeatNeverStopsTheTarget();
    void noPasswordInTheAuditLog();
    void noPasswordInTheSourceBinlog();
    void noPasswordInAnyFileTheToolWrote();
    void writeFreezeRefusesWhileWritesArrive();
    void writeFreezeWithWritesHeldOff();
    void remappedDefinersUnderLoad();
    void definerWithoutPrivilegesIsExplained();

private:
    QList<QByteArray> passwords() const;
    QString profileWith(const QString& strategy, const QString& keepDumpDir = {}) const;
    void expectTargetMatchesSource();
    // Every view selectable and every routine callable on the target, by its DBA (so DEFINER
    // views and routines run with their definers' rights there); what failed, or empty.
    QString objectsFailing();

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
    // Keeping a copy of the dump is the dump tool's: that run copies with it.
    if (!keepDumpDir.isEmpty())
        profile.seeder = SeedEngine::Dump;
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

void TestSetup::expectTargetMatchesSource()
{
    const QString differs = ReplicaChecks::targetMatchesSource(m_sandbox);
    QVERIFY2(differs.isEmpty(), qPrintable(differs));
}

void TestSetup::copyMatchesTheSourceAfterCatchUp()
{
    expectTargetMatchesSource();
    QVERIFY(Sandbox::setWriteLoad(m_sandbox.directory(), true).ok());
}

QString TestSetup::objectsFailing()
{
    auto target = m_sandbox.adminSession(ServerRole::Target);
    if (!target)
        return QStringLiteral("cannot connect");
    const QString in = SqlText::literalList(m_sandbox.profile().databases);
    QStringList failing;
    const Result<ResultSet> views
        = target->query(QStringLiteral("SELECT TABLE_SCHEMA AS s, TABLE_NAME AS n FROM "
                                       "information_schema.VIEWS WHERE TABLE_SCHEMA IN (%1)")
                            .arg(in));
    if (!views || views->rowCount() < 4)
        return QStringLiteral("views not listed");
    for (int row = 0; row < views->rowCount(); ++row) {
        const QString name = SqlText::identifier(views->text(row, u"s")) + QLatin1Char('.')
            + SqlText::identifier(views->text(row, u"n"));
        const Result<ResultSet> selected
            = target->query(QStringLiteral("SELECT * FROM %1 LIMIT 1").arg(name));
        if (!selected)
            failing << name + QStringLiteral(": ") + selected.error().toText();
    }
    // Each routine with NULL for every parameter (the sandbox's routines change nothing then).
    const Result<ResultSet> routines = target->query(
        QStringLiteral("SELECT r.ROUTINE_SCHEMA AS s, r.ROUTINE_NAME AS n, r.ROUTINE_TYPE AS t, "
                       "(SELECT COUNT(*) FROM information_schema.PARAMETERS p WHERE p.SPECIFIC_SCHEMA = "
                       "r.ROUTINE_SCHEMA "
                       "AND p.SPECIFIC_NAME = r.ROUTINE_NAME AND p.ORDINAL_POSITION > 0) AS params "
                       "FROM information_schema.ROUTINES r WHERE r.ROUTINE_SCHEMA IN (%1)")
            .arg(in));
    if (!routines || routines->rowCount() < 4)
        return QStringLiteral("routines not listed");
    for (int row = 0; row < routines->rowCount(); ++row) {
        const QString name = SqlText::identifier(routines->text(row, u"s")) + QLatin1Char('.')
            + SqlText::identifier(routines->text(row, u"n"));
        QStringList nulls;
        for (int i = 0; i < routines->text(row, u"params").toInt(); ++i)
            nulls << QStringLiteral("NULL");
        const QString call = routines->text(row, u"t") == QLatin1String("FUNCTION")
            ? QStringLiteral("SELECT %1(%2)").arg(name, nulls.join(QStringLiteral(", ")))
            : QStringLiteral("CALL %1(%2)").arg(name, nulls.join(QStringLiteral(", ")));
        const Result<ResultSet> called = target->query(call);
        if (!called)
            failing << call + QStringLiteral(": ") + called.error().toText();
    }
    return failing.join(QLatin1Char('\n'));
}

void TestSetup::objectsWorkAndEventsStayDisabled()
{
    const QString failing = objectsFailing();
    QVERIFY2(failing.isEmpty(), qPrintable(failing));
    auto target = m_sandbox.adminSession(ServerRole::Target);
    QVERIFY(target);
    // A view on a view, created after the one it reads (error 1356 otherwise), and a DEFINER
    // function that reads it.
    const Result<ResultSet> stats
        = target->query(QStringLiteral("SELECT `legacy-crm`.fn_contact_count() AS n"));
    QVERIFY(stats.ok());
    QCOMPARE(stats->text(0, u"n"), QStringLiteral("500"));
    const Result<ResultSet> events = target->query(QStringLiteral(
        "SELECT COUNT(*) AS n, SUM(STATUS = 'ENABLED') AS enabled FROM information_schema.EVENTS "
        "WHERE EVENT_SCHEMA IN ('shop', 'shop_media', 'shop_audit', 'legacy-crm')"));
    QVERIFY(events.ok());
    QCOMPARE(events->text(0, u"n").toInt(), 2);
    QCOMPARE(events->text(0, u"enabled").toInt(), 0);
    // The trigger kept the sql_mode it was created with, and it fires on the target for the
    // application's statements (binlog_format MIXED), computing what it computes on the source.
    const Result<ResultSet> trigger
        = target->query(QStringLiteral("SELECT SQL_MODE AS m, DEFINER AS d FROM information_schema.TRIGGERS "
                                       "WHERE TRIGGER_NAME = 'trg_ticks_label'"));
    QVERIFY(trigger.ok() && trigger->rowCount() == 1);
    QVERIFY2(trigger->text(0, u"m").contains(QLatin1String("PIPES_AS_CONCAT")),
             qPrintable(trigger->text(0, u"m")));
    QCOMPARE(trigger->text(0, u"d"), QStringLiteral("admin@%"));
    QTRY_VERIFY_WITH_TIMEOUT(
        target->query(QStringLiteral("SELECT COUNT(*) AS n FROM `legacy-crm`.ticks WHERE label "
                                     "IS NULL OR label NOT LIKE 'tick-%'"))
                ->text(0, u"n")
            == QLatin1String("0"),
        5000);
}

void TestSetup::definersCreatedLockedWithTheirGrants()
{
    auto target = m_sandbox.rootSession(ServerRole::Target);
    QVERIFY(target);
    const Result<ResultSet> user = target->query(QStringLiteral("SHOW CREATE USER 'admin'@'%'"));
    QVERIFY(user.ok());
    QVERIFY2(user->rows().value(0).value(0).toString().contains(QLatin1String("ACCOUNT LOCK")),
             qPrintable(user->rows().value(0).value(0).toString()));
    const Result<ResultSet> grants = target->query(QStringLiteral("SHOW GRANTS FOR 'admin'@'%'"));
    QVERIFY(grants.ok());
    QStringList lines;
    for (const ResultSet::Row& row : grants->rows())
        lines << row.value(0).toString();
    // Exactly: usage, and what the objects need on each copied schema; nothing global, nothing else.
    QCOMPARE(lines.size(), 5);
    QVERIFY2(lines.first().startsWith(QLatin1String("GRANT USAGE ON *.* TO `admin`@`%`")),
             qPrintable(lines.first()));
    for (const QString& line : lines.mid(1))
        QVERIFY2(line.startsWith(
                     QLatin1String("GRANT SELECT, INSERT, UPDATE, DELETE, EXECUTE, EVENT, TRIGGER ON `")),
                 qPrintable(line));
    QVERIFY(!lines.join(QLatin1Char('\n')).contains(QLatin1String("scratch")));
    // Nobody logs in with it, not even with the source's password of the master user.
    ConnectionSpec spec = m_sandbox.spec(ServerRole::Target);
    spec.user = QStringLiteral("admin");
    ServerSession session(spec);
    const Status login = session.open(m_sandbox.password(ServerRole::Source));
    QVERIFY(!login.ok());
}

void TestSetup::unselectedSchemaNeverReachesTheTarget()
{
    // scratch is written every second on the source but was not chosen: its writes are filtered.
    auto source = m_sandbox.adminSession(ServerRole::Source);
    auto target = m_sandbox.adminSession(ServerRole::Target);
    QVERIFY(source && target);
    const int jobs
        = source->query(QStringLiteral("SELECT COUNT(*) AS n FROM scratch.jobs"))->text(0, u"n").toInt();
    QTRY_VERIFY_WITH_TIMEOUT(
        source->query(QStringLiteral("SELECT COUNT(*) AS n FROM scratch.jobs"))->text(0, u"n").toInt() > jobs,
        10000);
    QTest::qWait(1000);
    const Result<ResultSet> schemas = target->query(QStringLiteral("SHOW DATABASES LIKE 'scratch'"));
    QVERIFY(schemas.ok());
    QCOMPARE(schemas->rowCount(), 0);
    const Result<ServerFacts> facts = ServerInspector(*target).inspect();
    QVERIFY(facts.ok() && facts->replicaStatus);
    QVERIFY(facts->replicaStatus->sqlThreadRunning());
    QCOMPARE(facts->replicaStatus->lastSqlErrno, 0);
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
    // The DBA's freeze: the applications' writes stop (RDS's heartbeat goes on); they come back
    // when the DBA gives the applications their access back, while the target starts replicating.
    QVERIFY(Sandbox::setWriteLoad(m_sandbox.directory(), false).ok());
    // This run copies with the dump tool (seeder=dump) and keeps a compressed copy of the dump.
    const QString keepDir = m_sandbox.directory() + QStringLiteral("/kept-dumps");
    const QString profile = profileWith(QStringLiteral("write-freeze"), keepDir);
    bool writesBack = false;
    const SetupRun run = runSetup(profile, m_sandbox.secretsPath(), passwords(), [&](const QByteArray& err) {
        if (!writesBack && err.contains("Give the applications their access back")) {
            writesBack = Sandbox::setWriteLoad(m_sandbox.directory(), true).ok();
        }
    });
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(writesBack);
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
    for (const char* table : {"CREATE TABLE `orders`", "CREATE TABLE `change_log`",
                              "CREATE TABLE `product_images`", "CREATE TABLE `import log`"})
        QVERIFY2(keptSql.contains(table), table);
    QTest::qWait(3000);
    expectTargetMatchesSource();
    const QString failing = objectsFailing();
    QVERIFY2(failing.isEmpty(), qPrintable(failing));
}

void TestSetup::remappedDefinersUnderLoad()
{
    // definers=remap: every object gets the target DBA's account; no account is created.
    QVERIFY(Sandbox::setWriteLoad(m_sandbox.directory(), true).ok());
    Profile profile = m_sandbox.profile();
    profile.definers
        = DefinerPolicy::remapTo(QString::fromLatin1(Sandbox::TargetAdminUser), QStringLiteral("%"));
    const QString path = m_sandbox.directory() + QStringLiteral("/profile-remap.ini");
    QVERIFY(ProfileFile::save(profile, path).ok());
    QVERIFY(m_sandbox.rootSession(ServerRole::Target)
                ->execute(QStringLiteral("DROP USER IF EXISTS 'admin'@'%'"))
                .ok());
    const SetupRun run = runSetup(path, m_sandbox.secretsPath(), passwords());
    QVERIFY2(run.exitCode == 0, run.err.right(3000).constData());
    auto target = m_sandbox.rootSession(ServerRole::Target);
    const Result<ResultSet> definers = target->query(QStringLiteral(
        "SELECT DEFINER AS d FROM information_schema.ROUTINES WHERE ROUTINE_SCHEMA IN ('shop', 'legacy-crm') "
        "UNION SELECT DEFINER FROM information_schema.VIEWS WHERE TABLE_SCHEMA IN ('shop', 'legacy-crm') "
        "UNION SELECT DEFINER FROM information_schema.TRIGGERS WHERE TRIGGER_SCHEMA IN ('shop', "
        "'legacy-crm') "
        "UNION SELECT DEFINER FROM information_schema.EVENTS WHERE EVENT_SCHEMA IN ('shop', 'legacy-crm')"));
    QVERIFY(definers.ok());
    QCOMPARE(definers->rowCount(), 1);
    QCOMPARE(definers->text(0, u"d"), QStringLiteral("dba@%"));
    QCOMPARE(target->query(QStringLiteral("SELECT COUNT(*) AS n FROM mysql.user WHERE User = 'admin'"))
                 ->text(0, u"n"),
             QStringLiteral("0"));
    const QString failing = objectsFailing();
    QVERIFY2(failing.isEmpty(), qPrintable(failing));
    expectTargetMatchesSource();
}

void TestSetup::definerWithoutPrivilegesIsExplained()
{
    // Remapped to an account that exists on the target but may read nothing: the view on a view
    // cannot be created (1356). The run stops there and says why and what to do.
    auto target = m_sandbox.rootSession(ServerRole::Target);
    QVERIFY(target->execute(QStringLiteral("CREATE USER IF NOT EXISTS 'weak'@'%' ACCOUNT LOCK")).ok());
    Profile profile = m_sandbox.profile();
    profile.definers = DefinerPolicy::remapTo(QStringLiteral("weak"), QStringLiteral("%"));
    const QString path = m_sandbox.directory() + QStringLiteral("/profile-weak.ini");
    QVERIFY(ProfileFile::save(profile, path).ok());
    const SetupRun run = runSetup(path, m_sandbox.secretsPath(), passwords());
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("[1356]"), run.err.right(3000).constData());
    QVERIFY(run.err.contains("creating view `shop`.`v_top_customers` on the target")); // a view on a view
    QVERIFY(run.err.contains("Its DEFINER 'weak'@'%' may not read what it selects from on the target"));
    QVERIFY(run.err.contains("Grant 'weak'@'%' SELECT on the copied schemas"));
    QVERIFY(!run.err.contains("Fix the cause shown by the client"));
    QCOMPARE(ReplicaChecks::journalState(path, QStringLiteral("copy-objects")), QStringLiteral("failed"));
    auto staging = m_sandbox.adminSession(ServerRole::Staging);
    QVERIFY(staging && staging->execute(QStringLiteral("CALL mysql.rds_start_replication()")).ok());
}

QTEST_GUILESS_MAIN(TestSetup)
#include "tst_setup.moc"
