#include "monitor/BinlogRunway.h"
#include "monitor/RecoveryAction.h"

#include <QTest>

// The binlog runway estimate and which recovery actions the dashboard offers.
class TestRunway : public QObject
{
    Q_OBJECT

private slots:
    void runwayFromRetentionAndDataTime_data();
    void runwayFromRetentionAndDataTime();
    void nullRetentionOnRdsIsCritical();
    void noExpiryOutsideRdsIsUnlimited();
    void dataTimeFromHeartbeatOrSecondsBehind();
    void runwayFromTheNeededBinlogFile();
    void purgedBinlogOffersOnlyReseed();
    void stoppedOrNetworkFailureOffersStart();
    void shortRunwayOnRdsOffersRetention();
    void raisedRetentionStaysWithinRdsLimits();

private:
    static ServerSnapshot source(bool rds, bool isSet, double hours);
};

ServerSnapshot TestRunway::source(bool rds, bool isSet, double hours)
{
    ServerSnapshot s;
    s.reachable = true;
    ServerFacts facts;
    facts.rds = rds;
    facts.retention.origin
        = rds ? BinlogRetention::Origin::RdsConfiguration : BinlogRetention::Origin::ServerVariable;
    facts.retention.isSet = isSet;
    facts.retention.hours = hours;
    s.facts = facts;
    return s;
}

void TestRunway::runwayFromRetentionAndDataTime_data()
{
    QTest::addColumn<double>("retentionHours");
    QTest::addColumn<int>("dataAgeSeconds");
    QTest::addColumn<int>("expectedState");
    QTest::addColumn<qint64>("expectedSeconds");

    QTest::newRow("caught up, 48 h") << 48.0 << 0 << int(BinlogRunway::State::Ok) << qint64(48 * 3600);
    QTest::newRow("10 h behind, 48 h")
        << 48.0 << 10 * 3600 << int(BinlogRunway::State::Ok) << qint64(38 * 3600);
    QTest::newRow("40 h behind, 48 h")
        << 48.0 << 40 * 3600 << int(BinlogRunway::State::Shrinking) << qint64(8 * 3600);
    QTest::newRow("47.5 h behind") << 48.0 << 47 * 3600 + 1800 << int(BinlogRunway::State::Critical)
                                   << qint64(1800);
    QTest::newRow("past") << 24.0 << 30 * 3600 << int(BinlogRunway::State::Critical) << qint64(-6 * 3600);
}

void TestRunway::runwayFromRetentionAndDataTime()
{
    QFETCH(double, retentionHours);
    QFETCH(int, dataAgeSeconds);
    QFETCH(int, expectedState);
    QFETCH(qint64, expectedSeconds);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const BinlogRunway runway = BinlogRunway::estimate(source(true, true, retentionHours), nullptr,
                                                       now.addSecs(-dataAgeSeconds), now);
    QCOMPARE(int(runway.state), expectedState);
    QCOMPARE(runway.seconds, expectedSeconds);
    QVERIFY(!runway.text.isEmpty());
}

void TestRunway::nullRetentionOnRdsIsCritical()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const BinlogRunway runway = BinlogRunway::estimate(source(true, false, 0), nullptr, now, now);
    QCOMPARE(runway.state, BinlogRunway::State::Critical);
    QVERIFY(runway.text.contains(QLatin1String("NULL")));
}

void TestRunway::noExpiryOutsideRdsIsUnlimited()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QCOMPARE(BinlogRunway::estimate(source(false, false, 0), nullptr, now, now).state,
             BinlogRunway::State::Unlimited);
    // Without a data time, the runway is unknown, never guessed.
    QCOMPARE(BinlogRunway::estimate(source(true, true, 48), nullptr, std::nullopt, now).state,
             BinlogRunway::State::Unknown);
}

void TestRunway::dataTimeFromHeartbeatOrSecondsBehind()
{
    ServerSnapshot target;
    target.takenAt = QDateTime::currentDateTimeUtc();
    QVERIFY(!BinlogRunway::dataTime(target));
    ServerFacts facts;
    facts.replicaStatus = ReplicaStatus();
    facts.replicaStatus->secondsBehindSource = 120;
    target.facts = facts;
    QCOMPARE(BinlogRunway::dataTime(target).value(), target.takenAt.addSecs(-120));
    target.heartbeatLagSeconds = 7.5;
    QCOMPARE(BinlogRunway::dataTime(target).value(), target.takenAt.addMSecs(-7500));
}

