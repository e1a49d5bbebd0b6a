// Each preflight check made to fail on purpose in a sandbox, with the message asserted; then
// `replica-wizard-cli check` and its exit codes.
#include "SandboxFixture.h"
#include "sandbox/Sandbox.h"
#include "setup/Preflight.h"

#include <QProcess>
#include <QTest>

namespace {

const PreflightCheck* find(const QList<PreflightCheck>& checks, const QString& id)
{
    for (const PreflightCheck& check : checks) {
        if (check.key() == id)
            return &check;
    }
    return nullptr;
}

} // namespace

class TestPreflight : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void freshSandboxHasOnlyExpectedWarnings();
    void retentionNull();
    void retentionAboveMaximum();
    void binlogFormatNotRow();
    void serverIdClash();
    void targetAlreadyReplicating();
    void stagingNotAReplica();
    void stagingReplicatesFromAnotherSource();
    void sourceWithoutBinaryLog();
    void wrongPassword();
    void schemasOverwritten();
    void replicationAccountWithoutGrant();
    void packetTooSmall();
    void definersListedWithTheirGrants();
    void definerMissingOnTheOriginToo();
    void remapToAMissingAccountBlocks();
    void remapToAWeakAccountWarnsWithTheGrants();
    void chosenSchemaMissingBlocks();
    void eventsWouldRun();
    void namedTimeZoneWithoutTables();
    void cliExitCodes();

private:
    QList<PreflightCheck> preflight(const Profile& profile, const QHash<ServerRole, QByteArray>& passwords);
    QList<PreflightCheck> preflight() { return preflight(m_sandbox.profile(), passwords()); }
    QHash<ServerRole, QByteArray> passwords() const;
    void root(ServerRole role, const QString& sql);

    SandboxFixture m_sandbox;
};

void TestPreflight::initTestCase()
{
    QString message;
    QVERIFY2(m_sandbox.start({}, &message), qPrintable(message));
}

QHash<ServerRole, QByteArray> TestPreflight::passwords() const
{
    QHash<ServerRole, QByteArray> map;
    for (ServerRole role : ServerRoles::all())
        map.insert(role, m_sandbox.password(role));
    return map;
}

QList<PreflightCheck> TestPreflight::preflight(const Profile& profile,
                                               const QHash<ServerRole, QByteArray>& passwords)
{
    return Preflight::runOn(profile, passwords);
}

void TestPreflight::root(ServerRole role, const QString& sql)
{
    auto session = m_sandbox.rootSession(role);
    QVERIFY(session);
    const Status done = session->execute(sql);
    QVERIFY2(done.ok(), done.ok() ? "" : qPrintable(done.error().toText()));
}

// Asserts the outcome of check `id` and a part of its reason.
#define EXPECT_CHECK(checks, id, expected, text)                                                             \
    do {                                                                                                     \
        const QList<PreflightCheck> all_ = (checks);                                                         \
        const PreflightCheck* c = find(all_, QStringLiteral(id));                                            \
        QVERIFY2(c, id);                                                                                     \
        QCOMPARE(c->outcome, PreflightCheck::Outcome::expected);                                             \
        QVERIFY2(c->reason.contains(QLatin1String(text)), qPrintable(c->reason));                            \
    } while (false)

void TestPreflight::freshSandboxHasOnlyExpectedWarnings()
{
    const QList<PreflightCheck> checks = preflight();
    for (const PreflightCheck& c : checks) {
        // RDS defaults: retention NULL, no replication account yet, binlog_format MIXED.
        const bool expectedWarning = c.key() == QLatin1String("retention")
            || c.key() == QLatin1String("replication_account") || c.key() == QLatin1String("binlog_format");
        QVERIFY2(c.outcome
                     == (expectedWarning ? PreflightCheck::Outcome::Warning : PreflightCheck::Outcome::Pass),
                 qPrintable(c.key() + QStringLiteral(": ") + c.reason));
    }
    QVERIFY(find(checks, QStringLiteral("staging_source")));
    QVERIFY(find(checks, QStringLiteral("definers")));
}

void TestPreflight::retentionNull()
{
    const QList<PreflightCheck> checks = preflight();
    EXPECT_CHECK(checks, "retention", Warning, "'binlog retention hours' is NULL");
    const PreflightCheck* c = find(checks, QStringLiteral("retention"));
    QCOMPARE(c->fixStatements,
             QStringList{QStringLiteral("CALL mysql.rds_set_configuration('binlog retention hours', 48)")});
}

