// Crash-safe runs: `setup --yes` is killed with SIGKILL at every step (as soon as the journal
// records it started) and in the middle of the seed, and at the write-freeze strategy's own steps; `setup
// --resume --yes` then finishes, and after catch-up every table on the target has the source's checksum.
// Also: a resume refuses when the staging replica was restarted meanwhile, and there is nothing to resume
// after a success.
#include "ReplicaChecks.h"
#include "SandboxFixture.h"
#include "sandbox/Sandbox.h"
#include "seeding/ChunkJournal.h"
#include "setup/RunJournal.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

#include <csignal>

class TestResume : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void resumesAfterAKill_data();
    void resumesAfterAKill();
    void refusesWhenStagingWasRestarted();
    void nothingToResumeAfterSuccess();
    void resumesInsideTheLargestTable();

private:
    QStringList setupArguments(bool resume) const;
    QString journalState(const QString& step) const;
    void killDuring(const QString& step, bool midCopy);
    void expectTargetMatchesSource();

    SandboxFixture m_sandbox;
    QString m_profile; // the profile of the current case
};

void TestResume::initTestCase()
{
    QString message;
    QVERIFY2(m_sandbox.start({QStringLiteral("--purge-window"), QStringLiteral("86400")}, &message),
             qPrintable(message));
    // The same servers under the write-freeze strategy (the test holds the application writes off).
    Profile freeze = m_sandbox.profile();
    freeze.strategy = SetupStrategy::WriteFreeze;
    QVERIFY(ProfileFile::save(freeze, m_sandbox.directory() + QStringLiteral("/freeze.ini")).ok());
    m_profile = m_sandbox.profilePath();
}

QStringList TestResume::setupArguments(bool resume) const
{
    QStringList arguments{QStringLiteral("setup"),     QStringLiteral("--profile"), m_profile,
                          QStringLiteral("--secrets"), m_sandbox.secretsPath(),     QStringLiteral("--yes")};
    if (resume)
        arguments << QStringLiteral("--resume");
    return arguments;
}

QString TestResume::journalState(const QString& step) const
{
    return ReplicaChecks::journalState(m_profile, step);
}

void TestResume::killDuring(const QString& step, bool midCopy)
{
    const QString failed = ReplicaChecks::killSetupAt(m_profile, m_sandbox.secretsPath(), step, midCopy);
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
}

void TestResume::expectTargetMatchesSource()
{
    const QString differs = ReplicaChecks::targetMatchesSource(m_sandbox);
    QVERIFY2(differs.isEmpty(), qPrintable(differs));
}

void TestResume::resumesAfterAKill_data()
{
    QTest::addColumn<QString>("step");
    QTest::addColumn<bool>("midCopy");
    QTest::addColumn<bool>("writeFreeze");
    for (const char* step :
         {"retention", "replication-account", "stop-staging", "prepare-target", "definer-accounts", "seed",
          "copy-objects", "recheck-coordinates", "verify-copy", "disable-events", "replication-filters",
          "point-target", "start-replica", "verify-replication", "resume-staging"})
        QTest::newRow(step) << QString::fromLatin1(step) << false << false;
    QTest::newRow("seed, mid-copy") << QStringLiteral("seed") << true << false;
    for (const char* step : {"read-coordinates", "recheck-coordinates", "point-target", "restore-writes"})
        QTest::newRow(qPrintable(QStringLiteral("write-freeze: %1").arg(QLatin1String(step))))
            << QString::fromLatin1(step) << false << true;
    QTest::newRow("write-freeze: seed, mid-copy") << QStringLiteral("seed") << true << true;
}