void TestRunway::runwayFromTheNeededBinlogFile()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    ServerSnapshot src = source(true, true, 24);
    src.binaryLogs = {{QStringLiteral("mysql-bin-changelog.000010"), 100, now.addSecs(-30 * 3600)},
                      {QStringLiteral("mysql-bin-changelog.000011"), 100, now.addSecs(-20 * 3600)},
                      {QStringLiteral("mysql-bin-changelog.000012"), 100, now.addSecs(-3600)}};
    ServerSnapshot target;
    ServerFacts facts;
    facts.replicaStatus = ReplicaStatus();
    target.facts = facts;
    const auto needing = [&](const char* file) {
        target.facts->replicaStatus->execSourceLogFile = QString::fromLatin1(file);
        // A data time that would say otherwise: the file's own clock wins.
        return BinlogRunway::estimate(src, &target, now, now);
    };
    // .000011 ended when .000012 started, an hour ago: safe for 23 more hours.
    QCOMPARE(needing("mysql-bin-changelog.000011").seconds, qint64(23 * 3600));
    QCOMPARE(needing("mysql-bin-changelog.000011").state, BinlogRunway::State::Ok);
    // .000010 ended 20 h ago: 4 h left of 24, under a quarter.
    QCOMPARE(needing("mysql-bin-changelog.000010").seconds, qint64(4 * 3600));
    QCOMPARE(needing("mysql-bin-changelog.000010").state, BinlogRunway::State::Shrinking);
    // The current file: at least the whole retention.
    QCOMPARE(needing("mysql-bin-changelog.000012").seconds, qint64(24 * 3600));
    // Older than the oldest file kept: gone.
    const BinlogRunway gone = needing("mysql-bin-changelog.000009");
    QCOMPARE(gone.state, BinlogRunway::State::Critical);
    QVERIFY(gone.text.contains(QLatin1String("000009")));
    // The next file's start unknown: the data time is used.
    src.binaryLogs[1].startedAt.reset();
    target.facts->replicaStatus->execSourceLogFile = QStringLiteral("mysql-bin-changelog.000010");
    QCOMPARE(BinlogRunway::estimate(src, &target, now.addSecs(-3600), now).seconds, qint64(23 * 3600));
}

void TestRunway::purgedBinlogOffersOnlyReseed()
{
    const Diagnosis purged{QStringLiteral("binlog_purged"), QStringLiteral("x"), QStringLiteral("y")};
    BinlogRunway critical;
    critical.state = BinlogRunway::State::Critical;
    QCOMPARE(RecoveryActions::offeredFor(Health::IoError, purged, critical, true),
             QList<RecoveryAction>{RecoveryAction::Reseed});
}

void TestRunway::stoppedOrNetworkFailureOffersStart()
{
    const BinlogRunway fine;
    QCOMPARE(RecoveryActions::offeredFor(Health::Stopped, std::nullopt, fine, true),
             QList<RecoveryAction>{RecoveryAction::StartReplica});
    const Diagnosis network{QStringLiteral("unreachable"), {}, {}};
    QCOMPARE(RecoveryActions::offeredFor(Health::IoError, network, fine, true),
             QList<RecoveryAction>{RecoveryAction::StartReplica});
    // A data error is not repaired by starting again (and never by skipping).
    const Diagnosis drift{QStringLiteral("data_drift"), {}, {}};
    QVERIFY(RecoveryActions::offeredFor(Health::SqlError, drift, fine, true).isEmpty());
    QVERIFY(RecoveryActions::offeredFor(Health::Ok, std::nullopt, fine, true).isEmpty());
}

void TestRunway::shortRunwayOnRdsOffersRetention()
{
    BinlogRunway shrinking;
    shrinking.state = BinlogRunway::State::Shrinking;
    QCOMPARE(RecoveryActions::offeredFor(Health::Ok, std::nullopt, shrinking, true),
             QList<RecoveryAction>{RecoveryAction::RaiseRetention});
    QVERIFY(RecoveryActions::offeredFor(Health::Ok, std::nullopt, shrinking, false).isEmpty());
}

void TestRunway::raisedRetentionStaysWithinRdsLimits()
{
    QCOMPARE(RecoveryActions::raisedRetentionHours(0), 48);
    QCOMPARE(RecoveryActions::raisedRetentionHours(48), 96);
    QCOMPARE(RecoveryActions::raisedRetentionHours(120), 168);
}

QTEST_GUILESS_MAIN(TestRunway)
#include "tst_runway.moc"
