// Each replication failure caused on purpose on a sandbox whose target was set up by the tool;
// `status --json` must report the health and the diagnosis, and answer in bounded time.
#include "SandboxFixture.h"
#include "db/ErrorCatalog.h"
#include "monitor/DashboardModel.h"
#include "monitor/StatusPoller.h"
#include "sandbox/Sandbox.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QTimer>

#include <csignal>

class TestDiagnosis : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void binlogPurgedUnderStoppedTarget();
    void dataDrift();
    void lostIgnoreFilterIsHarmlessAndDiagnosed();
    void missingTable();
    void wrongReplicationPassword();
    void serverIdClash();
    void hungSource();
    void hungSourceNeverBlocksThePoller();

private:
    QJsonObject status(int* exitCode = nullptr, qint64* elapsedMs = nullptr);
    QJsonObject target(int* exitCode = nullptr);
    void root(ServerRole role, const QString& sql);
    // The dashboard's model fed with one snapshot of every server.
    std::unique_ptr<DashboardModel> dashboardModel() const;
    // True once the dashboard model reports this health and diagnosis for the target.
    bool dashboardReports(const QString& health, const QString& diagnosis) const;

    SandboxFixture m_sandbox;
};

void TestDiagnosis::initTestCase()
{
    QString message;
    // Binlogs are purged by the test itself, never by the sandbox's clock-driven housekeeping.
    QVERIFY2(m_sandbox.start(
                 {QStringLiteral("--no-data"), QStringLiteral("--purge-window"), QStringLiteral("86400")},
                 &message),
             qPrintable(message));
    // A small application schema instead of the demo data set, for speed.
    root(ServerRole::Source, QStringLiteral("CREATE DATABASE app"));
    root(ServerRole::Source, QStringLiteral("CREATE TABLE app.items (id INT PRIMARY KEY, name VARCHAR(40))"));
    root(ServerRole::Source, QStringLiteral("INSERT INTO app.items VALUES (1, 'one'), (2, 'two')"));
    QTRY_VERIFY_WITH_TIMEOUT(m_sandbox.rootSession(ServerRole::Staging)
                                 ->query(QStringLiteral("SELECT COUNT(*) AS n FROM app.items"))
                                 .ok(),
                             20000);
}

void TestDiagnosis::init()
{
    // Every case starts from a freshly set-up, healthy target.
    const auto setup = SandboxFixture::runCli({QStringLiteral("setup"), QStringLiteral("--profile"),
                                               m_sandbox.profilePath(), QStringLiteral("--secrets"),
                                               m_sandbox.secretsPath(), QStringLiteral("--yes")},
                                              300000);
    QVERIFY2(setup.exitCode == 0, setup.err.right(1500).constData());
    QTRY_COMPARE_WITH_TIMEOUT(target().value(QStringLiteral("health")).toString(), QStringLiteral("ok"),
                              20000);
}

QJsonObject TestDiagnosis::status(int* exitCode, qint64* elapsedMs)
{
    QElapsedTimer timer;
    timer.start();
    const auto result = SandboxFixture::runCli({QStringLiteral("status"), QStringLiteral("--profile"),
                                                m_sandbox.profilePath(), QStringLiteral("--secrets"),
                                                m_sandbox.secretsPath(), QStringLiteral("--json")});
    if (exitCode)
        *exitCode = result.exitCode;
    if (elapsedMs)
        *elapsedMs = timer.elapsed();
    return QJsonDocument::fromJson(result.out).object();
}

QJsonObject TestDiagnosis::target(int* exitCode)
{
    return status(exitCode).value(QStringLiteral("target")).toObject();
}

void TestDiagnosis::root(ServerRole role, const QString& sql)
{
    auto session = m_sandbox.rootSession(role);
    QVERIFY(session);
    const Status done = session->execute(sql);
    QVERIFY2(done.ok(), done.ok() ? "" : qPrintable(done.error().toText()));
}

std::unique_ptr<DashboardModel> TestDiagnosis::dashboardModel() const
{
    const QHash<ServerRole, QByteArray> passwords = m_sandbox.passwords();
    auto model = std::make_unique<DashboardModel>();
    for (const StatusCollector::Request& request :
         StatusCollector::requestsFor(m_sandbox.profile(), passwords))
        model->update(StatusCollector::collectOne(request));
    return model;
}

