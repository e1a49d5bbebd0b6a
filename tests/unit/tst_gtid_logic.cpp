// GTID positioning decided, checked and planned against scripted servers answering from result
// sets recorded for MySQL 5.7, 8.0, 8.4 and MariaDB 10.11 (no server runs here; MySQL cannot be
// installed on the development machine): which positioning each source/target pair gets, the
// statements the plan shows, the preflight's refusals with their fixes, and the GTID lists and
// sets the status reads.
#include "ScriptedTopology.h"
#include "replication/MariaDbGtidList.h"
#include "replication/MySqlGtidSet.h"
#include "setup/GtidChoice.h"
#include "setup/Preflight.h"
#include "setup/SetupChecks.h"
#include "setup/SetupPlan.h"

#include <QTest>

namespace {

const QString kSourceUuid = QStringLiteral("6b1f0c2e-5d3a-11ee-9b4c-0a7f3e2d91c5");

// A source with GTIDs on, its staging replica, and a fresh target of the same version.
ScriptedTopology gtidServers(const QString& recorded)
{
    ScriptedTopology s = ScriptedTopology::of(recorded);
    if (recorded.startsWith(QLatin1String("mariadb"))) {
        s.source.gtidBinlogPos = QStringLiteral("0-933302652-48211907");
        s.staging.usingGtid = QStringLiteral("Slave_Pos");
    } else {
        for (ScriptedServer* server : {&s.source, &s.staging, &s.target})
            server->gtidMode = QStringLiteral("ON");
        s.source.gtidExecuted = kSourceUuid + QStringLiteral(":1-48211907");
        s.staging.usingGtid = QStringLiteral("1");
    }
    return s;
}

Profile profileFor(GtidUse gtid)
{
    Profile profile = ScriptedTopology::profile(SetupStrategy::StagingReplica);
    profile.gtid = gtid;
    return profile;
}

const PreflightCheck* gtidCheck(const QList<PreflightCheck>& checks)
{
    for (const PreflightCheck& check : checks)
        if (check.id == PreflightCheck::Id::Gtid)
            return &check;
    return nullptr;
}

QStringList pointTargetCommands(const Profile& profile, SetupConnections& connections)
{
    const SetupPlan plan = SetupPlan::build(profile, connections);
    for (const SetupStep& step : plan.steps())
        if (step.id == SetupStep::Id::PointTarget)
            return step.commands;
    return {};
}

} // namespace

class TestGtidLogic : public QObject
{
    Q_OBJECT

private slots:
    void planPositionsByGtid_data();
    void planPositionsByGtid();
    void fileAndPositionWhenOff();
    void mysqlTargetWithItsOwnGtidsIsRefused_data();
    void mysqlTargetWithItsOwnGtidsIsRefused();
    void crossFlavourNeverUsesGtids();
    void mysqlSourceWithoutGtids();
    void mariaDbAutoFollowsTheTopology();
    void mariaDbStrictTargetAhead();
    void mariaDbGtidLists();
    void mysqlGtidSets();
};

void TestGtidLogic::planPositionsByGtid_data()
{
    QTest::addColumn<QString>("recorded");
    QTest::addColumn<QString>("start");
    QTest::addColumn<QString>("change");
    QTest::addColumn<QString>("autoPosition");
    QTest::newRow("mysql 5.7") << "mysql-5.7.44"
                               << "SET GLOBAL gtid_purged = '<gtid position>'"
                               << "CHANGE MASTER TO MASTER_HOST='10.0.3.17'"
                               << "MASTER_AUTO_POSITION=1";
    QTest::newRow("mysql 8.0.21") << "mysql-8.0.21"
                                  << "SET GLOBAL gtid_purged = '<gtid position>'"
                                  << "CHANGE MASTER TO MASTER_HOST='10.0.3.17'"
                                  << "MASTER_AUTO_POSITION=1";
    QTest::newRow("mysql 8.0.30") << "mysql-8.0.30"
                                  << "SET GLOBAL gtid_purged = '<gtid position>'"
                                  << "CHANGE REPLICATION SOURCE TO SOURCE_HOST='10.0.3.17'"
                                  << "SOURCE_AUTO_POSITION=1";
    QTest::newRow("mysql 8.4") << "mysql-8.4.3"
                               << "SET GLOBAL gtid_purged = '<gtid position>'"
                               << "CHANGE REPLICATION SOURCE TO SOURCE_HOST='10.0.3.17'"
                               << "SOURCE_AUTO_POSITION=1";
    QTest::newRow("mariadb 10.11") << "mariadb-10.11.6"
                                   << "SET GLOBAL gtid_slave_pos = '<gtid position>'"
                                   << "CHANGE MASTER TO MASTER_HOST='10.0.3.17'"
                                   << "MASTER_USE_GTID=slave_pos";
}

