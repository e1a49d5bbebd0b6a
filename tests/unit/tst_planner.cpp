// The plan, for every dialect and strategy, and the resume decision after each step: the step
// table run against scripted servers answering from recorded result sets (no server runs here).
#include "ScriptedTopology.h"
#include "setup/PlanHost.h"
#include "setup/RunJournal.h"
#include "setup/SetupPlan.h"
#include "setup/SetupStepDefinition.h"
#include "setup/SetupSteps.h"

#include <QTemporaryDir>
#include <QTest>

namespace {

const SetupStep* stepOf(const SetupPlan& plan, SetupStep::Id id)
{
    for (const SetupStep& step : plan.steps()) {
        if (step.id == id)
            return &step;
    }
    return nullptr;
}

} // namespace

class TestPlanner : public QObject
{
    Q_OBJECT

private slots:
    void planPerDialect_data();
    void planPerDialect();
    void stepsPerStrategy();
    void channelAuthOptions_data();
    void channelAuthOptions();
    void auroraClonePlan_data();
    void auroraClonePlan();
    void planningChangesNothing();
    void rdsOrNot();
    void retentionCapsPerEngine();
    void resumeDecisions_data();
    void resumeDecisions();
};

void TestPlanner::planPerDialect_data()
{
    QTest::addColumn<QString>("recorded");
    QTest::addColumn<QString>("pointPrefix");
    QTest::addColumn<QString>("start");
    QTest::addColumn<QString>("ignoreFilter");
    QTest::addColumn<QString>("createUser");
    QTest::newRow("mysql 5.7") << "mysql-5.7.44"
                               << "CHANGE MASTER TO MASTER_HOST='10.0.3.17'"
                               << "START SLAVE"
                               << "CHANGE REPLICATION FILTER REPLICATE_WILD_IGNORE_TABLE = ('mysql.rds%')"
                               << "CREATE USER 'repl'@'%' IDENTIFIED BY '***'";
    QTest::newRow("mysql 8.0.21") << "mysql-8.0.21"
                                  << "CHANGE MASTER TO MASTER_HOST='10.0.3.17'"
                                  << "START SLAVE"
                                  << "CHANGE REPLICATION FILTER REPLICATE_WILD_IGNORE_TABLE = ('mysql.rds%')"
                                  << "CREATE USER 'repl'@'%' IDENTIFIED BY '***'";
    QTest::newRow("mysql 8.0.30") << "mysql-8.0.30"
                                  << "CHANGE REPLICATION SOURCE TO SOURCE_HOST='10.0.3.17'"
                                  << "START REPLICA"
                                  << "CHANGE REPLICATION FILTER REPLICATE_WILD_IGNORE_TABLE = ('mysql.rds%')"
                                  << "CREATE USER 'repl'@'%' IDENTIFIED BY '***'";
    QTest::newRow("mysql 8.4") << "mysql-8.4.3"
                               << "CHANGE REPLICATION SOURCE TO SOURCE_HOST='10.0.3.17'"
                               << "START REPLICA"
                               << "CHANGE REPLICATION FILTER REPLICATE_WILD_IGNORE_TABLE = ('mysql.rds%')"
                               << "CREATE USER 'repl'@'%' IDENTIFIED BY '***'";
    QTest::newRow("mariadb 10.11") << "mariadb-10.11.6"
                                   << "CHANGE MASTER TO MASTER_HOST='10.0.3.17'"
                                   << "START SLAVE"
                                   << "SET GLOBAL replicate_wild_ignore_table = 'mysql.rds%'"
                                   << "CREATE USER 'repl'@'%' IDENTIFIED BY PASSWORD '***'";
}

