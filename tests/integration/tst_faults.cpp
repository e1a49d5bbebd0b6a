// Injected faults during a setup's copy, each ending in a clear error that names the server and
// the step, with nothing reported done that is not, and a resume that works once the fault is
// gone: the dump tool killed mid-stream (seeder=dump), the staging replica frozen (SIGSTOP), the target
// server killed during the load and started again, the kept dump copy's file system full, the source frozen
// (SIGSTOP) when a run starts.
#include "ReplicaChecks.h"
#include "SandboxFixture.h"
#include "profile/SecretsFile.h"
#include "setup/RunJournal.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QScopeGuard>
#include <QTest>

#include <csignal>

class TestFaults : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void dumpKilledMidStream();
    void stagingFrozenDuringTheCopy();
    void targetKilledDuringTheLoad();
    void keptCopyOnAFullDisk();
    void sourceFrozen();

private:
    struct Outcome
    {
        int exitCode = -1;
        QByteArray err;
    };
    // Runs `setup --yes` and calls `fault` once the copy has moved bytes.
    Outcome setupWithFault(const std::function<void(qint64 cliPid)>& fault);
    void expectResumeSucceeds();
    QString journalState(const QString& step) const;
    pid_t serverPid(ServerRole role) const;

    SandboxFixture m_sandbox;
    QString m_profile;
};

void TestFaults::initTestCase()
{
    QString message;
    QVERIFY2(m_sandbox.start({QStringLiteral("--purge-window"), QStringLiteral("86400")}, &message),
             qPrintable(message));
    // A short stall limit, so that a frozen server fails the copy quickly.
    Profile profile = m_sandbox.profile();
    profile.seedStallSeconds = 5;
    profile.seedPipelines = 1;
    m_profile = m_sandbox.directory() + QStringLiteral("/faults.ini");
    QVERIFY(ProfileFile::save(profile, m_profile).ok());
}

QString TestFaults::journalState(const QString& step) const
{
    return ReplicaChecks::journalState(m_profile, step);
}

pid_t TestFaults::serverPid(ServerRole role) const
{
    QFile pidFile(m_sandbox.directory() + QLatin1Char('/') + ServerRoles::key(role)
                  + QStringLiteral("/mariadbd.pid"));
    if (!pidFile.open(QIODevice::ReadOnly))
        return 0;
    return pid_t(pidFile.readAll().trimmed().toLongLong());
}

TestFaults::Outcome TestFaults::setupWithFault(const std::function<void(qint64 cliPid)>& fault)
{
    QProcess cli;
    cli.start(QStringLiteral(RW_CLI_PATH),
              {QStringLiteral("setup"), QStringLiteral("--profile"), m_profile, QStringLiteral("--secrets"),
               m_sandbox.secretsPath(), QStringLiteral("--yes")});
    Outcome outcome;
    bool injected = false;
    const QDeadlineTimer deadline(180000);
    while (!deadline.hasExpired() && !cli.waitForFinished(5)) {
        outcome.err += cli.readAllStandardError();
        if (!injected && outcome.err.contains("    copied ")) {
            fault(cli.processId());
            injected = true;
        }
    }
    outcome.err += cli.readAllStandardError();
    outcome.exitCode = cli.exitStatus() == QProcess::NormalExit ? cli.exitCode() : -1;
    if (!injected)
        qWarning("the fault was never injected: %s", outcome.err.right(1500).constData());
    return outcome;
}

void TestFaults::expectResumeSucceeds()
{
    const auto resumed = SandboxFixture::runCli(
        {QStringLiteral("setup"), QStringLiteral("--profile"), m_profile, QStringLiteral("--secrets"),
         m_sandbox.secretsPath(), QStringLiteral("--yes"), QStringLiteral("--resume")},
        300000);
    QVERIFY2(resumed.exitCode == 0, resumed.err.right(3000).constData());
    QCOMPARE(journalState(QStringLiteral("seed")), QStringLiteral("done"));
    const QString differs = ReplicaChecks::targetMatchesSource(m_sandbox);
    QVERIFY2(differs.isEmpty(), qPrintable(differs));
}

void TestFaults::dumpKilledMidStream()
{
    // The dump tool is the dump engine's (seeder=dump); the other cases copy with the default engine.
    Profile dump = ProfileFile::load(m_profile).value();
    dump.seeder = SeedEngine::Dump;
    QVERIFY(ProfileFile::save(dump, m_profile).ok());
    const auto chunked = qScopeGuard([this, dump]() mutable {
        dump.seeder = SeedEngine::Chunked;
        ProfileFile::save(dump, m_profile);
    });
    const Outcome run = setupWithFault([](qint64 cliPid) {
        // The dump tool is a child of the CLI.
        for (const QString& pid :
             QDir(QStringLiteral("/proc")).entryList({QStringLiteral("[0-9]*")}, QDir::Dirs)) {
            QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
            QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(pid));
            if (!stat.open(QIODevice::ReadOnly) || !cmdline.open(QIODevice::ReadOnly))
                continue;
            const QByteArray fields = stat.readAll();
            const qint64 parent = fields.mid(fields.lastIndexOf(')') + 2).split(' ').value(1).toLongLong();
            if (parent == cliPid && cmdline.readAll().contains("-dump"))
                ::kill(pid_t(pid.toLongLong()), SIGKILL);
        }
    });
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("The dump of staging replica"), run.err.right(2000).constData());
    QVERIFY(run.err.contains("did not complete"));
    QVERIFY(run.err.contains("FAILED"));
    QVERIFY(!run.err.contains("the copy was verified"));
    QCOMPARE(journalState(QStringLiteral("seed")), QStringLiteral("failed"));
    expectResumeSucceeds();
}