void TestGtidLogic::planPositionsByGtid()
{
    QFETCH(QString, recorded);
    QFETCH(QString, start);
    QFETCH(QString, change);
    QFETCH(QString, autoPosition);
    const Profile profile = profileFor(GtidUse::Auto);
    SetupConnections connections = gtidServers(recorded).connect(profile);
    QVERIFY(connections.complete());
    const PreflightCheck* check = gtidCheck(Preflight::runOn(profile, connections));
    QVERIFY(check);
    QCOMPARE(check->outcome, PreflightCheck::Outcome::Pass);
    QVERIFY2(check->reason.startsWith(QLatin1String("GTID")), qPrintable(check->reason));
    const QStringList commands = pointTargetCommands(profile, connections);
    QCOMPARE(commands.size(), 2);
    QCOMPARE(commands.first(), start);
    QVERIFY2(commands.last().startsWith(change), qPrintable(commands.last()));
    QVERIFY2(commands.last().contains(autoPosition), qPrintable(commands.last()));
    QVERIFY(!commands.last().contains(QLatin1String("LOG_POS")));
    QVERIFY(commands.last().contains(QLatin1String("PASSWORD='***'")));
}

void TestGtidLogic::fileAndPositionWhenOff()
{
    for (const char* recorded : {"mysql-8.4.3", "mariadb-10.11.6"}) {
        const Profile profile = profileFor(GtidUse::Off);
        SetupConnections connections = gtidServers(QString::fromLatin1(recorded)).connect(profile);
        const QStringList commands = pointTargetCommands(profile, connections);
        QCOMPARE(commands.size(), 1);
        QVERIFY2(commands.first().contains(QLatin1String("LOG_POS=<position>")),
                 qPrintable(commands.first()));
        QVERIFY(commands.first().contains(QLatin1String("AUTO_POSITION=0"))
                || commands.first().contains(QLatin1String("MASTER_USE_GTID=no")));
    }
}

void TestGtidLogic::mysqlTargetWithItsOwnGtidsIsRefused_data()
{
    QTest::addColumn<QString>("recorded");
    QTest::addColumn<QString>("reset");
    QTest::newRow("mysql 8.0.30") << "mysql-8.0.30"
                                  << "RESET MASTER";
    QTest::newRow("mysql 8.4") << "mysql-8.4.3"
                               << "RESET BINARY LOGS AND GTIDS";
}

void TestGtidLogic::mysqlTargetWithItsOwnGtidsIsRefused()
{
    QFETCH(QString, recorded);
    QFETCH(QString, reset);
    ScriptedTopology servers = gtidServers(recorded);
    servers.target.gtidExecuted = QStringLiteral("f2a9b6d1-9c4e-11ef-8d27-0242ac1e0a07:1-3");
    const Profile profile = profileFor(GtidUse::Auto);
    SetupConnections connections = servers.connect(profile);
    const PreflightCheck* check = gtidCheck(Preflight::runOn(profile, connections));
    QVERIFY(check);
    QCOMPARE(check->outcome, PreflightCheck::Outcome::Blocking);
    QVERIFY2(check->reason.contains(QLatin1String("gtid_executed f2a9b6d1-9c4e-11ef-8d27-0242ac1e0a07:1-3")),
             qPrintable(check->reason));
    QCOMPARE(check->fixRole, ServerRole::Target);
    QCOMPARE(check->fixStatements, QStringList{reset});
    QVERIFY(check->fix.contains(QLatin1String("deletes the target's own binary logs")));
    // The run refuses before its first step on the same grounds.
    QVERIFY(SetupChecks::gtidProblem(profile, connections.facts));
}