void TestPlanner::planPerDialect()
{
    QFETCH(QString, recorded);
    const Profile profile = ScriptedTopology::profile(SetupStrategy::StagingReplica);
    SetupConnections connections = ScriptedTopology::of(recorded).connect(profile);
    QVERIFY2(connections.complete(),
             qPrintable(connections.errors.isEmpty() ? QString() : connections.errors.begin()->toText()));
    const SetupPlan plan = SetupPlan::build(profile, connections);
    for (const SetupStep& step : plan.steps())
        QVERIFY2(step.plannable, qPrintable(step.key + QStringLiteral(": ") + step.description));
    const SetupStep* point = stepOf(plan, SetupStep::Id::PointTarget);
    QVERIFY(point && point->commands.size() == 1);
    QFETCH(QString, pointPrefix);
    QVERIFY2(point->commands.first().startsWith(pointPrefix), qPrintable(point->commands.first()));
    // The coordinates are placeholders in the plan, the password masked.
    QVERIFY(point->commands.first().contains(QLatin1String("<file>")));
    QVERIFY(point->commands.first().contains(QLatin1String("<position>")));
    QVERIFY(point->commands.first().contains(QLatin1String("PASSWORD='***'")));
    QTEST(stepOf(plan, SetupStep::Id::StartReplica)->commands.value(0), "start");
    QTEST(stepOf(plan, SetupStep::Id::ReplicationFilters)->commands.value(0), "ignoreFilter");
    QTEST(stepOf(plan, SetupStep::Id::ReplicationAccount)->commands.value(0), "createUser");
    QCOMPARE(stepOf(plan, SetupStep::Id::Retention)->commands,
             QStringList{QStringLiteral("CALL mysql.rds_set_configuration('binlog retention hours', 48)")});
    QCOMPARE(stepOf(plan, SetupStep::Id::StopStaging)->commands,
             QStringList{QStringLiteral("CALL mysql.rds_stop_replication()")});
    QCOMPARE(stepOf(plan, SetupStep::Id::ResumeStaging)->commands,
             QStringList{QStringLiteral("CALL mysql.rds_start_replication()")});
    // The copy by the chunked engine (the default): one account of it, with its chunk size.
    const QStringList chunked = stepOf(plan, SetupStep::Id::Seed)->shellCommands;
    QCOMPARE(chunked.size(), 1);
    QVERIFY2(chunked.first().contains(QLatin1String("LOAD DATA LOCAL INFILE per chunk of about 16 MiB")),
             qPrintable(chunked.first()));
    // By the dump tool: the chosen schema, and RDS's own tables into the target's mysql schema.
    Profile dump = profile;
    dump.seeder = SeedEngine::Dump;
    const QStringList copy = stepOf(SetupPlan::build(dump, connections), SetupStep::Id::Seed)->shellCommands;
    QCOMPARE(copy.size(), 2);
    QVERIFY(copy.first().contains(QLatin1String("--databases shop |")));
    QVERIFY(copy.last().contains(QLatin1String("mysql rds_heartbeat2 |")));
    QVERIFY(copy.last().endsWith(QLatin1String("--database=mysql")));
}

void TestPlanner::stepsPerStrategy()
{
    const auto keys = [](SetupStrategy strategy) {
        QStringList list;
        for (const SetupStepDefinition* step : SetupSteps::forStrategy(strategy))
            list << SetupSteps::key(step->id());
        return list.join(QLatin1Char(' '));
    };
    QCOMPARE(keys(SetupStrategy::StagingReplica),
             QStringLiteral("retention replication-account stop-staging prepare-target definer-accounts seed "
                            "copy-objects recheck-coordinates verify-copy disable-events replication-filters "
                            "point-target start-replica verify-replication resume-staging"));
    QCOMPARE(
        keys(SetupStrategy::WriteFreeze),
        QStringLiteral("retention replication-account freeze-writes read-coordinates prepare-target "
                       "definer-accounts seed copy-objects recheck-coordinates verify-copy disable-events "
                       "replication-filters point-target restore-writes start-replica verify-replication"));
    QCOMPARE(
        keys(SetupStrategy::AuroraClone),
        QStringLiteral("retention replication-account create-clone read-clone-position prepare-target "
                       "definer-accounts seed copy-objects recheck-coordinates verify-copy disable-events "
                       "replication-filters point-target start-replica verify-replication delete-clone"));
    for (const SetupStepDefinition* step : SetupSteps::all())
        QCOMPARE(SetupSteps::fromKey(SetupSteps::key(step->id())), std::optional<SetupStep::Id>(step->id()));
}

void TestPlanner::channelAuthOptions_data()
{
    QTest::addColumn<QString>("recorded");
    QTest::addColumn<int>("tls");
    QTest::addColumn<bool>("publicKey");
    QTest::addColumn<QString>("present");
    QTest::addColumn<QString>("absent");
    const int off = int(TlsMode::Disabled);
    const int verify = int(TlsMode::VerifyIdentity);
    QTest::newRow("8.4 TLS") << "mysql-8.4.3" << verify << true << "SOURCE_SSL=1"
                             << "PUBLIC_KEY";
    QTest::newRow("8.4 no TLS") << "mysql-8.4.3" << off << true << "GET_SOURCE_PUBLIC_KEY=1"
                                << "SOURCE_SSL";
    QTest::newRow("8.4 no TLS, key off") << "mysql-8.4.3" << off << false << "SOURCE_AUTO_POSITION=0"
                                         << "PUBLIC_KEY";
    QTest::newRow("8.0.21 no TLS") << "mysql-8.0.21" << off << true << "GET_MASTER_PUBLIC_KEY=1"
                                   << "MASTER_SSL";
    QTest::newRow("5.7 no TLS") << "mysql-5.7.44" << off << true << "MASTER_AUTO_POSITION=0"
                                << "PUBLIC_KEY";
    QTest::newRow("mariadb no TLS") << "mariadb-10.11.6" << off << true << "MASTER_USE_GTID=no"
                                    << "PUBLIC_KEY";
}

