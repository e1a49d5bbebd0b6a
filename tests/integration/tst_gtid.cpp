// MariaDB GTID positioning on a sandbox that uses GTIDs (`sandbox start --gtid`: gtid_strict_mode
// on the source and the target, the staging replica positioned by GTID, the target with a binary
// log and GTIDs of its own): the staging-replica strategy under write load and the write-freeze
// strategy end with the target positioned by GTID (MASTER_USE_GTID=slave_pos from the GTID position
// of the copy's coordinates) and exact; a run killed with SIGKILL resumes in GTID mode; status
// shows the GTID positions and the distance; a target in strict mode whose own binary log is ahead
// in the source's domain is refused before any server changes.
#include "ReplicaChecks.h"
#include "SandboxFixture.h"
#include "replication/MariaDbGtidList.h"
#include "replication/ServerInspector.h"
#include "sandbox/Sandbox.h"
#include "setup/RunJournal.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

class TestGtid : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void preflightChoosesGtidAsTheStagingReplicaReplicates();
    void stagingStrategyUnderLoadPositionsByGtid();
    void statusShowsTheGtidDistance();
    void resumesInGtidModeAfterAKill_data();
    void resumesInGtidModeAfterAKill();
    void writeFreezePositionsByGtid();
    void strictTargetAheadInTheSourceDomainIsRefused();
    void gtidOffKeepsFileAndPosition();

private:
    QStringList setupArguments(const QString& profile, bool resume) const;
    QString profileWith(const QString& name, const std::function<void(Profile&)>& change) const;
    void expectTargetByGtidAndExact();

    SandboxFixture m_sandbox;
};

void TestGtid::initTestCase()
{
    QString message;
    QVERIFY2(m_sandbox.start({QStringLiteral("--gtid"), QStringLiteral("--load"),
                              QStringLiteral("--purge-window"), QStringLiteral("86400")},
                             &message),
             qPrintable(message));
    // The target's own GTIDs, from the DBA's schema written before the setup, in domain 0.
    auto target = m_sandbox.rootSession(ServerRole::Target);
    const Result<ResultSet> own = target->query(QStringLiteral("SELECT @@GLOBAL.gtid_binlog_pos AS p"));
    QVERIFY(own.ok());
    const auto list = MariaDbGtidList::parse(own->text(0, u"p"));
    QVERIFY2(list && list->inDomain(0) && list->inDomain(0)->server == 1, qPrintable(own->text(0, u"p")));
}

QStringList TestGtid::setupArguments(const QString& profile, bool resume) const
{
    QStringList arguments{QStringLiteral("setup"),     QStringLiteral("--profile"), profile,
                          QStringLiteral("--secrets"), m_sandbox.secretsPath(),     QStringLiteral("--yes")};
    if (resume)
        arguments << QStringLiteral("--resume");
    return arguments;
}

QString TestGtid::profileWith(const QString& name, const std::function<void(Profile&)>& change) const
{
    Profile profile = m_sandbox.profile();
    change(profile);
    const QString path = m_sandbox.directory() + QLatin1Char('/') + name;
    if (!ProfileFile::save(profile, path).ok())
        return {};
    return path;
}

void TestGtid::expectTargetByGtidAndExact()
{
    auto target = m_sandbox.adminSession(ServerRole::Target);
    QVERIFY(target);
    const Result<ServerFacts> facts = ServerInspector(*target).inspect();
    QVERIFY(facts.ok() && facts->replicaStatus);
    QCOMPARE(facts->replicaStatus->usingGtid, QStringLiteral("Slave_Pos"));
    QVERIFY(facts->replicaStatus->sqlThreadRunning());
    const QString differs = ReplicaChecks::targetMatchesSource(m_sandbox);
    QVERIFY2(differs.isEmpty(), qPrintable(differs));
    // Caught up (writes held off by the check above): the target applied what the source logged.
    auto source = m_sandbox.rootSession(ServerRole::Source);
    auto targetRoot = m_sandbox.rootSession(ServerRole::Target);
    const Result<ResultSet> theirs = source->query(QStringLiteral("SELECT @@GLOBAL.gtid_binlog_pos AS p"));
    const Result<ResultSet> applied
        = targetRoot->query(QStringLiteral("SELECT @@GLOBAL.gtid_slave_pos AS p"));
    QVERIFY(theirs.ok() && applied.ok());
    const auto sourceList = MariaDbGtidList::parse(theirs->text(0, u"p"));
    const auto appliedList = MariaDbGtidList::parse(applied->text(0, u"p"));
    QVERIFY(sourceList && appliedList);
    QCOMPARE(sourceList->sequencesAhead(*appliedList), quint64(0));
    QVERIFY(Sandbox::setWriteLoad(m_sandbox.directory(), true).ok());
}

