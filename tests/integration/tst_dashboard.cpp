// The status dashboard, offscreen, on a sandbox whose target was set up by the real CLI: a
// healthy target, true lag against a known MASTER_DELAY under write load, the "start again"
// action, and a broken target with its diagnosis. With SCREENSHOT_DIR set, the healthy and the
// broken dashboards are saved as PNGs.
#include "SandboxFixture.h"
#include "dashboard/DashboardWindow.h"
#include "dashboard/DiagnosisBox.h"
#include "dashboard/LagChart.h"
#include "dashboard/ReplicaPanel.h"
#include "dashboard/SourcePanel.h"
#include "dashboard/TopologyStrip.h"
#include "monitor/DashboardModel.h"
#include "sandbox/Sandbox.h"
#include "widgets/MessageBoxes.h"

#include <QApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QTest>

class TestDashboard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void healthyTarget();
    void trueLagMatchesAKnownDelay();
    void stoppedTargetIsStartedAgain();
    void brokenTargetShowsTheDiagnosis();
    void cleanupTestCase();

private:
    std::unique_ptr<DashboardWindow> openDashboard();
    void root(ServerRole role, const QString& sql);
    void screenshot(QWidget* widget, const QString& name);

    SandboxFixture m_sandbox;
    QDateTime m_startedAt;
};

void TestDashboard::initTestCase()
{
    QString message;
    m_startedAt = QDateTime::currentDateTimeUtc();
    QVERIFY2(m_sandbox.start({QStringLiteral("--no-data")}, &message), qPrintable(message));
    root(ServerRole::Source, QStringLiteral("CREATE DATABASE app"));
    root(ServerRole::Source, QStringLiteral("CREATE TABLE app.items (id INT PRIMARY KEY, name VARCHAR(40))"));
    root(ServerRole::Source, QStringLiteral("INSERT INTO app.items VALUES (1, 'one')"));
    QTRY_VERIFY_WITH_TIMEOUT(m_sandbox.rootSession(ServerRole::Staging)
                                 ->query(QStringLiteral("SELECT COUNT(*) AS n FROM app.items"))
                                 .ok(),
                             20000);
    const auto setup = SandboxFixture::runCli({QStringLiteral("setup"), QStringLiteral("--profile"),
                                               m_sandbox.profilePath(), QStringLiteral("--secrets"),
                                               m_sandbox.secretsPath(), QStringLiteral("--yes")},
                                              300000);
    QVERIFY2(setup.exitCode == 0, setup.err.right(1500).constData());
}

void TestDashboard::cleanupTestCase()
{
    MessageBoxes::setAutoAnswer(QMessageBox::NoButton);
}

std::unique_ptr<DashboardWindow> TestDashboard::openDashboard()
{
    const QHash<ServerRole, QByteArray> passwords = m_sandbox.passwords();
    StatusPoller::Options options;
    options.intervalMs = 500;
    auto dashboard = std::make_unique<DashboardWindow>(m_sandbox.profile(), passwords, options);
    dashboard->resize(1280, 820);
    dashboard->show();
    return dashboard;
}

void TestDashboard::root(ServerRole role, const QString& sql)
{
    auto session = m_sandbox.rootSession(role);
    QVERIFY(session);
    const Status done = session->execute(sql);
    QVERIFY2(done.ok(), done.ok() ? "" : qPrintable(done.error().toText()));
}

