// Aurora's crash-recovery event as the DBA pastes it (parsed strictly, each fault named), and the
// AWS checklist's names taken from the profile or the cluster endpoint.
#include "replication/CrashRecoveryPosition.h"
#include "setup/AuroraChecklist.h"

#include <QTest>

class TestAuroraLogic : public QObject
{
    Q_OBJECT

private slots:
    void acceptsTheEventAsAwsPrintsIt_data();
    void acceptsTheEventAsAwsPrintsIt();
    void refusesAnythingElse_data();
    void refusesAnythingElse();
    void checklistNamesFromTheEndpoint();
    void checklistNamesFromTheProfile();
};

void TestAuroraLogic::acceptsTheEventAsAwsPrintsIt_data()
{
    QTest::addColumn<QString>("pasted");
    QTest::newRow("text output") << "Binlog position from crash recovery is mysql-bin-changelog.000003 4278";
    QTest::newRow("with blanks")
        << "  Binlog position from crash recovery is mysql-bin-changelog.000003 4278\n";
    QTest::newRow("json output")
        << "\"Binlog position from crash recovery is mysql-bin-changelog.000003 4278\"";
}

void TestAuroraLogic::acceptsTheEventAsAwsPrintsIt()
{
    QFETCH(QString, pasted);
    const Result<CrashRecoveryPosition> parsed = CrashRecoveryPosition::parse(pasted);
    QVERIFY2(parsed.ok(), parsed.ok() ? "" : qPrintable(parsed.error().toText()));
    QCOMPARE(parsed->file, QStringLiteral("mysql-bin-changelog.000003"));
    QCOMPARE(parsed->position, quint64(4278));
    QCOMPARE(parsed->eventLine(),
             QStringLiteral("Binlog position from crash recovery is mysql-bin-changelog.000003 4278"));
}

void TestAuroraLogic::refusesAnythingElse_data()
{
    QTest::addColumn<QString>("pasted");
    QTest::addColumn<QString>("named");
    QTest::newRow("nothing") << "   "
                             << "No crash-recovery position";
    QTest::newRow("another event") << "Binlog position from snapshot is mysql-bin-changelog.000003 4278"
                                   << "is not Aurora's crash-recovery event";
    QTest::newRow("SHOW MASTER STATUS pasted") << "mysql-bin-changelog.000001\t154"
                                               << "is not Aurora's crash-recovery event";
    QTest::newRow("no position") << "Binlog position from crash recovery is mysql-bin-changelog.000003"
                                 << "must end with exactly a binary log file name and a position";
    QTest::newRow("trailing words")
        << "Binlog position from crash recovery is mysql-bin-changelog.000003 4278 (approx)"
        << "must end with exactly a binary log file name and a position";
    QTest::newRow("two blanks") << "Binlog position from crash recovery is mysql-bin-changelog.000003  4278"
                                << "must end with exactly a binary log file name and a position";
    QTest::newRow("file without number") << "Binlog position from crash recovery is mysql-bin-changelog 4278"
                                         << "is not a binary log file name";
    QTest::newRow("a path") << "Binlog position from crash recovery is ../mysql-bin-changelog.000003 4278"
                            << "is not a binary log file name";
    QTest::newRow("quote in the name") << "Binlog position from crash recovery is x'.000003 4278"
                                       << "is not a binary log file name";
    QTest::newRow("negative") << "Binlog position from crash recovery is mysql-bin-changelog.000003 -5"
                              << "is not a binary log position";
    QTest::newRow("inside the magic number")
        << "Binlog position from crash recovery is mysql-bin-changelog.000003 3"
        << "is not a binary log position";
    QTest::newRow("not a number") << "Binlog position from crash recovery is mysql-bin-changelog.000003 4k"
                                  << "is not a binary log position";
    QTest::newRow("overflow")
        << "Binlog position from crash recovery is mysql-bin-changelog.000003 99999999999999999999"
        << "is not a binary log position";
}

void TestAuroraLogic::refusesAnythingElse()
{
    QFETCH(QString, pasted);
    QFETCH(QString, named);
    const Result<CrashRecoveryPosition> parsed = CrashRecoveryPosition::parse(pasted);
    QVERIFY(!parsed.ok());
    QVERIFY2(parsed.error().explanation.contains(named), qPrintable(parsed.error().explanation));
    QVERIFY(parsed.error().fix.contains(QLatin1String("describe-events")));
    QCOMPARE(parsed.error().diagnosisId, QStringLiteral("clone_position_malformed"));
}

void TestAuroraLogic::checklistNamesFromTheEndpoint()
{
    Profile profile;
    profile.source.host = QStringLiteral("shop.cluster-c9akciq32.eu-west-1.rds.amazonaws.com");
    profile.retentionHours = 5000; // above Aurora's cap: the checklist asks for the cap
    const AuroraChecklist checklist(profile);
    QCOMPARE(checklist.cluster(), QStringLiteral("shop"));
    QCOMPARE(checklist.clone(), QStringLiteral("shop-replica-seed"));
    QCOMPARE(checklist.region(), QStringLiteral("eu-west-1"));
    const QList<AuroraChecklist::Item> items = checklist.beforeSetup();
    QCOMPARE(items.size(), 4);
    QCOMPARE(items.at(1).commands,
             QStringList{QStringLiteral("CALL mysql.rds_set_configuration('binlog retention hours', 2160)")});
    for (const QString& command : items.at(2).commands)
        QVERIFY2(command.startsWith(QLatin1String("aws rds "))
                     && command.endsWith(QLatin1String(" --region eu-west-1")),
                 qPrintable(command));
    QVERIFY(items.at(3).commands.first().contains(
        QLatin1String("--source-identifier shop-replica-seed --duration 1440")));
}

void TestAuroraLogic::checklistNamesFromTheProfile()
{
    Profile profile;
    profile.source.host = QStringLiteral("10.1.2.3"); // no endpoint to read names from
    QCOMPARE(AuroraChecklist(profile).cluster(), QStringLiteral("<cluster>"));
    QCOMPARE(AuroraChecklist(profile).clone(), QStringLiteral("<clone>"));
    QVERIFY(AuroraChecklist(profile).region().isEmpty());
    profile.auroraCluster = QStringLiteral("orders");
    profile.cloneCluster = QStringLiteral("orders-seed-2026");
    const AuroraChecklist named(profile);
    QCOMPARE(
        named.deleteClone().commands,
        (QStringList{
            QStringLiteral("aws rds delete-db-instance --db-instance-identifier orders-seed-2026-instance-1"),
            QStringLiteral("aws rds delete-db-cluster --db-cluster-identifier orders-seed-2026 "
                           "--skip-final-snapshot")}));
}

QTEST_GUILESS_MAIN(TestAuroraLogic)
#include "tst_aurora_logic.moc"