bool TestDiagnosis::dashboardReports(const QString& health, const QString& diagnosis) const
{
    const auto model = dashboardModel();
    const std::optional<Diagnosis> found = model->diagnosis(ServerRole::Target);
    return HealthClassifier::key(model->health(ServerRole::Target)) == health && found
        && found->id == diagnosis;
}

#define DIAGNOSIS(json)                                                                                      \
    (json).value(QStringLiteral("diagnosis")).toObject().value(QStringLiteral("id")).toString()

void TestDiagnosis::binlogPurgedUnderStoppedTarget()
{
    root(ServerRole::Target, QStringLiteral("STOP SLAVE"));
    const QString needed = target().value(QStringLiteral("exec_source_log_file")).toString();
    QVERIFY(!needed.isEmpty());
    root(ServerRole::Source, QStringLiteral("INSERT INTO app.items VALUES (3, 'three')"));
    root(ServerRole::Source, QStringLiteral("FLUSH BINARY LOGS"));
    // A purge stops at a file a connected reader (the staging replica) is still on: repeat it.
    auto source = m_sandbox.rootSession(ServerRole::Source);
    QVERIFY(source);
    const auto purged = [&] {
        source->execute(QStringLiteral("PURGE BINARY LOGS BEFORE NOW() + INTERVAL 1 DAY"));
        const Result<ResultSet> logs = source->query(QStringLiteral("SHOW BINARY LOGS"));
        for (int row = 0; logs && row < logs->rowCount(); ++row) {
            if (logs->text(row, u"Log_name") == needed)
                return false;
        }
        return true;
    };
    QTRY_VERIFY_WITH_TIMEOUT(purged(), 20000);
    root(ServerRole::Target, QStringLiteral("START SLAVE"));
    QJsonObject t;
    int exitCode = -1;
    QTRY_VERIFY_WITH_TIMEOUT((t = target(&exitCode), DIAGNOSIS(t) == QLatin1String("binlog_purged")), 20000);
    QCOMPARE(t.value(QStringLiteral("health")).toString(), QStringLiteral("io_error"));
    QCOMPARE(t.value(QStringLiteral("last_io_errno")).toInt(), 1236);
    QCOMPARE(exitCode, 2);
    QTRY_VERIFY_WITH_TIMEOUT(dashboardReports(QStringLiteral("io_error"), QStringLiteral("binlog_purged")),
                             20000);
}

void TestDiagnosis::dataDrift()
{
    root(ServerRole::Source, QStringLiteral("CREATE DATABASE IF NOT EXISTS drift"));
    root(ServerRole::Source,
         QStringLiteral("CREATE TABLE IF NOT EXISTS drift.t (id INT PRIMARY KEY, v INT)"));
    root(ServerRole::Source, QStringLiteral("REPLACE INTO drift.t VALUES (1, 1)"));
    QTRY_VERIFY_WITH_TIMEOUT(m_sandbox.rootSession(ServerRole::Target)
                                     ->query(QStringLiteral("SELECT v FROM drift.t WHERE id = 1"))
                                     ->rowCount()
                                 == 1,
                             20000);
    // A row is written on the target behind replication's back, then the same key on the source
    // (a duplicate key fails in row and in statement format alike; binlog_format is MIXED here).
    auto targetRoot = m_sandbox.rootSession(ServerRole::Target);
    QVERIFY(targetRoot->execute(QStringLiteral("SET SESSION sql_log_bin = 0")).ok());
    QVERIFY(targetRoot->execute(QStringLiteral("INSERT INTO drift.t VALUES (2, 9)")).ok());
    root(ServerRole::Source, QStringLiteral("INSERT INTO drift.t VALUES (2, 2)"));
    QJsonObject t;
    QTRY_VERIFY_WITH_TIMEOUT((t = target(), DIAGNOSIS(t) == QLatin1String("data_drift")), 20000);
    QCOMPARE(t.value(QStringLiteral("health")).toString(), QStringLiteral("sql_error"));
    QVERIFY(t.value(QStringLiteral("last_sql_errno")).toInt() == 1032
            || t.value(QStringLiteral("last_sql_errno")).toInt() == 1062);
    QTRY_VERIFY_WITH_TIMEOUT(dashboardReports(QStringLiteral("sql_error"), QStringLiteral("data_drift")),
                             20000);
    root(ServerRole::Source, QStringLiteral("DROP DATABASE drift"));
}

