// The monitoring formats of status on recorded result sets (MySQL 5.7 to 8.4, MariaDB): Prometheus'
// exposition format (metric names, labels, escaping, +Inf) and the Nagios line with performance
// data, for one setup and for a fleet.
#include "PrometheusText.h"
#include "RecordedResultSet.h"
#include "monitor/MetricsExposition.h"
#include "monitor/NagiosLine.h"

#include <QRegularExpression>
#include <QTest>

namespace {

ServerSnapshot sourceSnapshot(bool retentionSet,
                              BinlogRetention::Origin origin = BinlogRetention::Origin::RdsConfiguration)
{
    ServerSnapshot snapshot;
    snapshot.role = ServerRole::Source;
    snapshot.reachable = true;
    snapshot.takenAt = QDateTime::currentDateTimeUtc();
    ServerFacts facts;
    facts.logBin = true;
    facts.rds = origin == BinlogRetention::Origin::RdsConfiguration;
    facts.retention.origin = origin;
    facts.retention.isSet = retentionSet;
    facts.retention.hours = 48;
    facts.sourceStatus = SourceStatus{QStringLiteral("mysql-bin-changelog.000231"), 1876, {}, {}, {}};
    snapshot.facts = facts;
    return snapshot;
}

StatusReport report(const QString& targetFile, bool retentionSet = true,
                    BinlogRetention::Origin origin = BinlogRetention::Origin::RdsConfiguration)
{
    ServerSnapshot target = RecordedResultSet::targetSnapshot(targetFile, 807509301);
    target.takenAt = QDateTime::currentDateTimeUtc();
    target.heartbeatLagSeconds = 2.5;
    return StatusReport({sourceSnapshot(retentionSet, origin), target});
}

} // namespace

class TestStatusFormats : public QObject
{
    Q_OBJECT

private slots:
    void prometheusPerDialect_data();
    void prometheusPerDialect();
    void labelValuesAreEscaped();
    void unlimitedRunwayIsInfinite();
    void nagiosLine();
    void nagiosFleet();
};

void TestStatusFormats::prometheusPerDialect_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("health");
    QTest::addColumn<int>("ioErrno");
    for (const char* server :
         {"mysql-5.7.44", "mysql-8.0.21", "mysql-8.0.30", "mysql-8.4.3", "mariadb-10.11.6"}) {
        const QString s = QString::fromLatin1(server);
        QTest::newRow(qPrintable(s)) << s + QStringLiteral("__replica_status.json") << "ok" << 0;
        QTest::newRow(qPrintable(s + QStringLiteral(" 1236")))
            << s + QStringLiteral("__replica_status_error.json") << "io_error" << 1236;
    }
}

void TestStatusFormats::prometheusPerDialect()
{
    QFETCH(QString, file);
    QFETCH(QString, health);
    QFETCH(int, ioErrno);
    MetricsExposition metrics;
    metrics.add(QStringLiteral("shop"), report(file));
    const QString text = metrics.text();
    QCOMPARE(PrometheusText::problem(text), QString());
    if (const std::optional<QString> complaints = PrometheusText::promtool(text.toUtf8()))
        QVERIFY2(complaints->isEmpty(), qPrintable(*complaints));
    QVERIFY2(text.contains(
                 QStringLiteral("replica_wizard_health{setup=\"shop\",role=\"target\",health=\"%1\"} %2\n")
                     .arg(health)
                     .arg(health == QLatin1String("ok") ? 0 : 2)),
             qPrintable(text));
    QVERIFY(
        text.contains(QStringLiteral("mysql_slave_status_last_io_errno{setup=\"shop\",role=\"target\"} %1\n")
                          .arg(ioErrno)));
    QVERIFY(text.contains(
        QLatin1String("replica_wizard_true_lag_seconds{setup=\"shop\",role=\"target\"} 2.5\n")));
    QVERIFY(text.contains(
        QLatin1String("replica_wizard_binlog_retention_seconds{setup=\"shop\",role=\"source\"} 172800\n")));
    QVERIFY(text.contains(QLatin1String("replica_wizard_up{setup=\"shop\",role=\"source\"} 1\n")));
    QVERIFY(text.contains(QLatin1String("# TYPE mysql_slave_status_exec_master_log_pos gauge\n")));
    // The runway is the target's, one per setup.
    QCOMPARE(text.count(QLatin1String("replica_wizard_binlog_runway_seconds{setup=\"shop\"} ")), 1);
}

