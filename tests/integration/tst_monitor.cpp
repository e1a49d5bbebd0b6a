// Monitoring never changes what it watches: with the target at server_id 1 (the servers' default),
// 50 `status` runs and two minutes of the dashboard's polling leave the target's replication
// connection alone (the same Binlog Dump thread on the source, no reconnect in the target's log),
// although both read the source's binlog over the replication protocol.
#include "SandboxFixture.h"
#include "monitor/StatusPoller.h"
#include "sandbox/Sandbox.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

namespace {

// The source's thread that streams its binlog to the target (the target logs in as repl).
QString targetDumpThread(const SandboxFixture& sandbox)
{
    auto source = sandbox.rootSession(ServerRole::Source);
    if (!source)
        return {};
    const Result<ResultSet> rs
        = source->query(QStringLiteral("SELECT ID AS id FROM information_schema.PROCESSLIST WHERE COMMAND "
                                       "LIKE 'Binlog Dump%' AND USER = 'repl'"));
    return rs && rs->rowCount() == 1 ? rs->text(0, u"id") : QString();
}

} // namespace

class TestMonitor : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void statusRunsLeaveTheTargetConnected();
    void watchKeepsWhatItLearned();
    void dashboardPollingLeavesTheTargetConnected();
    void targetLogShowsNoReconnect();

private:
    QByteArray targetLogSinceStart() const;

    SandboxFixture m_sandbox;
    QString m_dumpThread;
    qint64 m_logOffset = 0;
};

void TestMonitor::initTestCase()
{
    QString message;
    // Binlogs rotate every 20 s, so the monitors keep meeting files they have not read yet.
    QVERIFY2(m_sandbox.start({QStringLiteral("--rotate-every"), QStringLiteral("20")}, &message),
             qPrintable(message));
    QCOMPARE(Sandbox::read(m_sandbox.directory())->serverIds.value(ServerRole::Target), quint32(1));
    const auto setup = SandboxFixture::runCli({QStringLiteral("setup"), QStringLiteral("--profile"),
                                               m_sandbox.profilePath(), QStringLiteral("--secrets"),
                                               m_sandbox.secretsPath(), QStringLiteral("--yes")},
                                              300000);
    QVERIFY2(setup.exitCode == 0, setup.err.right(2000).constData());
    QTRY_VERIFY_WITH_TIMEOUT(!(m_dumpThread = targetDumpThread(m_sandbox)).isEmpty(), 20000);
    m_logOffset = QFileInfo(m_sandbox.directory() + QStringLiteral("/target/error.log")).size();
}

QByteArray TestMonitor::targetLogSinceStart() const
{
    QFile log(m_sandbox.directory() + QStringLiteral("/target/error.log"));
    if (!log.open(QIODevice::ReadOnly) || !log.seek(m_logOffset))
        return {};
    return log.readAll();
}

void TestMonitor::statusRunsLeaveTheTargetConnected()
{
    int readBinlogs = 0;
    for (int run = 0; run < 50; ++run) {
        const auto result = SandboxFixture::runCli({QStringLiteral("status"), QStringLiteral("--profile"),
                                                    m_sandbox.profilePath(), QStringLiteral("--secrets"),
                                                    m_sandbox.secretsPath(), QStringLiteral("--json"),
                                                    QStringLiteral("--lag-warning"), QStringLiteral("600")});
        const QJsonObject json = QJsonDocument::fromJson(result.out).object();
        const QJsonObject target = json.value(QStringLiteral("target")).toObject();
        QVERIFY2(result.exitCode == 0,
                 qPrintable(QStringLiteral("run %1: %2").arg(run).arg(QString::fromUtf8(result.out))));
        QCOMPARE(target.value(QStringLiteral("io_thread")).toString(), QStringLiteral("Yes"));
        const QJsonValue reader = json.value(QStringLiteral("source"))
                                      .toObject()
                                      .value(QStringLiteral("binlog_reader_server_id"));
        if (!reader.isNull()) {
            ++readBinlogs;
            QVERIFY(reader.toDouble() != 1);
            QVERIFY(reader.toDouble() != double(Sandbox::SourceServerId));
            QVERIFY(reader.toDouble() != double(Sandbox::StagingServerId));
        }
        QCOMPARE(targetDumpThread(m_sandbox), m_dumpThread);
    }
    // Every run is a new process: each read the binlogs' start times over the replication protocol.
    QCOMPARE(readBinlogs, 50);
}

