// Health classification and the status report (JSON fields, exit codes) on recorded result sets.
#include "RecordedResultSet.h"
#include "db/ErrorCatalog.h"
#include "monitor/StatusReport.h"
#include "replication/Dialect.h"

#include <QJsonObject>
#include <QTest>

namespace {

ServerSnapshot replicaSnapshot(const QString& file)
{
    return RecordedResultSet::targetSnapshot(file, 807509301);
}

ServerSnapshot sourceSnapshot()
{
    ServerSnapshot snapshot;
    snapshot.role = ServerRole::Source;
    snapshot.reachable = true;
    ServerFacts facts;
    facts.serverId = 933302652;
    facts.logBin = true;
    facts.rds = true;
    facts.retention.origin = BinlogRetention::Origin::RdsConfiguration;
    facts.retention.isSet = true;
    facts.retention.hours = 48;
    facts.sourceStatus = SourceStatus{QStringLiteral("mysql-bin-changelog.000231"), 1876, {}, {}, {}};
    snapshot.facts = facts;
    return snapshot;
}

} // namespace

class TestHealth : public QObject
{
    Q_OBJECT

private slots:
    void recorded_data();
    void recorded();
    void synthetic_data();
    void synthetic();
    void reportJson();
    void unreachableSourceIsCritical();
    void hungSourceIsDiagnosed();
};

void TestHealth::recorded_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("health");
    for (const char* server :
         {"mysql-5.7.44", "mysql-8.0.21", "mysql-8.0.30", "mysql-8.4.3", "mariadb-10.11.6"}) {
        const QString s = QString::fromLatin1(server);
        QTest::newRow(qPrintable(s + QStringLiteral(" healthy")))
            << s + QStringLiteral("__replica_status.json") << "ok";
        QTest::newRow(qPrintable(s + QStringLiteral(" 1236")))
            << s + QStringLiteral("__replica_status_error.json") << "io_error";
    }
    QTest::newRow("not a replica") << "mariadb-10.11.6__replica_status_empty.json"
                                   << "not_replica";
}

void TestHealth::recorded()
{
    QFETCH(QString, file);
    QTEST(HealthClassifier::key(HealthClassifier::classifyReplica(replicaSnapshot(file))), "health");
}

void TestHealth::synthetic_data()
{
    QTest::addColumn<QString>("io");
    QTest::addColumn<QString>("sql");
    QTest::addColumn<int>("ioErrno");
    QTest::addColumn<int>("sqlErrno");
    QTest::addColumn<int>("lag"); // -1: NULL
    QTest::addColumn<QString>("health");
    QTest::addColumn<int>("severity");
    QTest::newRow("ok") << "Yes"
                        << "Yes" << 0 << 0 << 0 << "ok" << 0;
    QTest::newRow("lagging") << "Yes"
                             << "Yes" << 0 << 0 << 600 << "lagging" << 1;
    QTest::newRow("connecting") << "Connecting"
                                << "Yes" << 0 << 0 << -1 << "connecting" << 1;
    QTest::newRow("connecting with error") << "Connecting"
                                           << "Yes" << 1045 << 0 << -1 << "io_error" << 2;
    QTest::newRow("sql error") << "Yes"
                               << "No" << 0 << 1062 << -1 << "sql_error" << 2;
    QTest::newRow("stopped") << "No"
                             << "No" << 0 << 0 << -1 << "stopped" << 2;
    QTest::newRow("sql stopped") << "Yes"
                                 << "No" << 0 << 0 << -1 << "stopped" << 2;
}

void TestHealth::synthetic()
{
    QFETCH(QString, io);
    QFETCH(QString, sql);
    QFETCH(int, ioErrno);
    QFETCH(int, sqlErrno);
    QFETCH(int, lag);
    ServerSnapshot snapshot = replicaSnapshot(QStringLiteral("mariadb-10.11.6__replica_status.json"));
    ReplicaStatus& r = *snapshot.facts->replicaStatus;
    r.ioRunning = io;
    r.sqlRunning = sql;
    r.lastIoErrno = ioErrno;
    r.lastSqlErrno = sqlErrno;
    r.secondsBehindSource = lag < 0 ? std::nullopt : std::optional<qint64>(lag);
    const Health health = HealthClassifier::classifyReplica(snapshot);
    QTEST(HealthClassifier::key(health), "health");
    QTEST(int(HealthClassifier::severity(health)), "severity");
}