void TestResume::resumesAfterAKill()
{
    QFETCH(QString, step);
    QFETCH(bool, midCopy);
    QFETCH(bool, writeFreeze);
    m_profile = writeFreeze ? m_sandbox.directory() + QStringLiteral("/freeze.ini") : m_sandbox.profilePath();
    // The applications write all the time; a write freeze is the DBA holding them off.
    QVERIFY(Sandbox::setWriteLoad(m_sandbox.directory(), !writeFreeze).ok());
    killDuring(step, midCopy);
    if (QTest::currentTestFailed())
        return;
    const auto resumed = SandboxFixture::runCli(setupArguments(true), 300000);
    QVERIFY2(resumed.exitCode == 0, resumed.err.right(3000).constData());
    QVERIFY(resumed.err.contains("Resuming the run recorded in"));
    const Result<RunJournal> journal = RunJournal::load(RunJournal::pathFor(m_profile));
    QVERIFY(journal.ok() && journal->isFinished() && journal->succeeded());
    // The killed run's private credential files were removed by the run after it (folders of
    // processes still alive, e.g. other tests running at the same time, are theirs to remove).
    for (const QFileInfo& folder :
         QDir(QDir::tempPath()).entryInfoList({QStringLiteral("replica-wizard-creds-*")}, QDir::Dirs)) {
        const pid_t owner = pid_t(folder.fileName().section(QLatin1Char('-'), 3, 3).toLong());
        if (owner > 0 && ::kill(owner, 0) == 0)
            continue;
        QVERIFY2(!QFileInfo::exists(folder.filePath() + QStringLiteral("/client.cnf")),
                 qPrintable(folder.filePath()));
    }
    expectTargetMatchesSource();
    // The staging replica replicates again (its master user reads that through RDS's procedure).
    auto staging = m_sandbox.adminSession(ServerRole::Staging);
    const Result<ResultSet> status = staging->query(QStringLiteral("CALL mysql.rds_replica_status()"));
    QVERIFY(status.ok() && status->rowCount() == 1);
    QCOMPARE(status->text(0, u"Slave_SQL_Running"), QStringLiteral("Yes"));
}

void TestResume::refusesWhenStagingWasRestarted()
{
    m_profile = m_sandbox.profilePath();
    killDuring(QStringLiteral("verify-copy"), false);
    if (QTest::currentTestFailed())
        return;
    // Someone (or an RDS reboot) restarts the staging replica: the copy's coordinates are gone.
    auto staging = m_sandbox.adminSession(ServerRole::Staging);
    QVERIFY(staging->execute(QStringLiteral("CALL mysql.rds_start_replication()")).ok());
    QTest::qWait(1500);
    const auto resumed = SandboxFixture::runCli(setupArguments(true), 300000);
    QCOMPARE(resumed.exitCode, 2);
    QVERIFY2(resumed.err.contains("The staging replica was restarted"), resumed.err.right(2000).constData());
    QVERIFY(resumed.err.contains("without --resume"));
    // A fresh run seeds again and succeeds.
    const auto fresh = SandboxFixture::runCli(setupArguments(false), 300000);
    QVERIFY2(fresh.exitCode == 0, fresh.err.right(2000).constData());
    expectTargetMatchesSource();
}

void TestResume::nothingToResumeAfterSuccess()
{
    m_profile = m_sandbox.profilePath();
    const auto again = SandboxFixture::runCli(setupArguments(true), 60000);
    QCOMPARE(again.exitCode, 2);
    QVERIFY2(again.err.contains("nothing to resume"), again.err.constData());
}