void TestGtidLogic::crossFlavourNeverUsesGtids()
{
    ScriptedTopology servers = gtidServers(QStringLiteral("mysql-8.0.30"));
    servers.target.recorded = QStringLiteral("mariadb-10.11.6");
    servers.target.gtidMode.clear();
    Profile profile = profileFor(GtidUse::Auto);
    SetupConnections connections = servers.connect(profile);
    const PreflightCheck* automatic = gtidCheck(Preflight::runOn(profile, connections));
    QVERIFY(automatic);
    QCOMPARE(automatic->outcome, PreflightCheck::Outcome::Pass);
    QVERIFY2(automatic->reason.contains(QLatin1String("a MariaDB target cannot use a MySQL source's GTIDs")),
             qPrintable(automatic->reason));
    QCOMPARE(pointTargetCommands(profile, connections).size(), 1);
    profile.gtid = GtidUse::On;
    const PreflightCheck* forced = gtidCheck(Preflight::runOn(profile, connections));
    QVERIFY(forced);
    QCOMPARE(forced->outcome, PreflightCheck::Outcome::Blocking);
    QCOMPARE(forced->reason, QStringLiteral("A MariaDB target cannot use a MySQL source's GTIDs."));
    QVERIFY(forced->fix.contains(QLatin1String("gtid=off")));
}

void TestGtidLogic::mysqlSourceWithoutGtids()
{
    ScriptedTopology servers = gtidServers(QStringLiteral("mysql-8.0.30"));
    servers.source.gtidMode = QStringLiteral("OFF_PERMISSIVE");
    Profile profile = profileFor(GtidUse::Auto);
    SetupConnections connections = servers.connect(profile);
    QCOMPARE(pointTargetCommands(profile, connections).size(), 1);
    profile.gtid = GtidUse::On;
    const PreflightCheck* forced = gtidCheck(Preflight::runOn(profile, connections));
    QVERIFY(forced);
    QCOMPARE(forced->outcome, PreflightCheck::Outcome::Blocking);
    QCOMPARE(forced->reason, QStringLiteral("The source has gtid_mode=OFF_PERMISSIVE, not ON."));
    // A target without GTIDs cannot auto-position either.
    servers = gtidServers(QStringLiteral("mysql-8.4.3"));
    servers.target.gtidMode = QStringLiteral("OFF");
    SetupConnections offTarget = servers.connect(profile);
    const PreflightCheck* target = gtidCheck(Preflight::runOn(profile, offTarget));
    QVERIFY(target && target->outcome == PreflightCheck::Outcome::Blocking);
    QVERIFY2(target->reason.contains(QLatin1String("The target has gtid_mode=OFF")),
             qPrintable(target->reason));
}

void TestGtidLogic::mariaDbAutoFollowsTheTopology()
{
    ScriptedTopology servers = gtidServers(QStringLiteral("mariadb-10.11.6"));
    servers.staging.usingGtid = QStringLiteral("No");
    const Profile profile = profileFor(GtidUse::Auto);
    SetupConnections byPosition = servers.connect(profile);
    const Result<GtidChoice> plain
        = GtidChoice::decide(GtidUse::Auto, &byPosition.facts[ServerRole::Source],
                             &byPosition.facts[ServerRole::Staging], &byPosition.facts[ServerRole::Target]);
    QVERIFY(plain.ok());
    QCOMPARE(plain->mode, GtidChoice::Mode::FilePosition);
    QVERIFY(plain->reason.contains(QLatin1String("gtid=on")));
    servers.source.gtidStrictMode = true;
    SetupConnections strict = servers.connect(profile);
    const Result<GtidChoice> strictSource
        = GtidChoice::decide(GtidUse::Auto, &strict.facts[ServerRole::Source],
                             &strict.facts[ServerRole::Staging], &strict.facts[ServerRole::Target]);
    QVERIFY(strictSource.ok());
    QCOMPARE(strictSource->mode, GtidChoice::Mode::MariaDbSlavePos);
    // Write freeze (no staging replica): the source's strict mode decides alone.
    const Result<GtidChoice> freeze = GtidChoice::decide(GtidUse::Auto, &strict.facts[ServerRole::Source],
                                                         nullptr, &strict.facts[ServerRole::Target]);
    QVERIFY(freeze.ok() && freeze->byGtid());
}