void TestPlanner::channelAuthOptions()
{
    // caching_sha2_password: TLS carries the password exchange, else the source's public key, unless
    // the profile forbids it (preflight then blocks on error 2061).
    QFETCH(QString, recorded);
    QFETCH(int, tls);
    QFETCH(bool, publicKey);
    Profile profile = ScriptedTopology::profile(SetupStrategy::StagingReplica);
    profile.source.tls = TlsMode(tls);
    profile.sourcePublicKey = publicKey;
    SetupConnections connections = ScriptedTopology::of(recorded).connect(profile);
    QVERIFY(connections.complete());
    const QString point
        = stepOf(SetupPlan::build(profile, connections), SetupStep::Id::PointTarget)->commands.value(0);
    QFETCH(QString, present);
    QFETCH(QString, absent);
    QVERIFY2(point.contains(present), qPrintable(point));
    QVERIFY2(!point.contains(absent), qPrintable(point));
}

void TestPlanner::auroraClonePlan_data()
{
    QTest::addColumn<QString>("recorded");
    QTest::addColumn<QString>("pointPrefix");
    QTest::newRow("aurora 2 (mysql 5.7)") << "mysql-5.7.44"
                                          << "CHANGE MASTER TO MASTER_HOST='10.0.3.17'";
    QTest::newRow("aurora 3 (mysql 8.0)") << "mysql-8.0.30"
                                          << "CHANGE REPLICATION SOURCE TO SOURCE_HOST='10.0.3.17'";
}

void TestPlanner::auroraClonePlan()
{
    // The AWS checklist's commands, the clone's position from its event (never its own binary log),
    // the target pointed at the writer, and no stop or resume of a staging replica.
    QFETCH(QString, recorded);
    Profile profile = ScriptedTopology::profile(SetupStrategy::AuroraClone);
    profile.auroraCluster = QStringLiteral("shop");
    profile.clonePosition
        = QStringLiteral("Binlog position from crash recovery is mysql-bin-changelog.000002 154");
    SetupConnections connections = ScriptedTopology::of(recorded).connect(profile);
    QVERIFY(connections.complete());
    const SetupPlan plan = SetupPlan::build(profile, connections);
    QVERIFY(!stepOf(plan, SetupStep::Id::StopStaging) && !stepOf(plan, SetupStep::Id::ResumeStaging));
    const SetupStep* clone = stepOf(plan, SetupStep::Id::CreateClone);
    QVERIFY(clone && clone->kind == SetupStep::Kind::Manual);
    QCOMPARE(clone->shellCommands, clone->commands); // run by the DBA, listed exactly
    QVERIFY(clone->commands.contains(
        QStringLiteral("aws rds restore-db-cluster-to-point-in-time --source-db-cluster-identifier shop "
                       "--db-cluster-identifier shop-replica-seed --restore-type copy-on-write "
                       "--use-latest-restorable-time")));
    const SetupStep* position = stepOf(plan, SetupStep::Id::ReadClonePosition);
    QVERIFY(position && position->commands.isEmpty());
    QVERIFY(position->reads.contains(QStringLiteral("SHOW BINARY LOGS")));
    for (const SetupStep& step : plan.steps())
        for (const QString& read : step.reads)
            QVERIFY2((!read.contains(QLatin1String("MASTER STATUS"))
                      && !read.contains(QLatin1String("LOG STATUS")))
                         || step.role == ServerRole::Source,
                     qPrintable(step.key + QStringLiteral(": ") + read));
    QFETCH(QString, pointPrefix);
    QVERIFY(stepOf(plan, SetupStep::Id::PointTarget)->commands.value(0).startsWith(pointPrefix));
    const SetupStep* remove = stepOf(plan, SetupStep::Id::DeleteClone);
    QVERIFY(remove && remove->kind == SetupStep::Kind::Manual);
    QCOMPARE(
        remove->commands.value(1),
        QStringLiteral(
            "aws rds delete-db-cluster --db-cluster-identifier shop-replica-seed --skip-final-snapshot"));
}