void TestPreflight::retentionAboveMaximum()
{
    Profile profile = m_sandbox.profile();
    profile.retentionHours = 200;
    EXPECT_CHECK(preflight(profile, passwords()), "retention", Blocking, "RDS allows at most 168 h");
}

void TestPreflight::binlogFormatNotRow()
{
    EXPECT_CHECK(preflight(), "binlog_format", Warning, "binlog_format is MIXED");
    root(ServerRole::Source, QStringLiteral("SET GLOBAL binlog_format = 'ROW'"));
    const QList<PreflightCheck> checks = preflight();
    root(ServerRole::Source, QStringLiteral("SET GLOBAL binlog_format = 'MIXED'"));
    EXPECT_CHECK(checks, "binlog_format", Pass, "ROW");
}

void TestPreflight::serverIdClash()
{
    root(ServerRole::Target, QStringLiteral("SET GLOBAL server_id = %1").arg(Sandbox::SourceServerId));
    const QList<PreflightCheck> checks = preflight();
    root(ServerRole::Target, QStringLiteral("SET GLOBAL server_id = 1"));
    EXPECT_CHECK(checks, "server_ids", Blocking, "server_id 933302652 equals the source's");
}

void TestPreflight::targetAlreadyReplicating()
{
    root(ServerRole::Target,
         QStringLiteral("CHANGE MASTER TO MASTER_HOST='127.0.0.1', MASTER_PORT=1, MASTER_USER='x', "
                        "MASTER_USE_GTID=no"));
    const QList<PreflightCheck> checks = preflight();
    root(ServerRole::Target, QStringLiteral("RESET SLAVE ALL"));
    EXPECT_CHECK(checks, "target_replicating", Blocking, "already replicates from 127.0.0.1:1");
    QCOMPARE(find(checks, QStringLiteral("target_replicating"))->fixStatements,
             QStringList({QStringLiteral("STOP SLAVE"), QStringLiteral("RESET SLAVE ALL")}));
}

void TestPreflight::stagingNotAReplica()
{
    Profile profile = m_sandbox.profile();
    profile.staging = profile.target; // a plain server in the staging role
    profile.staging.role = ServerRole::Staging;
    QHash<ServerRole, QByteArray> pw = passwords();
    pw.insert(ServerRole::Staging, pw.value(ServerRole::Target));
    EXPECT_CHECK(preflight(profile, pw), "staging_source", Blocking, "not a replica");
}

void TestPreflight::stagingReplicatesFromAnotherSource()
{
    Profile profile = m_sandbox.profile();
    profile.source = profile.target; // the staging replica does not replicate from this server
    profile.source.role = ServerRole::Source;
    QHash<ServerRole, QByteArray> pw = passwords();
    pw.insert(ServerRole::Source, pw.value(ServerRole::Target));
    const QList<PreflightCheck> checks = preflight(profile, pw);
    EXPECT_CHECK(checks, "staging_source", Blocking, "replicates from server id 933302652");
}

void TestPreflight::sourceWithoutBinaryLog()
{
    Profile profile = m_sandbox.profile();
    profile.source = profile.target; // the sandbox target has no binary log
    profile.source.role = ServerRole::Source;
    QHash<ServerRole, QByteArray> pw = passwords();
    pw.insert(ServerRole::Source, pw.value(ServerRole::Target));
    EXPECT_CHECK(preflight(profile, pw), "log_bin", Blocking, "writes no binary log");
}

void TestPreflight::wrongPassword()
{
    QHash<ServerRole, QByteArray> pw = passwords();
    pw.insert(ServerRole::Target, "wrong");
    EXPECT_CHECK(preflight(m_sandbox.profile(), pw), "connection_target", Blocking, "[1045]");
}

void TestPreflight::schemasOverwritten()
{
    root(ServerRole::Target, QStringLiteral("CREATE DATABASE shop_media"));
    const QList<PreflightCheck> checks = preflight();
    root(ServerRole::Target, QStringLiteral("DROP DATABASE shop_media"));
    EXPECT_CHECK(checks, "overwritten_schemas", Warning, "replaces these schemas on the target: shop_media");
}

