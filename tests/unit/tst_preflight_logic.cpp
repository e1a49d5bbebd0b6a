// Each preflight decision on scripted servers (recorded result sets, no server runs here): the
// shape of the servers in, the check's outcome and reason out.
#include "ScriptedServer.h"
#include "ScriptedTopology.h"
#include "db/ErrorCatalog.h"
#include "setup/Preflight.h"
#include "setup/SetupChecks.h"
#include "setup/SetupConnections.h"

#include <QTest>

#include <functional>
#include <optional>

namespace {

struct Shape
{
    ScriptedServer source;
    ScriptedServer staging;
    ScriptedServer target;
    Profile profile;
    // Roles whose connection failed (as SetupConnections reports them).
    QHash<ServerRole, EngineError> unreachable;
};

Shape healthy()
{
    Shape s;
    s.source.role = ServerRole::Source;
    s.source.retentionSet = true;
    s.source.retentionHours = 48;
    s.source.replicationAccount = true;
    s.staging.role = ServerRole::Staging;
    s.staging.serverId = 1517654908;
    s.staging.replica = true;
    s.target.role = ServerRole::Target;
    s.target.serverId = 1;
    s.target.rds = false;
    s.target.schemas.clear();
    s.profile.strategy = SetupStrategy::StagingReplica;
    for (ServerRole role : ServerRoles::all()) {
        s.profile.connection(role).role = role;
        s.profile.connection(role).host = QStringLiteral("%1.example.internal").arg(ServerRoles::key(role));
        s.profile.connection(role).user = QStringLiteral("admin");
    }
    s.profile.databases = QStringList{QStringLiteral("shop")};
    return s;
}

QList<PreflightCheck> preflight(const Shape& s)
{
    QHash<ServerRole, std::shared_ptr<SqlSession>> sessions;
    for (const ScriptedServer* server : {&s.source, &s.staging, &s.target}) {
        if (!s.unreachable.contains(server->role))
            sessions.insert(server->role, server->build());
    }
    return Preflight::runOn(s.profile, SetupConnections::fromSessions(s.profile, sessions, s.unreachable));
}

using Change = std::function<void(Shape&)>;

} // namespace

Q_DECLARE_METATYPE(Change)

class TestPreflightLogic : public QObject
{
    Q_OBJECT

private slots:
    void mysql8IntoMariaDbChecksColumns();
    void theRunRefusesWhatPreflightBlocks();
    void healthyShapePasses();
    void decisions_data();
    void decisions();
};

void TestPreflightLogic::theRunRefusesWhatPreflightBlocks()
{
    // The CLI's setup runs no preflight: the run's own check refuses a MySQL 8 source into a MariaDB
    // target too old to read its binary log, and one whose copied columns MariaDB cannot take.
    ScriptedTopology servers = ScriptedTopology::of(QStringLiteral("mysql-8.0.30"));
    servers.target.recorded = QStringLiteral("mariadb-10.11.6");
    const Profile profile = ScriptedTopology::profile(SetupStrategy::StagingReplica);
    QHash<ServerRole, std::shared_ptr<ScriptedSession>> scripted;
    SetupConnections connections = servers.connect(profile, &scripted);
    QVERIFY(connections.complete());
    std::optional<EngineError> refused = SetupChecks::incompatibility(
        connections.facts, scripted.value(ServerRole::Staging).get(), connections.schemas);
    QVERIFY(refused);
    QVERIFY2(refused->explanation.contains(QLatin1String("cannot replicate from MySQL 8")),
             qPrintable(refused->explanation));
    QVERIFY(refused->fix.contains(QLatin1String("10.11.11")));

    // A MariaDB release that reads MySQL 8's binary log: the copied columns decide.
    const auto withColumns = [&](const QList<QList<QVariant>>& columns) {
        QHash<ServerRole, std::shared_ptr<ScriptedSession>> sessions;
        SetupConnections newer = servers.connect(profile, &sessions);
        newer.facts[ServerRole::Target].version
            = ServerVersion::parse(QStringLiteral("10.11.11-MariaDB"), {});
        sessions.value(ServerRole::Staging)
            ->answer(QStringLiteral("information_schema.COLUMNS"),
                     ResultSet({QStringLiteral("c"), QStringLiteral("t"), QStringLiteral("k")}, columns));
        return SetupChecks::incompatibility(newer.facts, sessions.value(ServerRole::Staging).get(),
                                            newer.schemas);
    };
    refused = withColumns({{QStringLiteral("shop.orders.doc"), QStringLiteral("json"), QString()}});
    QVERIFY(refused);
    QVERIFY2(refused->explanation.contains(QLatin1String("JSON columns (shop.orders.doc)")),
             qPrintable(refused->explanation));
    QVERIFY(!withColumns({}));
}

void TestPreflightLogic::healthyShapePasses()
{
    for (const PreflightCheck& check : preflight(healthy()))
        QVERIFY2(check.outcome == PreflightCheck::Outcome::Pass,
                 qPrintable(check.key() + QStringLiteral(": ") + check.reason));
}