void TestDiagnosis::lostIgnoreFilterIsHarmlessAndDiagnosed()
{
    // As after a restart: the filter for RDS's own tables is gone. The setup created those tables
    // on the target, so RDS's heartbeat (every 5 s) applies instead of stopping replication, and
    // status says what was lost before anything breaks.
    root(ServerRole::Target, QStringLiteral("STOP SLAVE SQL_THREAD"));
    root(ServerRole::Target, QStringLiteral("SET GLOBAL replicate_wild_ignore_table = ''"));
    root(ServerRole::Target, QStringLiteral("START SLAVE SQL_THREAD"));
    auto source = m_sandbox.rootSession(ServerRole::Source);
    QVERIFY(source);
    const QString heartbeat = QStringLiteral("SELECT value FROM mysql.rds_heartbeat2 WHERE id = 1");
    const qint64 before = source->query(heartbeat)->text(0, u"value").toLongLong();
    QTRY_VERIFY_WITH_TIMEOUT(source->query(heartbeat)->text(0, u"value").toLongLong() > before, 15000);
    QTest::qWait(1500);
    int exitCode = -1;
    const QJsonObject t = target(&exitCode);
    QCOMPARE(DIAGNOSIS(t), QString::fromLatin1(ErrorCatalog::FiltersMissing));
    QCOMPARE(t.value(QStringLiteral("health")).toString(), QStringLiteral("filters_missing"));
    QCOMPARE(exitCode, 1); // WARNING
    QCOMPARE(t.value(QStringLiteral("last_sql_errno")).toInt(), 0);
    QVERIFY(t.value(QStringLiteral("sql_running")).toBool());
    QCOMPARE(t.value(QStringLiteral("filters")).toObject().value(QStringLiteral("missing")).toArray().size(),
             1);
    QTRY_VERIFY_WITH_TIMEOUT(
        dashboardReports(QStringLiteral("filters_missing"), QStringLiteral("filters_missing")), 20000);
}

void TestDiagnosis::missingTable()
{
    // Filters in place, but a copied table is gone from the target.
    auto targetRoot = m_sandbox.rootSession(ServerRole::Target);
    QVERIFY(targetRoot->execute(QStringLiteral("SET SESSION sql_log_bin = 0")).ok());
    QVERIFY(targetRoot->execute(QStringLiteral("DROP TABLE app.items")).ok());
    root(ServerRole::Source, QStringLiteral("INSERT INTO app.items VALUES (7, 'seven')"));
    QJsonObject t;
    QTRY_VERIFY_WITH_TIMEOUT((t = target(), DIAGNOSIS(t) == QLatin1String("missing_table")), 30000);
    QCOMPARE(t.value(QStringLiteral("last_sql_errno")).toInt(), 1146);
    QCOMPARE(t.value(QStringLiteral("health")).toString(), QStringLiteral("sql_error"));
    QTRY_VERIFY_WITH_TIMEOUT(dashboardReports(QStringLiteral("sql_error"), QStringLiteral("missing_table")),
                             20000);
    root(ServerRole::Source, QStringLiteral("DELETE FROM app.items WHERE id = 7"));
}

void TestDiagnosis::wrongReplicationPassword()
{
    root(ServerRole::Target, QStringLiteral("STOP SLAVE"));
    root(ServerRole::Target, QStringLiteral("CHANGE MASTER TO MASTER_PASSWORD = 'not-the-password'"));
    root(ServerRole::Target, QStringLiteral("START SLAVE"));
    QJsonObject t;
    QTRY_VERIFY_WITH_TIMEOUT((t = target(), DIAGNOSIS(t) == QLatin1String("access_denied")), 30000);
    QCOMPARE(t.value(QStringLiteral("last_io_errno")).toInt(), 1045);
    // The IO thread retries a refused login: "Connecting" between attempts, io_error after.
    QTRY_VERIFY_WITH_TIMEOUT(
        dashboardReports(QStringLiteral("io_error"), QStringLiteral("access_denied"))
            || dashboardReports(QStringLiteral("connecting"), QStringLiteral("access_denied")),
        20000);
}