void TestGtid::preflightChoosesGtidAsTheStagingReplicaReplicates()
{
    const auto checked = SandboxFixture::runCli({QStringLiteral("check"), QStringLiteral("--profile"),
                                                 m_sandbox.profilePath(), QStringLiteral("--secrets"),
                                                 m_sandbox.secretsPath(), QStringLiteral("--json")});
    QVERIFY2(!QJsonDocument::fromJson(checked.out).isNull(), checked.out.constData());
    QVERIFY2(checked.out.contains("\"gtid\""), checked.out.constData());
    QVERIFY2(checked.out.contains(
                 "GTID positioning (MASTER_USE_GTID=slave_pos), as the staging replica replicates."),
             checked.out.constData());
    // The plan shows where the target starts: a GTID position, no file and position.
    const auto plan = SandboxFixture::runCli({QStringLiteral("plan"), QStringLiteral("--profile"),
                                              m_sandbox.profilePath(), QStringLiteral("--secrets"),
                                              m_sandbox.secretsPath()});
    QCOMPARE(plan.exitCode, 0);
    QVERIFY2(plan.out.contains("SET GLOBAL gtid_slave_pos = '<gtid position>'"), plan.out.constData());
    QVERIFY2(plan.out.contains("MASTER_USE_GTID=slave_pos"), plan.out.constData());
    QVERIFY(!plan.out.contains("MASTER_LOG_POS"));
}

void TestGtid::stagingStrategyUnderLoadPositionsByGtid()
{
    const auto run = SandboxFixture::runCli(setupArguments(m_sandbox.profilePath(), false), 300000);
    QVERIFY2(run.exitCode == 0, run.err.right(3000).constData());
    // The GTID position was read on the source for the staging replica's executed coordinates.
    QFile audit(m_sandbox.directory() + QStringLiteral("/audit.log"));
    QVERIFY(audit.open(QIODevice::ReadOnly));
    const QByteArray log = audit.readAll();
    QVERIFY(log.contains("SELECT BINLOG_GTID_POS('mysql-bin-changelog."));
    QVERIFY(log.contains("SET GLOBAL gtid_slave_pos = '0-"));
    expectTargetByGtidAndExact();
}

void TestGtid::statusShowsTheGtidDistance()
{
    const auto status = SandboxFixture::runCli({QStringLiteral("status"), QStringLiteral("--profile"),
                                                m_sandbox.profilePath(), QStringLiteral("--secrets"),
                                                m_sandbox.secretsPath(), QStringLiteral("--json")});
    const QJsonObject root = QJsonDocument::fromJson(status.out).object();
    QVERIFY2(!root.isEmpty(), status.out.constData());
    const QJsonObject gtid
        = root.value(QStringLiteral("target")).toObject().value(QStringLiteral("gtid")).toObject();
    QCOMPARE(gtid.value(QStringLiteral("mode")).toString(), QStringLiteral("Slave_Pos"));
    QVERIFY(MariaDbGtidList::parse(gtid.value(QStringLiteral("applied")).toString()));
    QVERIFY(gtid.value(QStringLiteral("behind_transactions")).isDouble());
    QVERIFY(!root.value(QStringLiteral("source"))
                 .toObject()
                 .value(QStringLiteral("gtid_binlog_pos"))
                 .toString()
                 .isEmpty());
    // Monitoring reads: the applied position only moves on by replication.
    const auto text = SandboxFixture::runCli({QStringLiteral("status"), QStringLiteral("--profile"),
                                              m_sandbox.profilePath(), QStringLiteral("--secrets"),
                                              m_sandbox.secretsPath()});
    QVERIFY2(text.out.contains("GTID (Slave_Pos)"), text.out.constData());
}

void TestGtid::resumesInGtidModeAfterAKill_data()
{
    QTest::addColumn<QString>("step");
    QTest::addColumn<bool>("midCopy");
    QTest::newRow("seed, mid-copy") << QStringLiteral("seed") << true;
    QTest::newRow("point-target") << QStringLiteral("point-target") << false;
    QTest::newRow("verify-replication") << QStringLiteral("verify-replication") << false;
}