void TestResume::resumesInsideTheLargestTable()
{
    // A table far larger than the others, cut into about 40 chunks of 1 MiB.
    auto source = m_sandbox.adminSession(ServerRole::Source);
    for (const char* statement : {"DROP TABLE IF EXISTS shop.bulk",
                                  "CREATE TABLE shop.bulk (id BIGINT UNSIGNED NOT NULL, payload VARCHAR(120) "
                                  "NOT NULL, n INT NOT NULL, "
                                  "PRIMARY KEY (id), KEY ix_bulk_n (n)) ENGINE=InnoDB",
                                  "INSERT INTO shop.bulk SELECT seq, CONCAT(REPEAT('x', 90), seq), seq MOD "
                                  "977 FROM shop.seq_1_to_300000",
                                  "ANALYZE TABLE shop.bulk"}) {
        const Status done = source->execute(QString::fromLatin1(statement));
        QVERIFY2(done.ok(), done.ok() ? "" : qPrintable(done.error().toText()));
    }
    auto staging = m_sandbox.rootSession(ServerRole::Staging);
    const QDeadlineTimer applied(120000);
    while (!applied.hasExpired()) {
        const Result<ResultSet> rows = staging->query(QStringLiteral(
            "SELECT COUNT(*) AS n FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = 'shop' AND "
            "TABLE_NAME = 'bulk' AND INDEX_NAME = 'ix_bulk_n'"));
        const Result<ResultSet> count = staging->query(QStringLiteral("SELECT COUNT(*) AS n FROM shop.bulk"));
        if (rows.ok() && count.ok() && count->text(0, u"n") == QLatin1String("300000"))
            break;
        QTest::qWait(500);
    }
    Profile profile = m_sandbox.profile();
    profile.seedChunkMib = 1;
    m_profile = m_sandbox.directory() + QStringLiteral("/chunks.ini");
    QVERIFY(ProfileFile::save(profile, m_profile).ok());
    QVERIFY(Sandbox::setWriteLoad(m_sandbox.directory(), true).ok());
    const QString copyJournal = RunJournal::copyJournalPathFor(RunJournal::pathFor(m_profile));
    QFile::remove(RunJournal::pathFor(m_profile));
    QFile::remove(copyJournal);

    // Killed once more than half of the table's chunks are in.
    QProcess cli;
    cli.start(QStringLiteral(RW_CLI_PATH), setupArguments(false));
    QVERIFY(cli.waitForStarted());
    int chunks = 0;
    int doneBeforeKill = 0;
    const QDeadlineTimer deadline(180000);
    while (!deadline.hasExpired() && cli.state() == QProcess::Running) {
        cli.waitForReadyRead(2);
        cli.readAllStandardError();
        QFile journal(copyJournal);
        if (!journal.open(QIODevice::ReadOnly))
            continue;
        int done = 0;
        for (const QByteArray& line : journal.readAll().split('\n')) {
            const QJsonObject event = QJsonDocument::fromJson(line).object();
            if (event.value(QLatin1String("plan")).toString() == QLatin1String("shop.bulk"))
                chunks = int(event.value(QLatin1String("chunks")).toArray().size());
            else if (event.value(QLatin1String("done")).toString() == QLatin1String("shop.bulk"))
                ++done;
        }
        if (chunks > 0 && done * 10 >= chunks * 6 && done < chunks) {
            ::kill(pid_t(cli.processId()), SIGKILL);
            doneBeforeKill = done;
            break;
        }
    }
    cli.waitForFinished(10000);
    QVERIFY2(doneBeforeKill > 0, qPrintable(QStringLiteral("%1 chunks").arg(chunks)));
    QVERIFY2(chunks >= 20, qPrintable(QString::number(chunks)));
    QCOMPARE(cli.exitStatus(), QProcess::CrashExit);

    const auto resumed = SandboxFixture::runCli(setupArguments(true), 300000);
    QVERIFY2(resumed.exitCode == 0, resumed.err.right(3000).constData());
    // The resume copied only what was not recorded as done: less than half of the table.
    const Result<QList<int>> again
        = ChunkJournal::doneAfterLastResume(copyJournal, QStringLiteral("shop.bulk"));
    QVERIFY(again.ok());
    QVERIFY2(again->size() * 2 < chunks,
             qPrintable(QStringLiteral("%1 of %2").arg(again->size()).arg(chunks)));
    QVERIFY(again->size() <= chunks - doneBeforeKill);
    qInfo("shop.bulk: %d chunks, %d done when killed, %d copied by the resume", chunks, doneBeforeKill,
          int(again->size()));
    expectTargetMatchesSource();
    QVERIFY(source->execute(QStringLiteral("DROP TABLE shop.bulk")).ok());
}

QTEST_GUILESS_MAIN(TestResume)
#include "tst_resume.moc"