void TestPreflightLogic::decisions_data()
{
    QTest::addColumn<Change>("change");
    QTest::addColumn<QString>("check");
    QTest::addColumn<int>("outcome");
    QTest::addColumn<QString>("reason");
    const int warn = int(PreflightCheck::Outcome::Warning);
    const int block = int(PreflightCheck::Outcome::Blocking);
    QTest::newRow("older target") << Change([](Shape& s) {
        s.source.recorded = QStringLiteral("mysql-8.0.30");
        s.staging.recorded = QStringLiteral("mysql-8.0.30");
        s.target.recorded = QStringLiteral("mysql-5.7.44");
    }) << "compatibility" << block << "";
    QTest::newRow("binlog off") << Change([](Shape& s) { s.source.logBin = false; }) << "log_bin" << block
                                << "no binary log";
    QTest::newRow("mixed binlog") << Change([](Shape& s) { s.source.binlogFormat = QStringLiteral("MIXED"); })
                                  << "binlog_format" << warn << "MIXED";
    QTest::newRow("retention null") << Change([](Shape& s) { s.source.retentionSet = false; }) << "retention"
                                    << warn << "NULL";
    QTest::newRow("retention above RDS's maximum")
        << Change([](Shape& s) { s.profile.retentionHours = 200; }) << "retention" << block << "at most 168";
    QTest::newRow("target has the source's id")
        << Change([](Shape& s) { s.target.serverId = s.source.serverId; }) << "server_ids" << block
        << "equals the source";
    QTest::newRow("staging replicates from elsewhere")
        << Change([](Shape& s) { s.source.serverId = 42; }) << "staging_source" << block << "";
    QTest::newRow("staging is no replica")
        << Change([](Shape& s) { s.staging.replica = false; }) << "staging_source" << block << "";
    QTest::newRow("target replicates") << Change([](Shape& s) { s.target.replica = true; })
                                       << "target_replicating" << block << "already replicates";
    QTest::newRow("chosen schema missing")
        << Change([](Shape& s) { s.profile.databases << QStringLiteral("nope"); }) << "chosen_schemas"
        << block << "nope";
    QTest::newRow("no replication account") << Change([](Shape& s) { s.source.replicationAccount = false; })
                                            << "replication_account" << warn << "does not exist";
    QTest::newRow("target unreachable") << Change([](Shape& s) {
        s.unreachable.insert(
            ServerRole::Target,
            ErrorCatalog::classify(2003, QStringLiteral("Can't connect to server on 'target'")));
    }) << "connection_target" << block << "2003";
    QTest::newRow("target is the source itself") << Change([](Shape& s) {
        s.target.serverId = s.source.serverId;
        s.profile.target.host = s.profile.source.host;
    }) << "server_ids" << block << "the source itself";
    QTest::newRow("account lacks the grant") << Change([](Shape& s) {
        s.source.replicationAccount = true;
        s.source.replicationGrants = {QStringLiteral("GRANT USAGE ON *.* TO `repl`@`%`")};
    }) << "replication_account" << warn << "lacks REPLICATION SLAVE";
    QTest::newRow("copied schema on the target")
        << Change([](Shape& s) { s.target.schemas = {QStringLiteral("shop")}; }) << "overwritten_schemas"
        << warn << "replaces these schemas on the target: shop";
    QTest::newRow("enabled event") << Change([](Shape& s) {
        s.staging.enabledEvents = {QStringLiteral("shop.ev_cleanup")};
    }) << "events" << warn << "shop.ev_cleanup";
    QTest::newRow("named time zone, no tables on the target")
        << Change([](Shape& s) { s.source.timeZone = QStringLiteral("Europe/Berlin"); }) << "time_zones"
        << warn << "no time zone tables";
    QTest::newRow("named time zone, tables loaded") << Change([](Shape& s) {
        s.source.timeZone = QStringLiteral("Europe/Berlin");
        s.target.timeZoneNames = 1800;
    }) << "time_zones" << int(PreflightCheck::Outcome::Pass)
                                                    << "Europe/Berlin";
    const auto mysql84 = [](Shape& s) {
        for (ScriptedServer* server : {&s.source, &s.staging, &s.target})
            server->recorded = QStringLiteral("mysql-8.4.3");
        s.profile.source.tls = TlsMode::Disabled;
    };
    QTest::newRow("caching_sha2 account, no TLS")
        << Change(mysql84) << "replication_auth" << warn << "GET_SOURCE_PUBLIC_KEY=1";
    QTest::newRow("caching_sha2 account, TLS") << Change([mysql84](Shape& s) {
        mysql84(s);
        s.profile.source.tls = TlsMode::VerifyIdentity;
    }) << "replication_auth" << int(PreflightCheck::Outcome::Pass)
                                               << "SOURCE_SSL=1";
    QTest::newRow("caching_sha2 account, public key off, no TLS") << Change([mysql84](Shape& s) {
        mysql84(s);
        s.profile.sourcePublicKey = false;
    }) << "replication_auth" << block << "error 2061";
    QTest::newRow("mysql_native_password account") << Change([mysql84](Shape& s) {
        mysql84(s);
        s.profile.sourcePublicKey = false;
        s.source.replicationPlugin = QStringLiteral("mysql_native_password");
    }) << "replication_auth" << int(PreflightCheck::Outcome::Pass)
                                                   << "needs no secure password exchange";
    QTest::newRow("8.4 account to be created") << Change([mysql84](Shape& s) {
        mysql84(s);
        s.source.replicationAccount = false;
    }) << "replication_auth" << warn << "the source's default plugin, caching_sha2_password";
    QTest::newRow("8.0 default mysql_native_password") << Change([](Shape& s) {
        for (ScriptedServer* server : {&s.source, &s.staging, &s.target})
            server->recorded = QStringLiteral("mysql-8.0.30");
        s.source.replicationAccount = false;
        s.source.defaultAuthentication = QStringLiteral("mysql_native_password");
    }) << "replication_auth" << int(PreflightCheck::Outcome::Pass)
                                                       << "default plugin, mysql_native_password";
    QTest::newRow("source behind a bastion")
        << Change([](Shape& s) { s.profile.source.ssh.host = QStringLiteral("bastion.example.internal"); })
        << "source_from_target" << warn << "connect to source.example.internal:3306 directly";
    QTest::newRow("small packet") << Change([](Shape& s) { s.target.maxAllowedPacket = 1048576; })
                                  << "max_allowed_packet" << warn << "smaller";
}