void TestPreflight::replicationAccountWithoutGrant()
{
    EXPECT_CHECK(preflight(), "replication_account", Warning, "does not exist on the source");
    root(ServerRole::Source, QStringLiteral("CREATE USER 'repl'@'%' IDENTIFIED BY 'x'"));
    const QList<PreflightCheck> checks = preflight();
    root(ServerRole::Source, QStringLiteral("DROP USER 'repl'@'%'"));
    EXPECT_CHECK(checks, "replication_account", Warning, "lacks REPLICATION SLAVE");
    QCOMPARE(find(checks, QStringLiteral("replication_account"))->fixStatements,
             QStringList{QStringLiteral("GRANT REPLICATION SLAVE ON *.* TO 'repl'@'%'")});
}

void TestPreflight::packetTooSmall()
{
    root(ServerRole::Target, QStringLiteral("SET GLOBAL max_allowed_packet = 1048576"));
    const QList<PreflightCheck> checks = preflight();
    root(ServerRole::Target, QStringLiteral("SET GLOBAL max_allowed_packet = 67108864"));
    EXPECT_CHECK(checks, "max_allowed_packet", Warning, "max_allowed_packet (1 MiB) is smaller");
}

void TestPreflight::definersListedWithTheirGrants()
{
    // The RDS master user defines every object and does not exist on the target: created there
    // locked, with exactly these grants on each copied schema.
    const QList<PreflightCheck> checks = preflight();
    EXPECT_CHECK(checks, "definers", Pass, "'admin'@'%'");
    const QString reason = find(checks, QStringLiteral("definers"))->reason;
    QVERIFY2(reason.contains(QLatin1String("is missing on the target: the setup creates it locked")),
             qPrintable(reason));
    for (const char* schema : {"`shop`", "`shop\\_media`", "`shop\\_audit`", "`legacy-crm`"})
        QVERIFY2(reason.contains(
                     QStringLiteral("GRANT SELECT, INSERT, UPDATE, DELETE, EXECUTE, TRIGGER, EVENT ON %1.* "
                                    "TO 'admin'@'%'")
                         .arg(QLatin1String(schema))),
                 qPrintable(reason));
    QVERIFY(!reason.contains(QLatin1String("scratch")));
}

void TestPreflight::definerMissingOnTheOriginToo()
{
    // Created on the source as root with a definer that exists nowhere; it replicates to staging.
    root(ServerRole::Source,
         QStringLiteral("CREATE DEFINER='ghost'@'%' VIEW shop.v_ghost AS SELECT 1 AS one"));
    QTest::qWait(1000);
    const QList<PreflightCheck> checks = preflight();
    root(ServerRole::Source, QStringLiteral("DROP VIEW shop.v_ghost"));
    EXPECT_CHECK(checks, "definers", Warning, "'ghost'@'%' (1 object(s)) is missing on the target");
    EXPECT_CHECK(checks, "definers", Warning, "does not exist on the staging replica either");
}

void TestPreflight::remapToAMissingAccountBlocks()
{
    Profile profile = m_sandbox.profile();
    profile.definers = DefinerPolicy::remapTo(QStringLiteral("nobody"), QStringLiteral("%"));
    EXPECT_CHECK(preflight(profile, passwords()), "definers", Blocking,
                 "'nobody'@'%', the account to remap to, does not exist on the target");
}

void TestPreflight::remapToAWeakAccountWarnsWithTheGrants()
{
    root(ServerRole::Target, QStringLiteral("CREATE USER 'weak'@'%' IDENTIFIED BY 'x'"));
    Profile profile = m_sandbox.profile();
    profile.definers = DefinerPolicy::remapTo(QStringLiteral("weak"), QStringLiteral("%"));
    const QList<PreflightCheck> checks = preflight(profile, passwords());
    root(ServerRole::Target, QStringLiteral("DROP USER 'weak'@'%'"));
    EXPECT_CHECK(checks, "definers", Warning, "'weak'@'%' becomes the DEFINER");
    QVERIFY(
        find(checks, QStringLiteral("definers"))
            ->fixStatements.contains(QStringLiteral("GRANT SELECT, INSERT, UPDATE, DELETE, EXECUTE, TRIGGER, "
                                                    "EVENT ON `legacy-crm`.* TO 'weak'@'%'")));
}