void TestDiagnosis::serverIdClash()
{
    root(ServerRole::Target, QStringLiteral("STOP SLAVE"));
    root(ServerRole::Target, QStringLiteral("SET GLOBAL server_id = %1").arg(Sandbox::SourceServerId));
    root(ServerRole::Target, QStringLiteral("START SLAVE"));
    QJsonObject t;
    QTRY_VERIFY_WITH_TIMEOUT((t = target(), DIAGNOSIS(t) == QLatin1String("server_id_clash")), 30000);
    QCOMPARE(t.value(QStringLiteral("last_io_errno")).toInt(), 1593);
    QTRY_VERIFY_WITH_TIMEOUT(dashboardReports(QStringLiteral("io_error"), QStringLiteral("server_id_clash")),
                             20000);
    root(ServerRole::Target, QStringLiteral("STOP SLAVE"));
    root(ServerRole::Target, QStringLiteral("SET GLOBAL server_id = 1"));
}

void TestDiagnosis::hungSource()
{
    QFile pidFile(m_sandbox.directory() + QStringLiteral("/source/mariadbd.pid"));
    QVERIFY(pidFile.open(QIODevice::ReadOnly));
    const pid_t pid = pid_t(pidFile.readAll().trimmed().toLongLong());
    QVERIFY(pid > 0);
    QCOMPARE(::kill(pid, SIGSTOP), 0);
    int exitCode = -1;
    qint64 elapsed = 0;
    const QJsonObject json = status(&exitCode, &elapsed);
    ::kill(pid, SIGCONT);
    // Connect and read timeouts (5 s and 10 s) bound the answer; the inspections run in parallel.
    QVERIFY2(elapsed < 20000, qPrintable(QString::number(elapsed)));
    QCOMPARE(json.value(QStringLiteral("source")).toObject().value(QStringLiteral("reachable")).toBool(),
             false);
    const QJsonObject t = json.value(QStringLiteral("target")).toObject();
    const QString diagnosis = DIAGNOSIS(t);
    QVERIFY2(diagnosis == QLatin1String("source_hung")
                 || t.value(QStringLiteral("health")).toString() == QLatin1String("connecting"),
             qPrintable(QString::fromUtf8(QJsonDocument(t).toJson())));
    QCOMPARE(exitCode, 2);
}

void TestDiagnosis::hungSourceNeverBlocksThePoller()
{
    QFile pidFile(m_sandbox.directory() + QStringLiteral("/source/mariadbd.pid"));
    QVERIFY(pidFile.open(QIODevice::ReadOnly));
    const pid_t pid = pid_t(pidFile.readAll().trimmed().toLongLong());
    QVERIFY(pid > 0);
    const QHash<ServerRole, QByteArray> passwords = m_sandbox.passwords();
    DashboardModel model;
    StatusPoller::Options options;
    options.intervalMs = 500;
    StatusPoller poller(StatusCollector::requestsFor(m_sandbox.profile(), passwords), options);
    connect(&poller, &StatusPoller::snapshotReady, &model, &DashboardModel::update);
    poller.start();
    QTRY_COMPARE_WITH_TIMEOUT(model.health(ServerRole::Target), Health::Ok, 20000);

    // This thread's event loop keeps turning while the source hangs: a 10 ms timer never waits long.
    QElapsedTimer sinceTick;
    qint64 longestGap = 0;
    QTimer ticker;
    ticker.setInterval(10);
    connect(&ticker, &QTimer::timeout, &ticker, [&] { longestGap = qMax(longestGap, sinceTick.restart()); });
    QCOMPARE(::kill(pid, SIGSTOP), 0);
    sinceTick.start();
    ticker.start();
    // Connect (5 s) and read (10 s) timeouts bound how long the source's probe takes to fail.
    QTRY_VERIFY_WITH_TIMEOUT(
        model.snapshot(ServerRole::Source) && !model.snapshot(ServerRole::Source)->reachable, 20000);
    const std::optional<Diagnosis> diagnosis = model.diagnosis(ServerRole::Target);
    const Health health = model.health(ServerRole::Target);
    ticker.stop();
    ::kill(pid, SIGCONT);
    QVERIFY2((diagnosis && diagnosis->id == QLatin1String("source_hung")) || health == Health::Connecting,
             qPrintable(HealthClassifier::key(health)));
    QVERIFY2(longestGap < 1000, qPrintable(QString::number(longestGap)));
    // Once the source answers again, so does the poller (after its backoff).
    QTRY_VERIFY_WITH_TIMEOUT(model.snapshot(ServerRole::Source)->reachable, 30000);
}

QTEST_GUILESS_MAIN(TestDiagnosis)
#include "tst_diagnosis.moc"