void TestPreflightLogic::decisions()
{
    QFETCH(Change, change);
    QFETCH(QString, check);
    QFETCH(int, outcome);
    QFETCH(QString, reason);
    Shape shape = healthy();
    change(shape);
    const QList<PreflightCheck> checks = preflight(shape);
    const auto found = std::find_if(checks.cbegin(), checks.cend(),
                                    [&check](const PreflightCheck& c) { return c.key() == check; });
    QVERIFY2(found != checks.cend(), qPrintable(check));
    QVERIFY2(int(found->outcome) == outcome, qPrintable(found->reason));
    QVERIFY2(found->reason.contains(reason), qPrintable(found->reason));
}

void TestPreflightLogic::mysql8IntoMariaDbChecksColumns()
{
    // A MySQL 8.0.30 source and staging replica, a MariaDB 10.11 target.
    ScriptedTopology servers = ScriptedTopology::of(QStringLiteral("mysql-8.0.30"));
    servers.target.recorded = QStringLiteral("mariadb-10.11.6");
    const Profile profile = ScriptedTopology::profile(SetupStrategy::StagingReplica);
    const auto crossFlavour = [](const QList<PreflightCheck>& checks) -> std::optional<PreflightCheck> {
        for (const PreflightCheck& check : checks)
            if (check.key() == QLatin1String("cross_flavour"))
                return check;
        return std::nullopt;
    };
    const QStringList columns{QStringLiteral("c"), QStringLiteral("t"), QStringLiteral("k")};
    QHash<ServerRole, std::shared_ptr<ScriptedSession>> scripted;
    SetupConnections clean = servers.connect(profile, &scripted);
    scripted.value(ServerRole::Staging)->answer(QStringLiteral("DATA_TYPE = 'json'"), ResultSet(columns, {}));
    const std::optional<PreflightCheck> none = crossFlavour(Preflight::runOn(profile, clean));
    QVERIFY(none);
    QCOMPARE(none->outcome, PreflightCheck::Outcome::Pass);

    SetupConnections awkward = servers.connect(profile, &scripted);
    scripted.value(ServerRole::Staging)
        ->answer(
            QStringLiteral("DATA_TYPE = 'json'"),
            ResultSet(columns,
                      {{QVariant(QStringLiteral("shop.orders.attributes")), QVariant(QStringLiteral("json")),
                        QVariant(QString())},
                       {QVariant(QStringLiteral("shop.customers.email")), QVariant(QStringLiteral("varchar")),
                        QVariant(QStringLiteral("utf8mb4_0900_ai_ci"))}}));
    const std::optional<PreflightCheck> blocked = crossFlavour(Preflight::runOn(profile, awkward));
    QVERIFY(blocked);
    QCOMPARE(blocked->outcome, PreflightCheck::Outcome::Blocking);
    QVERIFY2(blocked->reason.contains(QLatin1String("JSON columns (shop.orders.attributes)")),
             qPrintable(blocked->reason));
    QVERIFY(blocked->reason.contains(QLatin1String("shop.customers.email (utf8mb4_0900_ai_ci)")));
    QVERIFY(!blocked->fix.isEmpty());

    // MariaDB into MariaDB: no such check.
    SetupConnections same = ScriptedTopology::of(QStringLiteral("mariadb-10.11.6")).connect(profile);
    QVERIFY(!crossFlavour(Preflight::runOn(profile, same)));
}

QTEST_GUILESS_MAIN(TestPreflightLogic)
#include "tst_preflight_logic.moc"