void TestGtid::resumesInGtidModeAfterAKill()
{
    QFETCH(QString, step);
    QFETCH(bool, midCopy);
    const QString profile = m_sandbox.profilePath();
    // The earlier setup's replication is removed first, as a DBA re-seeding would; the target's
    // binary log then holds the source's GTIDs, which strict mode would refuse to see again.
    auto target = m_sandbox.rootSession(ServerRole::Target);
    QVERIFY(target->execute(QStringLiteral("STOP SLAVE")).ok());
    QVERIFY(target->execute(QStringLiteral("RESET SLAVE ALL")).ok());
    QVERIFY(target->execute(QStringLiteral("RESET MASTER")).ok());
    const QString failed = ReplicaChecks::killSetupAt(profile, m_sandbox.secretsPath(), step, midCopy);
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    // The GTID position was journaled with the coordinates once the staging replica stopped.
    const Result<RunJournal> journal = RunJournal::load(RunJournal::pathFor(profile));
    QVERIFY(journal.ok() && journal->coordinates());
    QVERIFY2(MariaDbGtidList::parse(journal->coordinates()->gtid)
                 && !MariaDbGtidList::parse(journal->coordinates()->gtid)->isEmpty(),
             qPrintable(journal->coordinates()->gtid));
    const auto resumed = SandboxFixture::runCli(setupArguments(profile, true), 300000);
    QVERIFY2(resumed.exitCode == 0, resumed.err.right(3000).constData());
    QVERIFY(resumed.err.contains("Resuming the run recorded in"));
    expectTargetByGtidAndExact();
}

void TestGtid::writeFreezePositionsByGtid()
{
    const QString profile = profileWith(QStringLiteral("freeze.ini"),
                                        [](Profile& p) { p.strategy = SetupStrategy::WriteFreeze; });
    QVERIFY(!profile.isEmpty());
    QVERIFY(Sandbox::setWriteLoad(m_sandbox.directory(), false).ok());
    auto target = m_sandbox.rootSession(ServerRole::Target);
    QVERIFY(target->execute(QStringLiteral("STOP SLAVE")).ok());
    QVERIFY(target->execute(QStringLiteral("RESET SLAVE ALL")).ok());
    QVERIFY(target->execute(QStringLiteral("RESET MASTER")).ok());
    // Without the staging replica, Auto follows the source's gtid_strict_mode (ON here).
    const auto run = SandboxFixture::runCli(setupArguments(profile, false), 300000);
    QVERIFY2(run.exitCode == 0, run.err.right(3000).constData());
    expectTargetByGtidAndExact();
}

void TestGtid::strictTargetAheadInTheSourceDomainIsRefused()
{
    // The target's own write in domain 0 far ahead of the source's sequence numbers (a DBA's local
    // change on a target that was once a primary): strict mode would stop replication with 1950.
    auto target = m_sandbox.rootSession(ServerRole::Target);
    QVERIFY(target->execute(QStringLiteral("STOP SLAVE")).ok());
    QVERIFY(target->execute(QStringLiteral("RESET SLAVE ALL")).ok());
    QVERIFY(target->execute(QStringLiteral("SET SESSION gtid_seq_no = 99999999")).ok());
    QVERIFY(target->execute(QStringLiteral("INSERT INTO dba_local.notes VALUES (2, 'ahead')")).ok());
    const QString before = ReplicaChecks::serversFingerprint(m_sandbox);

    const QStringList arguments{QStringLiteral("--profile"), m_sandbox.profilePath(),
                                QStringLiteral("--secrets"), m_sandbox.secretsPath()};
    const auto checked = SandboxFixture::runCli(QStringList{QStringLiteral("check")} + arguments);
    QCOMPARE(checked.exitCode, 2);
    QVERIFY2(checked.out.contains("error 1950"), checked.out.constData());
    QVERIFY(checked.out.contains("0-1-99999999"));
    QVERIFY(checked.out.contains("RESET MASTER"));
    const auto run = SandboxFixture::runCli(setupArguments(m_sandbox.profilePath(), false), 120000);
    QVERIFY(run.exitCode != 0);
    QVERIFY2(run.err.contains("error 1950"), run.err.constData());
    QCOMPARE(ReplicaChecks::serversFingerprint(m_sandbox), before);

    // The preflight's fix clears it; file/position needs none of it either.
    QVERIFY(target->execute(QStringLiteral("RESET MASTER")).ok());
    const auto again = SandboxFixture::runCli(QStringList{QStringLiteral("check")} + arguments);
    QVERIFY2(!again.out.contains("error 1950"), again.out.constData());
}

void TestGtid::gtidOffKeepsFileAndPosition()
{
    const QString profile
        = profileWith(QStringLiteral("gtid-off.ini"), [](Profile& p) { p.gtid = GtidUse::Off; });
    const auto plan = SandboxFixture::runCli({QStringLiteral("plan"), QStringLiteral("--profile"), profile,
                                              QStringLiteral("--secrets"), m_sandbox.secretsPath()});
    QCOMPARE(plan.exitCode, 0);
    QVERIFY2(plan.out.contains("MASTER_USE_GTID=no"), plan.out.constData());
    QVERIFY(plan.out.contains("MASTER_LOG_POS=<position>"));
    QVERIFY(!plan.out.contains("gtid_slave_pos"));
}

QTEST_GUILESS_MAIN(TestGtid)
#include "tst_gtid.moc"