void TestPreflight::chosenSchemaMissingBlocks()
{
    Profile profile = m_sandbox.profile();
    profile.databases << QStringLiteral("no_such_schema");
    EXPECT_CHECK(preflight(profile, passwords()), "chosen_schemas", Blocking, "no_such_schema");
}

void TestPreflight::eventsWouldRun()
{
    // Copied from the source (write freeze), the shop's event is enabled; from staging it is not.
    Profile profile = m_sandbox.profile();
    profile.strategy = SetupStrategy::WriteFreeze;
    EXPECT_CHECK(preflight(profile, passwords()), "events", Warning, "shop_audit.ev_cleanup_login_events");
    EXPECT_CHECK(preflight(), "events", Pass, "No copied event");
}

void TestPreflight::namedTimeZoneWithoutTables()
{
    auto access = Sandbox::rootAccess(m_sandbox.directory(), ServerRole::Source);
    QVERIFY(access);
    // Time zone tables on the source only (not binlogged), then a named zone.
    QProcess tzinfo;
    tzinfo.setStandardOutputFile(m_sandbox.directory() + QStringLiteral("/tz.sql"));
    tzinfo.start(QStringLiteral("mariadb-tzinfo-to-sql"), {QStringLiteral("/usr/share/zoneinfo")});
    QVERIFY(tzinfo.waitForFinished(60000));
    QProcess client;
    client.setStandardInputFile(m_sandbox.directory() + QStringLiteral("/tz.sql"));
    client.start(QStringLiteral("mariadb"),
                 {QStringLiteral("--defaults-extra-file=") + m_sandbox.directory()
                      + QStringLiteral("/source/root.cnf"),
                  QStringLiteral("--init-command=SET SESSION sql_log_bin=0"), QStringLiteral("mysql")});
    QVERIFY(client.waitForFinished(120000));
    QCOMPARE(client.exitCode(), 0);
    root(ServerRole::Source, QStringLiteral("SET GLOBAL time_zone = 'Europe/Berlin'"));
    const QList<PreflightCheck> checks = preflight();
    root(ServerRole::Source, QStringLiteral("SET GLOBAL time_zone = 'SYSTEM'"));
    EXPECT_CHECK(checks, "time_zones", Warning, "named time zone Europe/Berlin");
}

void TestPreflight::cliExitCodes()
{
    // Fresh sandbox: warnings only (retention NULL, no replication account) -> 1.
    auto result = SandboxFixture::runCli({QStringLiteral("check"), QStringLiteral("--profile"),
                                          m_sandbox.profilePath(), QStringLiteral("--secrets"),
                                          m_sandbox.secretsPath()});
    QCOMPARE(result.exitCode, 1);
    QVERIFY(result.out.contains("[WARN ] Binary log retention"));
    // A blocking failure -> 2.
    root(ServerRole::Target, QStringLiteral("SET GLOBAL server_id = %1").arg(Sandbox::SourceServerId));
    result = SandboxFixture::runCli({QStringLiteral("check"), QStringLiteral("--profile"),
                                     m_sandbox.profilePath(), QStringLiteral("--secrets"),
                                     m_sandbox.secretsPath(), QStringLiteral("--json")});
    root(ServerRole::Target, QStringLiteral("SET GLOBAL server_id = 1"));
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.out.contains("\"outcome\": \"blocking\""));
    // Everything fixed -> 0.
    root(ServerRole::Source, QStringLiteral("CREATE USER 'repl'@'%' IDENTIFIED BY 'x'"));
    root(ServerRole::Source, QStringLiteral("GRANT REPLICATION SLAVE ON *.* TO 'repl'@'%'"));
    root(ServerRole::Source,
         QStringLiteral("CALL mysql.rds_set_configuration('binlog retention hours', 48)"));
    root(ServerRole::Source, QStringLiteral("SET GLOBAL binlog_format = 'ROW'")); // the parameter group
    result = SandboxFixture::runCli({QStringLiteral("check"), QStringLiteral("--profile"),
                                     m_sandbox.profilePath(), QStringLiteral("--secrets"),
                                     m_sandbox.secretsPath()});
    root(ServerRole::Source, QStringLiteral("SET GLOBAL binlog_format = 'MIXED'"));
    QVERIFY2(result.exitCode == 0, result.out.constData());
}

QTEST_GUILESS_MAIN(TestPreflight)
#include "tst_preflight.moc"