void TestHealth::reportJson()
{
    ServerSnapshot staging = replicaSnapshot(QStringLiteral("mariadb-10.11.6__replica_status.json"));
    staging.role = ServerRole::Staging;
    ServerSnapshot target = replicaSnapshot(QStringLiteral("mariadb-10.11.6__replica_status_error.json"));
    const StatusReport report({sourceSnapshot(), staging, target});
    const QJsonObject json = report.toJson();

    const QJsonObject source = json.value(QStringLiteral("source")).toObject();
    QCOMPARE(source.value(QStringLiteral("reachable")).toBool(), true);
    QCOMPARE(source.value(QStringLiteral("binlog_file")).toString(),
             QStringLiteral("mysql-bin-changelog.000231"));
    QCOMPARE(source.value(QStringLiteral("binlog_position")).toInteger(), 1876);
    QCOMPARE(source.value(QStringLiteral("retention_hours")).toDouble(), 48.0);
    QCOMPARE(source.value(QStringLiteral("server_id")).toInteger(), 933302652);

    const QJsonObject s = json.value(QStringLiteral("staging")).toObject();
    QCOMPARE(s.value(QStringLiteral("io_running")).toBool(), true);
    QCOMPARE(s.value(QStringLiteral("sql_running")).toBool(), true);
    QCOMPARE(s.value(QStringLiteral("exec_source_log_file")).toString(),
             QStringLiteral("mysql-bin-changelog.000230"));
    QCOMPARE(s.value(QStringLiteral("exec_source_log_pos")).toInteger(), 98765432);
    QCOMPARE(s.value(QStringLiteral("health")).toString(), QStringLiteral("ok"));

    const QJsonObject t = json.value(QStringLiteral("target")).toObject();
    QCOMPARE(t.value(QStringLiteral("io_running")).toBool(), false);
    QCOMPARE(t.value(QStringLiteral("last_io_errno")).toInt(), 1236);
    QVERIFY(t.value(QStringLiteral("seconds_behind")).isNull());
    QCOMPARE(t.value(QStringLiteral("health")).toString(), QStringLiteral("io_error"));
    const QJsonObject diagnosis = t.value(QStringLiteral("diagnosis")).toObject();
    QCOMPARE(diagnosis.value(QStringLiteral("id")).toString(), QStringLiteral("binlog_purged"));
    QVERIFY(diagnosis.value(QStringLiteral("summary")).toString().contains(QLatin1String("1236")));
    QVERIFY(
        diagnosis.value(QStringLiteral("fix")).toString().contains(QLatin1String("Seed the target again")));
    QVERIFY(s.value(QStringLiteral("diagnosis")).isNull());

    const QJsonObject overall = json.value(QStringLiteral("overall")).toObject();
    QCOMPARE(overall.value(QStringLiteral("status")).toString(), QStringLiteral("CRITICAL"));
    QCOMPARE(overall.value(QStringLiteral("exit_code")).toInt(), 2);
    QCOMPARE(report.overall(), Severity::Critical);
}

void TestHealth::unreachableSourceIsCritical()
{
    ServerSnapshot source;
    source.role = ServerRole::Source;
    source.reachable = false;
    source.error = EngineError::local(QStringLiteral("down"));
    const StatusReport report({source});
    QCOMPARE(report.overall(), Severity::Critical);
    QCOMPARE(report.toJson()
                 .value(QStringLiteral("source"))
                 .toObject()
                 .value(QStringLiteral("reachable"))
                 .toBool(),
             false);
    QVERIFY(report.toJson()
                .value(QStringLiteral("source"))
                .toObject()
                .value(QStringLiteral("binlog_file"))
                .isNull());
}

void TestHealth::hungSourceIsDiagnosed()
{
    // The replica still says IO Yes, lag 0; only the source's own snapshot shows it hangs.
    ServerSnapshot source;
    source.role = ServerRole::Source;
    source.reachable = false;
    source.error = ErrorCatalog::classify(2013, QStringLiteral("Lost connection to server at 'handshake'"));
    const ServerSnapshot target = replicaSnapshot(QStringLiteral("mysql-8.0.30__replica_status.json"));
    const StatusReport report({source, target});
    const QJsonObject t = report.toJson().value(QStringLiteral("target")).toObject();
    QCOMPARE(t.value(QStringLiteral("diagnosis")).toObject().value(QStringLiteral("id")).toString(),
             QStringLiteral("source_hung"));
    QCOMPARE(report.overall(), Severity::Critical);
}

QTEST_GUILESS_MAIN(TestHealth)
#include "tst_health.moc"
