// A target that restarts loses the replication filters the setup set at runtime (SET GLOBAL does
// not persist). Status says so (filters_missing, with the statements and the configuration lines),
// the dashboard's action sets them again, and replication goes on; RDS's own tables on the target
// keep its housekeeping writes from breaking replication meanwhile.
#include "ReplicaChecks.h"
#include "SandboxFixture.h"
#include "db/ErrorCatalog.h"
#include "monitor/RecoveryAction.h"
#include "monitor/StatusCollector.h"
#include "sandbox/Sandbox.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

class TestRestart : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void restartLosesTheFiltersAndStatusSaysSo();
    void restoringTheFiltersRepairsReplication();
    void allSchemasTargetSurvivesARestart();

private:
    void setup(const QString& profile);
    void restartTarget();
    QJsonObject status(const QString& profile, int* exitCode = nullptr) const;
    void restoreFilters(const QString& profile);

    SandboxFixture m_sandbox;
};

void TestRestart::initTestCase()
{
    QString message;
    QVERIFY2(m_sandbox.start({QStringLiteral("--load")}, &message), qPrintable(message));
    setup(m_sandbox.profilePath());
}

void TestRestart::setup(const QString& profile)
{
    const auto result = SandboxFixture::runCli({QStringLiteral("setup"), QStringLiteral("--profile"), profile,
                                                QStringLiteral("--secrets"), m_sandbox.secretsPath(),
                                                QStringLiteral("--yes")},
                                               300000);
    QVERIFY2(result.exitCode == 0, result.err.right(2000).constData());
    QVERIFY(result.err.contains("replicate_wild_ignore_table = mysql.rds%"));
}

void TestRestart::restartTarget()
{
    const auto result
        = SandboxFixture::runCli({QStringLiteral("sandbox"), QStringLiteral("restart"),
                                  QStringLiteral("--dir"), m_sandbox.directory(), QStringLiteral("target")});
    QVERIFY2(result.exitCode == 0, result.err.constData());
}

QJsonObject TestRestart::status(const QString& profile, int* exitCode) const
{
    const auto result = SandboxFixture::runCli({QStringLiteral("status"), QStringLiteral("--profile"),
                                                profile, QStringLiteral("--secrets"), m_sandbox.secretsPath(),
                                                QStringLiteral("--json"), QStringLiteral("--lag-warning"),
                                                QStringLiteral("600")});
    if (exitCode)
        *exitCode = result.exitCode;
    return QJsonDocument::fromJson(result.out).object().value(QStringLiteral("target")).toObject();
}

void TestRestart::restoreFilters(const QString& profile)
{
    // What the dashboard's "Set the replication filters again" runs, from the same snapshot.
    const Profile loaded = ProfileFile::load(profile).value();
    for (const StatusCollector::Request& request :
         StatusCollector::requestsFor(loaded, m_sandbox.passwords())) {
        if (request.spec.role != ServerRole::Target)
            continue;
        const ServerSnapshot snapshot = StatusCollector::collectOne(request);
        const QStringList statements
            = RecoveryActions::statementsFor(RecoveryAction::RestoreFilters, snapshot);
        QVERIFY(statements.size() == 4);
        const Status done = RecoveryActions::run(request, statements);
        QVERIFY2(done.ok(), done.ok() ? "" : qPrintable(done.error().toText()));
    }
}