void TestGtidLogic::mariaDbStrictTargetAhead()
{
    ScriptedTopology servers = gtidServers(QStringLiteral("mariadb-10.11.6"));
    servers.target.gtidStrictMode = true;
    servers.target.gtidBinlogPos = QStringLiteral("0-1-3,7-1-40");
    const Profile profile = profileFor(GtidUse::Auto);
    SetupConnections behind = servers.connect(profile);
    // Its own GTIDs below the source's in domain 0 (and a domain the source does not use): fine.
    QVERIFY(!SetupChecks::gtidProblem(profile, behind.facts));
    servers.target.gtidBinlogPos = QStringLiteral("0-1-99999999");
    SetupConnections ahead = servers.connect(profile);
    const auto problem = SetupChecks::gtidProblem(profile, ahead.facts);
    QVERIFY(problem);
    QVERIFY2(problem->error.explanation.contains(QLatin1String(
                 "domain 0: the target's binary log is at 0-1-99999999, the source at 0-933302652-48211907")),
             qPrintable(problem->error.explanation));
    QVERIFY(problem->error.explanation.contains(QLatin1String("error 1950")));
    QCOMPARE(problem->fixStatements, QStringList{QStringLiteral("RESET MASTER")});
    // Without strict mode MariaDB applies them anyway: no refusal.
    servers.target.gtidStrictMode = false;
    SetupConnections lenient = servers.connect(profile);
    QVERIFY(!SetupChecks::gtidProblem(profile, lenient.facts));
}

void TestGtidLogic::mariaDbGtidLists()
{
    const auto list = MariaDbGtidList::parse(QStringLiteral("0-1-100, 1-2-5"));
    QVERIFY(list);
    QCOMPARE(list->gtids().size(), 2);
    QCOMPARE(list->toString(), QStringLiteral("0-1-100,1-2-5"));
    const auto applied = MariaDbGtidList::parse(QStringLiteral("0-1-90"));
    QVERIFY(applied);
    QCOMPARE(list->sequencesAhead(*applied), quint64(10 + 5)); // domain 1 not applied at all
    QCOMPARE(applied->sequencesAhead(*list), quint64(0));
    QVERIFY(MariaDbGtidList::parse(QString())->isEmpty());
    for (const char* bad : {"0-1", "0-1-x", "a-b-c", "0-1-5,0-2-6", "0-1-5;1-1-1", "mysql-bin.000002:4"})
        QVERIFY2(!MariaDbGtidList::parse(QString::fromLatin1(bad)), bad);
}

void TestGtidLogic::mysqlGtidSets()
{
    const auto source = MySqlGtidSet::parse(kSourceUuid + QStringLiteral(":1-100:120-130,\n")
                                            + kSourceUuid.toUpper() + QStringLiteral(":101-105"));
    QVERIFY(source);
    const auto replica = MySqlGtidSet::parse(kSourceUuid + QStringLiteral(":1-90"));
    QVERIFY(replica);
    // 91-105 and 120-130 are missing: 15 + 11.
    QCOMPARE(source->countMissingFrom(*replica), quint64(26));
    QCOMPARE(replica->countMissingFrom(*source), quint64(0));
    // MySQL 8.4 tagged GTIDs count apart from the untagged ones.
    const auto tagged = MySqlGtidSet::parse(kSourceUuid + QStringLiteral(":1-5:batch:1-3"));
    QVERIFY(tagged);
    QCOMPARE(tagged->countMissingFrom(*MySqlGtidSet::parse(kSourceUuid + QStringLiteral(":1-5"))),
             quint64(3));
    for (const char* bad :
         {"not-a-uuid:1-5", "6b1f0c2e-5d3a-11ee-9b4c-0a7f3e2d91c5",
          "6b1f0c2e-5d3a-11ee-9b4c-0a7f3e2d91c5:5-1", "6b1f0c2e-5d3a-11ee-9b4c-0a7f3e2d91c5:0-3"})
        QVERIFY2(!MySqlGtidSet::parse(QString::fromLatin1(bad)), bad);
}

QTEST_GUILESS_MAIN(TestGtidLogic)
#include "tst_gtid_logic.moc"