void TestMonitor::watchKeepsWhatItLearned()
{
    // --watch keeps its probes: the binlog start times are read once, not on every refresh.
    QProcess watch;
    watch.start(QStringLiteral(RW_CLI_PATH),
                {QStringLiteral("status"), QStringLiteral("--profile"), m_sandbox.profilePath(),
                 QStringLiteral("--secrets"), m_sandbox.secretsPath(), QStringLiteral("--json"),
                 QStringLiteral("--watch"), QStringLiteral("1")});
    QVERIFY(watch.waitForStarted());
    QByteArray out;
    QTRY_VERIFY_WITH_TIMEOUT((out += watch.readAllStandardOutput(), out.count("\"overall\"") >= 4), 30000);
    watch.kill();
    watch.waitForFinished(5000);
    const int refreshes = int(out.count("\"overall\""));
    const int reads = refreshes - int(out.count("\"binlog_reader_server_id\": null"));
    QVERIFY2(reads >= 1 && reads < refreshes,
             qPrintable(QStringLiteral("%1 of %2").arg(reads).arg(refreshes)));
    QCOMPARE(targetDumpThread(m_sandbox), m_dumpThread);
}

void TestMonitor::dashboardPollingLeavesTheTargetConnected()
{
    // The dashboard's engine, polling every second for two minutes.
    StatusPoller poller(StatusCollector::requestsFor(m_sandbox.profile(), m_sandbox.passwords()),
                        {1000, 60000});
    int targetLooks = 0;
    int notConnected = 0;
    int binlogReads = 0;
    QString lastProblem;
    connect(&poller, &StatusPoller::snapshotReady, this, [&](const ServerSnapshot& snapshot) {
        if (snapshot.role == ServerRole::Source && snapshot.binlogReaderServerId != 0) {
            ++binlogReads;
            if (snapshot.binlogReaderServerId == 1)
                lastProblem = QStringLiteral("the reader announced server id 1");
        }
        if (snapshot.role != ServerRole::Target)
            return;
        ++targetLooks;
        if (!snapshot.facts || !snapshot.facts->replicaStatus
            || !snapshot.facts->replicaStatus->ioThreadRunning()) {
            ++notConnected;
            lastProblem = snapshot.facts && snapshot.facts->replicaStatus
                ? snapshot.facts->replicaStatus->ioRunning
                : QStringLiteral("no status");
        }
    });
    poller.start();
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < 120000) {
        QTest::qWait(5000);
        QCOMPARE(targetDumpThread(m_sandbox), m_dumpThread);
    }
    QVERIFY2(
        notConnected == 0,
        qPrintable(QStringLiteral("%1 of %2 looks: %3").arg(notConnected).arg(targetLooks).arg(lastProblem)));
    QVERIFY(targetLooks >= 100);
    // New binlog files appeared and were read while polling (rotation every 20 s).
    QVERIFY2(binlogReads >= 3, qPrintable(QString::number(binlogReads)));
    QVERIFY2(lastProblem.isEmpty(), qPrintable(lastProblem));
}

void TestMonitor::targetLogShowsNoReconnect()
{
    const QByteArray log = targetLogSinceStart();
    QVERIFY2(!log.contains("same server_uuid/server_id"), log.right(2000).constData());
    QVERIFY2(!log.contains("reconnecting to retry"), log.right(2000).constData());
    QVERIFY2(!log.contains("Slave I/O thread exiting"), log.right(2000).constData());
    auto target = m_sandbox.rootSession(ServerRole::Target);
    QVERIFY(target);
    const Result<ResultSet> status = target->query(QStringLiteral("SHOW SLAVE STATUS"));
    QVERIFY(status.ok() && status->rowCount() == 1);
    QCOMPARE(status->text(0, u"Slave_IO_Running"), QStringLiteral("Yes"));
}

QTEST_GUILESS_MAIN(TestMonitor)
#include "tst_monitor.moc"