void TestRestart::restartLosesTheFiltersAndStatusSaysSo()
{
    // Before: every filter in place, but set at runtime only.
    QJsonObject before = status(m_sandbox.profilePath());
    QCOMPARE(before.value(QStringLiteral("health")).toString(), QStringLiteral("ok"));
    QCOMPARE(
        before.value(QStringLiteral("filters")).toObject().value(QStringLiteral("persistent")).toBool(true),
        false);
    restartTarget();
    // After: the application writes every second to a schema that was not copied; the filters are
    // gone, and status names them as the cause, whatever the SQL thread met first.
    int exitCode = -1;
    QJsonObject after;
    QTRY_VERIFY_WITH_TIMEOUT(
        (after = status(m_sandbox.profilePath(), &exitCode),
         after.value(QStringLiteral("diagnosis")).toObject().value(QStringLiteral("id")).toString()
             == QLatin1String(ErrorCatalog::FiltersMissing)),
        20000);
    QVERIFY(exitCode >= 1);
    const QJsonObject diagnosis = after.value(QStringLiteral("diagnosis")).toObject();
    QVERIFY2(diagnosis.value(QStringLiteral("fix"))
                 .toString()
                 .contains(QLatin1String("replicate_wild_do_table = legacy-crm.%")),
             qPrintable(diagnosis.value(QStringLiteral("fix")).toString()));
    QVERIFY(diagnosis.value(QStringLiteral("fix"))
                .toString()
                .contains(QLatin1String("SET GLOBAL replicate_wild_ignore_table")));
    QCOMPARE(
        after.value(QStringLiteral("filters")).toObject().value(QStringLiteral("missing")).toArray().size(),
        6);
}

void TestRestart::restoringTheFiltersRepairsReplication()
{
    restoreFilters(m_sandbox.profilePath());
    QJsonObject t;
    QTRY_VERIFY_WITH_TIMEOUT((t = status(m_sandbox.profilePath()),
                              t.value(QStringLiteral("health")).toString() == QLatin1String("ok")),
                             30000);
    QVERIFY(t.value(QStringLiteral("diagnosis")).isNull());
    const QString differs = ReplicaChecks::targetMatchesSource(m_sandbox);
    QVERIFY2(differs.isEmpty(), qPrintable(differs));
    // The unselected schema's writes, let through while the filters were gone, were never applied.
    const Result<ResultSet> scratch
        = m_sandbox.rootSession(ServerRole::Target)->query(QStringLiteral("SHOW DATABASES LIKE 'scratch'"));
    QVERIFY(scratch.ok());
    QCOMPARE(scratch->rowCount(), 0);
}

void TestRestart::allSchemasTargetSurvivesARestart()
{
    // Every schema copied: the only filter is the one for RDS's own tables. The setup also created
    // those tables on the target, so after a restart RDS's housekeeping writes (the heartbeat every
    // 5 s) apply instead of stopping replication; status warns until the filter is back.
    QVERIFY(Sandbox::setWriteLoad(m_sandbox.directory(), true).ok());
    Profile all = m_sandbox.profile();
    all.databases.clear();
    const QString profile = m_sandbox.directory() + QStringLiteral("/all-schemas.ini");
    QVERIFY(ProfileFile::save(all, profile).ok());
    setup(profile);
    auto targetRoot = m_sandbox.rootSession(ServerRole::Target);
    QVERIFY(targetRoot);
    QCOMPARE(
        targetRoot->query(QStringLiteral("SELECT COUNT(*) AS n FROM mysql.rds_heartbeat2"))->text(0, u"n"),
        QStringLiteral("1"));
    restartTarget();
    auto source = m_sandbox.rootSession(ServerRole::Source);
    const QString heartbeat = QStringLiteral("SELECT value FROM mysql.rds_heartbeat2 WHERE id = 1");
    const qint64 before = source->query(heartbeat)->text(0, u"value").toLongLong();
    QTRY_VERIFY_WITH_TIMEOUT(source->query(heartbeat)->text(0, u"value").toLongLong() > before, 15000);
    QTest::qWait(2000);
    int exitCode = -1;
    const QJsonObject t = status(profile, &exitCode);
    QCOMPARE(t.value(QStringLiteral("health")).toString(), QStringLiteral("filters_missing"));
    QCOMPARE(exitCode, 1);
    QCOMPARE(t.value(QStringLiteral("last_sql_errno")).toInt(), 0);
    QVERIFY(t.value(QStringLiteral("sql_running")).toBool());
    restoreFilters(profile);
    QTRY_COMPARE_WITH_TIMEOUT(status(profile).value(QStringLiteral("health")).toString(),
                              QStringLiteral("ok"), 30000);
    const QString differs = ReplicaChecks::targetMatchesSource(m_sandbox);
    QVERIFY2(differs.isEmpty(), qPrintable(differs));
}

QTEST_GUILESS_MAIN(TestRestart)
#include "tst_restart.moc"