void TestPlanner::planningChangesNothing()
{
    for (SetupStrategy strategy :
         {SetupStrategy::StagingReplica, SetupStrategy::WriteFreeze, SetupStrategy::AuroraClone}) {
        const Profile profile = ScriptedTopology::profile(strategy);
        QHash<ServerRole, std::shared_ptr<ScriptedSession>> scripted;
        SetupConnections connections
            = ScriptedTopology::of(QStringLiteral("mysql-8.4.3")).connect(profile, &scripted);
        const SetupPlan plan = SetupPlan::build(profile, connections);
        QVERIFY(!plan.steps().isEmpty());
        static const QRegularExpression change(
            QStringLiteral("^\\s*(CREATE|GRANT|DROP|ALTER|SET|CHANGE|START|STOP|RESET|INSERT|UPDATE|DELETE|"
                           "CALL mysql.rds_(set|stop|start))"),
            QRegularExpression::CaseInsensitiveOption);
        for (auto it = scripted.cbegin(); it != scripted.cend(); ++it) {
            for (const QString& sql : it.value()->asked())
                QVERIFY2(!change.match(sql).hasMatch(), qPrintable(sql));
        }
    }
}

void TestPlanner::rdsOrNot()
{
    // A self-managed staging replica is stopped and resumed with the dialect's statements, and a
    // self-managed source's binlog expiry (30 days here) is long enough: the plan shows what will
    // really run.
    const Profile profile = ScriptedTopology::profile(SetupStrategy::StagingReplica);
    ScriptedTopology s = ScriptedTopology::of(QStringLiteral("mysql-8.4.3"), false);
    s.source.rds = false;
    SetupConnections connections = s.connect(profile);
    const SetupPlan plan = SetupPlan::build(profile, connections);
    QCOMPARE(stepOf(plan, SetupStep::Id::StopStaging)->commands, QStringList{QStringLiteral("STOP REPLICA")});
    QCOMPARE(stepOf(plan, SetupStep::Id::ResumeStaging)->commands,
             QStringList{QStringLiteral("START REPLICA")});
    QVERIFY(stepOf(plan, SetupStep::Id::Retention)->commands.isEmpty());
    QVERIFY(stepOf(plan, SetupStep::Id::Retention)->nothing.contains(QLatin1String("for 720 h already")));
    // No RDS tables to take along.
    QCOMPARE(stepOf(plan, SetupStep::Id::Seed)->shellCommands.size(), 1);
}

void TestPlanner::retentionCapsPerEngine()
{
    // 500 h: above RDS MySQL's 168 h, within Aurora's 2160 h.
    Profile profile = ScriptedTopology::profile(SetupStrategy::StagingReplica);
    profile.retentionHours = 500;
    ScriptedTopology rds = ScriptedTopology::of(QStringLiteral("mysql-8.0.30"));
    SetupConnections rdsConnections = rds.connect(profile);
    const SetupStep* capped = stepOf(SetupPlan::build(profile, rdsConnections), SetupStep::Id::Retention);
    QVERIFY(capped && !capped->plannable);
    QVERIFY2(capped->description.contains(QLatin1String("above RDS's maximum of 168 h")),
             qPrintable(capped->description));
    ScriptedTopology aurora = ScriptedTopology::of(QStringLiteral("mysql-8.0.30"));
    aurora.source.auroraVersion = QStringLiteral("3.05.2");
    SetupConnections auroraConnections = aurora.connect(profile);
    const SetupStep* raised = stepOf(SetupPlan::build(profile, auroraConnections), SetupStep::Id::Retention);
    QVERIFY(raised && raised->plannable);
    QCOMPARE(raised->commands,
             QStringList{QStringLiteral("CALL mysql.rds_set_configuration('binlog retention hours', 500)")});
    profile.retentionHours = 2161;
    SetupConnections tooLong = aurora.connect(profile);
    const SetupStep* auroraCapped = stepOf(SetupPlan::build(profile, tooLong), SetupStep::Id::Retention);
    QVERIFY(auroraCapped && !auroraCapped->plannable);
    QVERIFY(auroraCapped->description.contains(QLatin1String("above Aurora's maximum of 2160 h")));
    // A self-managed MySQL 8 source (no rds procedures): its expiry variable, persisted. Its
    // recorded expiry is 30 days, so nothing is raised for 500 h.
    ScriptedTopology selfManaged = ScriptedTopology::of(QStringLiteral("mysql-8.0.30"));
    selfManaged.source.rds = false;
    profile.retentionHours = 500;
    SetupConnections plain = selfManaged.connect(profile);
    const SetupStep* kept = stepOf(SetupPlan::build(profile, plain), SetupStep::Id::Retention);
    QVERIFY(kept && kept->plannable && kept->commands.isEmpty());
    profile.retentionHours = 1000; // above the recorded 720 h
    SetupConnections raise = selfManaged.connect(profile);
    const SetupStep* expiry = stepOf(SetupPlan::build(profile, raise), SetupStep::Id::Retention);
    QVERIFY(expiry);
    QCOMPARE(expiry->commands,
             QStringList{QStringLiteral("SET PERSIST binlog_expire_logs_seconds = 3600000")});
}