void TestStatusFormats::labelValuesAreEscaped()
{
    QCOMPARE(MetricsExposition::escapeLabelValue(QStringLiteral("a\"b\\c\nd")),
             QStringLiteral("a\\\"b\\\\c\\nd"));
    MetricsExposition metrics;
    metrics.add(QStringLiteral("odd \"name\"\\"),
                report(QStringLiteral("mariadb-10.11.6__replica_status.json")));
    metrics.add(QStringLiteral("second"), report(QStringLiteral("mysql-8.4.3__replica_status.json")));
    const QString text = metrics.text();
    QCOMPARE(PrometheusText::problem(text), QString());
    QVERIFY(text.contains(QLatin1String("setup=\"odd \\\"name\\\"\\\\\"")));
    // Two setups: one HELP/TYPE per family, samples of both.
    QCOMPARE(text.count(QLatin1String("# TYPE replica_wizard_up gauge")), 1);
    QCOMPARE(text.count(QLatin1String("replica_wizard_up{")), 4);
}

void TestStatusFormats::unlimitedRunwayIsInfinite()
{
    MetricsExposition metrics;
    metrics.add(QStringLiteral("self"),
                report(QStringLiteral("mariadb-10.11.6__replica_status.json"), false,
                       BinlogRetention::Origin::ServerVariable));
    const QString text = metrics.text();
    QCOMPARE(PrometheusText::problem(text), QString());
    QVERIFY2(text.contains(QLatin1String("replica_wizard_binlog_runway_seconds{setup=\"self\"} +Inf\n")),
             qPrintable(text));
    QVERIFY(!text.contains(QLatin1String("replica_wizard_binlog_retention_seconds")));
}

void TestStatusFormats::nagiosLine()
{
    NagiosLine healthy;
    healthy.add(QStringLiteral("shop"), report(QStringLiteral("mysql-8.0.30__replica_status.json")));
    const QString line = healthy.text();
    QCOMPARE(healthy.severity(), Severity::Ok);
    static const QRegularExpression format(QStringLiteral(
        R"(^REPLICA WIZARD OK - all servers ok, target \d+ s behind \| lag=\d+s;60;;0 true_lag=2\.5s;60;;0 runway=\d+s;21600:;3600:;0\n$)"));
    QVERIFY2(format.match(line).hasMatch(), qPrintable(line));

    NagiosLine broken;
    broken.add(QStringLiteral("shop"), report(QStringLiteral("mysql-8.0.30__replica_status_error.json")));
    QCOMPARE(broken.severity(), Severity::Critical);
    const QString brokenLine = broken.text();
    QVERIFY2(brokenLine.startsWith(QLatin1String("REPLICA WIZARD CRITICAL - target io_error: ")),
             qPrintable(brokenLine));
    QCOMPARE(brokenLine.count(QLatin1Char('|')), 1); // the summary never adds a second one
}

void TestStatusFormats::nagiosFleet()
{
    NagiosLine fleet;
    fleet.add(QStringLiteral("alpha"), report(QStringLiteral("mariadb-10.11.6__replica_status.json")));
    fleet.add(QStringLiteral("beta one"), report(QStringLiteral("mysql-8.4.3__replica_status_error.json")));
    fleet.add(QStringLiteral("it's"), report(QStringLiteral("mysql-5.7.44__replica_status.json")));
    const QString line = fleet.text();
    QCOMPARE(fleet.severity(), Severity::Critical);
    QVERIFY2(line.startsWith(
                 QLatin1String("REPLICA WIZARD CRITICAL - 1 of 3 setups not ok; beta one: target io_error")),
             qPrintable(line));
    // Labels name their setup, quoted where they must be.
    QVERIFY2(line.contains(QLatin1String(" 'alpha lag'=")), qPrintable(line));
    QVERIFY(line.contains(QLatin1String(" 'beta one true_lag'=2.5s;60;;0")));
    QVERIFY(line.contains(QLatin1String(" 'it''s runway'=")));
}

QTEST_GUILESS_MAIN(TestStatusFormats)
#include "tst_status_formats.moc"