void TestFaults::stagingFrozenDuringTheCopy()
{
    const pid_t staging = serverPid(ServerRole::Staging);
    QVERIFY(staging > 0);
    QElapsedTimer frozenFor;
    const Outcome run = setupWithFault([staging, &frozenFor](qint64) {
        ::kill(staging, SIGSTOP);
        frozenFor.start();
    });
    const qint64 failedAfter = frozenFor.elapsed();
    ::kill(staging, SIGCONT);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("No progress from the staging replica"), run.err.right(2000).constData());
    // The stall limit (5 s), not forever.
    QVERIFY2(failedAfter < 30000, qPrintable(QString::number(failedAfter)));
    QCOMPARE(journalState(QStringLiteral("seed")), QStringLiteral("failed"));
    expectResumeSucceeds();
}

void TestFaults::targetKilledDuringTheLoad()
{
    const pid_t target = serverPid(ServerRole::Target);
    QVERIFY(target > 0);
    const Outcome run = setupWithFault([target](qint64) { ::kill(target, SIGKILL); });
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("Loading into the target failed"), run.err.right(2000).constData());
    QCOMPARE(journalState(QStringLiteral("seed")), QStringLiteral("failed"));

    // The DBA starts the target again (InnoDB recovers), then resumes.
    const QString folder = m_sandbox.directory() + QStringLiteral("/target");
    QVERIFY(QProcess::startDetached(QStringLiteral("/bin/sh"),
                                    {QStringLiteral("-c"),
                                     QStringLiteral("exec \"$(command -v mariadbd || command -v mysqld)\" "
                                                    "--defaults-file=%1/my.cnf >>%1/stdout.log 2>&1")
                                         .arg(folder)}));
    QTRY_VERIFY_WITH_TIMEOUT(m_sandbox.adminSession(ServerRole::Target) != nullptr, 60000);
    expectResumeSucceeds();
}

void TestFaults::keptCopyOnAFullDisk()
{
    // The kept copy cannot grow past 1 MiB (the file size limit of the run's processes, which the
    // gzip child inherits): writing it fails as on a full disk, and the copy fails with it.
    Profile profile = ProfileFile::load(m_profile).value();
    profile.keepDumpDir = m_sandbox.directory() + QStringLiteral("/kept");
    QVERIFY(ProfileFile::save(profile, m_profile).ok());
    QProcess limited;
    limited.start(QStringLiteral("prlimit"),
                  {QStringLiteral("--fsize=1048576"), QStringLiteral("--"), QStringLiteral(RW_CLI_PATH),
                   QStringLiteral("setup"), QStringLiteral("--profile"), m_profile,
                   QStringLiteral("--secrets"), m_sandbox.secretsPath(), QStringLiteral("--yes"),
                   QStringLiteral("--audit-log"),
                   m_sandbox.directory() + QStringLiteral("/full-disk-audit.log")});
    QVERIFY(limited.waitForFinished(300000));
    const QByteArray err = limited.readAllStandardError();
    QCOMPARE(limited.exitCode(), 2);
    QVERIFY2(err.contains("Writing the dump copy"), err.right(2000).constData());
    QVERIFY(err.contains("Free space in"));
    QCOMPARE(journalState(QStringLiteral("seed")), QStringLiteral("failed"));
    // No partial copy is left to be mistaken for a good one.
    QVERIFY(QDir(profile.keepDumpDir).entryList({QStringLiteral("*.gz")}, QDir::Files).isEmpty());

    expectResumeSucceeds();
    QVERIFY(!QDir(profile.keepDumpDir).entryList({QStringLiteral("*.gz")}, QDir::Files).isEmpty());
}

void TestFaults::sourceFrozen()
{
    const pid_t source = serverPid(ServerRole::Source);
    QVERIFY(source > 0);
    QCOMPARE(::kill(source, SIGSTOP), 0);
    QElapsedTimer took;
    took.start();
    const auto frozen = SandboxFixture::runCli({QStringLiteral("setup"), QStringLiteral("--profile"),
                                                m_profile, QStringLiteral("--secrets"),
                                                m_sandbox.secretsPath(), QStringLiteral("--yes")},
                                               120000);
    const qint64 elapsed = took.elapsed();
    ::kill(source, SIGCONT);
    QCOMPARE(frozen.exitCode, 2);
    // Named, and bounded by the connect and read timeouts (5 s and 10 s), not hanging.
    const QByteArray endpoint = m_sandbox.spec(ServerRole::Source).endpoint().toUtf8();
    QVERIFY2(frozen.err.contains("source") && frozen.err.contains(endpoint),
             frozen.err.right(2000).constData());
    QVERIFY2(elapsed < 40000, qPrintable(QString::number(elapsed)));
    QVERIFY(!frozen.err.contains("the copy was verified"));
    // Once the source answers again, the setup runs through.
    const auto again = SandboxFixture::runCli({QStringLiteral("setup"), QStringLiteral("--profile"),
                                               m_profile, QStringLiteral("--secrets"),
                                               m_sandbox.secretsPath(), QStringLiteral("--yes")},
                                              300000);
    QVERIFY2(again.exitCode == 0, again.err.right(2000).constData());
    const QString differs = ReplicaChecks::targetMatchesSource(m_sandbox);
    QVERIFY2(differs.isEmpty(), qPrintable(differs));
}

QTEST_GUILESS_MAIN(TestFaults)
#include "tst_faults.moc"