void TestPlanner::resumeDecisions_data()
{
    QTest::addColumn<int>("step");
    QTest::addColumn<bool>("stagingSqlRunning");
    QTest::addColumn<bool>("sameCoordinates");
    QTest::addColumn<bool>("pointTargetDone");
    QTest::addColumn<bool>("targetPointsAtSource");
    QTest::addColumn<int>("expected"); // 1 still done (skip), 0 run again, -1 refuse to resume
    using I = SetupStep::Id;
    QTest::newRow("stop-staging, still stopped there")
        << int(I::StopStaging) << false << true << false << false << 1;
    QTest::newRow("stop-staging, restarted") << int(I::StopStaging) << true << true << false << false << -1;
    QTest::newRow("stop-staging, moved") << int(I::StopStaging) << false << false << false << false << -1;
    QTest::newRow("stop-staging, target already pointed")
        << int(I::StopStaging) << true << false << true << false << 1;
    QTest::newRow("point-target, pointed") << int(I::PointTarget) << false << true << true << true << 1;
    QTest::newRow("point-target, elsewhere") << int(I::PointTarget) << false << true << true << false << -1;
    QTest::newRow("start-replica, running") << int(I::StartReplica) << false << true << true << true << 1;
    QTest::newRow("start-replica, stopped") << int(I::StartReplica) << false << true << true << false << 0;
    QTest::newRow("verify-replication") << int(I::VerifyReplication) << false << true << true << true << 0;
    QTest::newRow("retention") << int(I::Retention) << false << true << true << true << 1;
    QTest::newRow("seed") << int(I::Seed) << false << true << true << true << 1;
}

void TestPlanner::resumeDecisions()
{
    QFETCH(int, step);
    QFETCH(bool, stagingSqlRunning);
    QFETCH(bool, sameCoordinates);
    QFETCH(bool, pointTargetDone);
    QFETCH(bool, targetPointsAtSource);
    QFETCH(int, expected);
    const Profile profile = ScriptedTopology::profile(SetupStrategy::StagingReplica);
    ScriptedTopology s = ScriptedTopology::of(QStringLiteral("mariadb-10.11.6"), true);
    s.staging.replicaSqlRunning = stagingSqlRunning;
    // A target that replicates from the recorded source (10.0.3.17:3306), or from nothing.
    s.target.replica = targetPointsAtSource;
    SetupConnections connections = s.connect(profile);
    QTemporaryDir dir;
    RunJournal journal(dir.filePath(QStringLiteral("journal.json")));
    journal.begin(QStringLiteral("profile.ini"), QStringLiteral("staging-replica"), {QStringLiteral("shop")});
    if (pointTargetDone)
        QVERIFY(
            journal.setStep(SetupSteps::key(SetupStep::Id::PointTarget), RunJournal::StepState::Done).ok());
    PlanHost host(connections);
    StepContext context(StepContext::Mode::Run, profile, connections, host);
    context.resumedJournal = &journal;
    // The recorded staging replica has executed up to mysql-bin-changelog.000230:98765432.
    context.coordinates = SourceCoordinates{
        QStringLiteral("mysql-bin-changelog.000230"), sameCoordinates ? 98765432u : 4u, {}};
    const Result<bool> still = SetupSteps::find(SetupStep::Id(step))->stillDone(context);
    if (expected < 0) {
        QVERIFY(!still.ok());
        QVERIFY(still.error().fix.contains(QLatin1String("without --resume")));
        return;
    }
    QVERIFY2(still.ok(), still.ok() ? "" : qPrintable(still.error().toText()));
    QCOMPARE(still.value(), expected == 1);
}

QTEST_GUILESS_MAIN(TestPlanner)
#include "tst_planner.moc"