void TestDashboard::screenshot(QWidget* widget, const QString& name)
{
    const QString dir = qEnvironmentVariable("SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QTest::qWait(300); // let the layouts settle after the last update
    QVERIFY(widget->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png")));
}

void TestDashboard::healthyTarget()
{
    const auto dashboard = openDashboard();
    QVERIFY(dashboard->poller());
    dashboard->setWriteHeartbeat(true);
    ReplicaPanel* target = dashboard->replicaPanel(ServerRole::Target);
    QVERIFY(target);
    QTRY_COMPARE_WITH_TIMEOUT(dashboard->model()->health(ServerRole::Target), Health::Ok, 20000);
    QTRY_COMPARE_WITH_TIMEOUT(dashboard->model()->health(ServerRole::Staging), Health::Ok, 20000);
    QTRY_COMPARE_WITH_TIMEOUT(dashboard->model()->health(ServerRole::Source), Health::Ok, 20000);
    QCOMPARE(dashboard->topology()->badgeText(ServerRole::Target), QStringLiteral("ok"));
    QCOMPARE(dashboard->topology()->badgeText(ServerRole::Staging), QStringLiteral("ok"));
    QCOMPARE(target->healthText(), QStringLiteral("ok"));
    QCOMPARE(target->fieldText(QStringLiteral("io")), QStringLiteral("Yes"));
    QCOMPARE(target->fieldText(QStringLiteral("sql")), QStringLiteral("Yes"));
    QVERIFY(target->fieldText(QStringLiteral("executed")).startsWith(QLatin1String("mysql-bin-changelog.")));
    QVERIFY(!dashboard->model()->diagnosis(ServerRole::Target));
    QVERIFY(dashboard->diagnosisBox()->text().contains(QLatin1String("Nothing to report")));
    QVERIFY(dashboard->diagnosisBox()->actionLabels().isEmpty());

    // The source panel: position in RDS's binlog naming, the binlog list, retention from setup.
    SourcePanel* source = dashboard->sourcePanel();
    QVERIFY(source->fieldText(QStringLiteral("position")).startsWith(QLatin1String("mysql-bin-changelog.")));
    QVERIFY(source->binlogCount() >= 1);
    QCOMPARE(source->fieldText(QStringLiteral("retention")), QStringLiteral("48 h"));
    // Each binlog's start, read from its first event over the replication protocol.
    QTRY_VERIFY_WITH_TIMEOUT(dashboard->model()->snapshot(ServerRole::Source)->binaryLogs.first().startedAt,
                             10000);
    const QDateTime started = *dashboard->model()->snapshot(ServerRole::Source)->binaryLogs.first().startedAt;
    QVERIFY2(started > m_startedAt.addSecs(-5) && started <= QDateTime::currentDateTimeUtc(),
             qPrintable(started.toString(Qt::ISODate)));
    QTRY_VERIFY_WITH_TIMEOUT(
        source->fieldText(QStringLiteral("oldest")).contains(QLatin1String("started 0 h")), 5000);
    QVERIFY(dashboard->runwayText().contains(QLatin1String("retention 48 h")));

    // The raw status: every column, filterable and copyable.
    const int all = target->visibleRawRows();
    QVERIFY(all > 30);
    target->findChild<QLineEdit*>(QStringLiteral("filterEdit"))->setText(QStringLiteral("Seconds_Behind"));
    QCOMPARE(target->visibleRawRows(), 1);
    QVERIFY(target->copiedText().startsWith(QLatin1String("Seconds_Behind_Master\t")));
    target->findChild<QLineEdit*>(QStringLiteral("filterEdit"))->clear();
    QCOMPARE(target->visibleRawRows(), all);
    QTRY_VERIFY_WITH_TIMEOUT(dashboard->lagChart()->heartbeatPoints() >= 20, 30000);
    screenshot(dashboard.get(), QStringLiteral("dashboard-healthy"));
    dashboard->setWriteHeartbeat(false);
}

void TestDashboard::trueLagMatchesAKnownDelay()
{
    constexpr int delaySeconds = 6;
    root(ServerRole::Target, QStringLiteral("STOP SLAVE"));
    root(ServerRole::Target, QStringLiteral("CHANGE MASTER TO MASTER_DELAY = %1").arg(delaySeconds));
    root(ServerRole::Target, QStringLiteral("START SLAVE"));
    QVERIFY(Sandbox::setWriteLoad(m_sandbox.directory(), true).ok());

    const auto dashboard = openDashboard();
    dashboard->setWriteHeartbeat(true);
    // The heartbeat reaches the target only after the delay; then its age is the delay plus at
    // most one poll interval (the time since the source wrote the row the target applied last).
    QTRY_VERIFY_WITH_TIMEOUT(dashboard->lagChart()->heartbeatPoints() >= 10, 40000);
    const ServerSnapshot* target = dashboard->model()->snapshot(ServerRole::Target);
    QVERIFY(target && target->heartbeatLagSeconds);
    const double trueLag = *target->heartbeatLagSeconds;
    // MASTER_DELAY counts from the event header's whole-second time: an event written at 10.9 s carries
    // 10 s and is applied at 16 s, so the true lag may be up to a second under the delay.
    QVERIFY2(trueLag >= delaySeconds - 1.2 && trueLag <= delaySeconds + 3.0,
             qPrintable(QString::number(trueLag)));
    QVERIFY(dashboard->lagChart()->secondsBehindPoints() >= 10);
    // Both series are charted, and the last samples agree with the delay.
    const QList<LagSample> history = dashboard->model()->lagHistory(ServerRole::Target);
    QVERIFY(history.last().heartbeat.has_value());
    QCOMPARE(dashboard->replicaPanel(ServerRole::Target)->fieldText(QStringLiteral("trueLag")).isEmpty(),
             false);

    // The threshold is the DBA's: with 2 s, the delayed target counts as lagging.
    QCOMPARE(dashboard->model()->health(ServerRole::Target), Health::Ok);
    dashboard->setLagWarningSeconds(2);
    QTRY_COMPARE_WITH_TIMEOUT(dashboard->model()->health(ServerRole::Target), Health::Lagging, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(dashboard->topology()->badgeText(ServerRole::Target), QStringLiteral("lagging"),
                              5000);
    dashboard->setLagWarningSeconds(60);
    // The CLI shares the classification, with a configurable threshold: lagging is a WARNING.
    const auto status = SandboxFixture::runCli({QStringLiteral("status"), QStringLiteral("--profile"),
                                                m_sandbox.profilePath(), QStringLiteral("--secrets"),
                                                m_sandbox.secretsPath(), QStringLiteral("--json"),
                                                QStringLiteral("--lag-warning"), QStringLiteral("2")});
    const QJsonObject json = QJsonDocument::fromJson(status.out).object();
    QCOMPARE(json.value(QStringLiteral("target")).toObject().value(QStringLiteral("health")).toString(),
             QStringLiteral("lagging"));
    QVERIFY(json.value(QStringLiteral("target"))
                .toObject()
                .value(QStringLiteral("heartbeat_lag_seconds"))
                .toDouble()
            >= delaySeconds - 1.2);
    QCOMPARE(status.exitCode, 1);

    QVERIFY(Sandbox::setWriteLoad(m_sandbox.directory(), false).ok());
    // Without new heartbeats the target's copy only ages: the true lag grows.
    dashboard->setWriteHeartbeat(false);
    QTRY_VERIFY_WITH_TIMEOUT(dashboard->model()->snapshot(ServerRole::Target)->heartbeatLagSeconds.value_or(0)
                                 > delaySeconds + 4,
                             20000);
    root(ServerRole::Target, QStringLiteral("STOP SLAVE"));
    root(ServerRole::Target, QStringLiteral("CHANGE MASTER TO MASTER_DELAY = 0"));
    root(ServerRole::Target, QStringLiteral("START SLAVE"));
}

void TestDashboard::stoppedTargetIsStartedAgain()
{
    root(ServerRole::Target, QStringLiteral("STOP SLAVE"));
    const auto dashboard = openDashboard();
    QTRY_COMPARE_WITH_TIMEOUT(dashboard->model()->health(ServerRole::Target), Health::Stopped, 20000);
    QCOMPARE(dashboard->topology()->badgeText(ServerRole::Target), QStringLiteral("stopped"));
    const QStringList actions = dashboard->diagnosisBox()->actionLabels();
    QCOMPARE(actions, QStringList{RecoveryActions::label(RecoveryAction::StartReplica)});
    MessageBoxes::setNextAnswer(QMessageBox::Yes);
    emit dashboard->diagnosisBox()->actionRequested(RecoveryAction::StartReplica);
    QVERIFY(MessageBoxes::lastQuestion().contains(QLatin1String("START SLAVE")));
    QTRY_COMPARE_WITH_TIMEOUT(dashboard->model()->health(ServerRole::Target), Health::Ok, 30000);
}

void TestDashboard::brokenTargetShowsTheDiagnosis()
{
    root(ServerRole::Target, QStringLiteral("STOP SLAVE"));
    root(ServerRole::Target, QStringLiteral("CHANGE MASTER TO MASTER_PASSWORD = 'not-the-password'"));
    root(ServerRole::Target, QStringLiteral("START SLAVE"));
    const auto dashboard = openDashboard();
    QTRY_VERIFY_WITH_TIMEOUT(dashboard->model()->diagnosis(ServerRole::Target)
                                 && dashboard->model()->diagnosis(ServerRole::Target)->id
                                     == QLatin1String("access_denied"),
                             30000);
    ReplicaPanel* target = dashboard->replicaPanel(ServerRole::Target);
    const QString health = HealthClassifier::key(dashboard->model()->health(ServerRole::Target));
    QVERIFY2(health == QLatin1String("io_error") || health == QLatin1String("connecting"),
             qPrintable(health));
    QTRY_COMPARE_WITH_TIMEOUT(target->healthText(), health, 5000);
    QCOMPARE(dashboard->topology()->badgeText(ServerRole::Target), health);
    QVERIFY(target->fieldText(QStringLiteral("ioError")).startsWith(QLatin1String("1045")));
    QVERIFY(dashboard->diagnosisBox()->text().contains(QLatin1String("access_denied")));
    QVERIFY(dashboard->diagnosisBox()->text().contains(QLatin1String("What to do:")));
    screenshot(dashboard.get(), QStringLiteral("dashboard-broken"));
}

QTEST_MAIN(TestDashboard)
#include "tst_dashboard.moc"
