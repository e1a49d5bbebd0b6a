// Replication filters a target needs (and a restart loses), the binlog reader's server id, and
// the errors a load prints: logic and dialects on recorded result sets, without servers.
#include "RecordedResultSet.h"
#include "db/ErrorCatalog.h"
#include "monitor/Diagnosis.h"
#include "monitor/Health.h"
#include "monitor/RecoveryAction.h"
#include "profile/Profile.h"
#include "replication/BinlogInspector.h"
#include "replication/BinlogReaderId.h"
#include "replication/Dialect.h"
#include "replication/ReplicationFilters.h"

#include <QTest>

namespace {

Profile profileWith(const QStringList& databases)
{
    Profile profile;
    profile.databases = databases;
    return profile;
}

ServerSnapshot targetSnapshot(const QString& recordedFile, const ReplicationFilters& expected)
{
    ServerSnapshot snapshot = RecordedResultSet::targetSnapshot(recordedFile, 1);
    snapshot.expectedFilters = expected;
    snapshot.missingFilters = expected.missingOn(*snapshot.facts->replicaStatus);
    return snapshot;
}

} // namespace

class TestFilters : public QObject
{
    Q_OBJECT

private slots:
    void expectedFilters();
    void schemaPatternsAreExact();
    void missingFilters();
    void statementsAndConfigLines_data();
    void statementsAndConfigLines();
    void persistence_data();
    void persistence();
    void lostFiltersAreDiagnosedAndRestorable();
    void replicaHosts_data();
    void replicaHosts();
    void readerIdAvoidsTakenIds();
    void clientOutputErrors_data();
    void clientOutputErrors();
    void rdsStatementsInTheBinlog_data();
    void rdsStatementsInTheBinlog();
};

void TestFilters::expectedFilters()
{
    const ReplicationFilters all = ReplicationFilters::forProfile(profileWith({}));
    QCOMPARE(all.ignorePatterns, QStringList{QStringLiteral("mysql.rds%")});
    QVERIFY(all.doPatterns.isEmpty());
    const ReplicationFilters some
        = ReplicationFilters::forProfile(profileWith({QStringLiteral("shop"), QStringLiteral("legacy-crm")}));
    QCOMPARE(some.doPatterns,
             (QStringList{QStringLiteral("shop.%"), QStringLiteral("legacy-crm.%"),
                          QStringLiteral("replica\\_wizard.%")}));
}

void TestFilters::schemaPatternsAreExact()
{
    QCOMPARE(ReplicationFilters::schemaPattern(QStringLiteral("shop_media")),
             QStringLiteral("shop\\_media.%"));
    QCOMPARE(ReplicationFilters::schemaPattern(QStringLiteral("100%")), QStringLiteral("100\\%.%"));
    QCOMPARE(ReplicationFilters::schemaPattern(QStringLiteral("a\\b")), QStringLiteral("a\\\\b.%"));
}

void TestFilters::missingFilters()
{
    const ReplicationFilters filters
        = ReplicationFilters::forProfile(profileWith({QStringLiteral("shop_media")}));
    ReplicaStatus status;
    QCOMPARE(filters.missingOn(status).size(), 3);
    status.replicateWildIgnoreTable = QStringLiteral("mysql.rds%");
    status.replicateWildDoTable = QStringLiteral("shop\\_media.%, replica\\_wizard.%");
    QVERIFY(filters.missingOn(status).isEmpty());
    status.replicateWildDoTable = QStringLiteral("shop\\_media.%");
    QCOMPARE(filters.missingOn(status), QStringList{QStringLiteral("replica\\_wizard.%")});
}

void TestFilters::statementsAndConfigLines_data()
{
    QTest::addColumn<QString>("version");
    QTest::addColumn<QString>("comment");
    QTest::addColumn<QString>("ignore");
    QTest::addColumn<QString>("stopSql");
    QTest::newRow("mariadb") << "10.11.6-MariaDB"
                             << ""
                             << "SET GLOBAL replicate_wild_ignore_table = 'mysql.rds%'"
                             << "STOP SLAVE SQL_THREAD";
    QTest::newRow("mysql 5.7") << "5.7.44-log"
                               << "MySQL Community Server (GPL)"
                               << "CHANGE REPLICATION FILTER REPLICATE_WILD_IGNORE_TABLE = ('mysql.rds%')"
                               << "STOP SLAVE SQL_THREAD";
    QTest::newRow("mysql 8.4") << "8.4.3"
                               << "MySQL Community Server - GPL"
                               << "CHANGE REPLICATION FILTER REPLICATE_WILD_IGNORE_TABLE = ('mysql.rds%')"
                               << "STOP REPLICA SQL_THREAD";
}

void TestFilters::statementsAndConfigLines()
{
    QFETCH(QString, version);
    QFETCH(QString, comment);
    const Dialect dialect(ServerVersion::parse(version, comment));
    const ReplicationFilters filters
        = ReplicationFilters::forProfile(profileWith({QStringLiteral("shop_media")}));
    const QStringList statements = filters.statements(dialect);
    QTEST(statements.first(), "ignore");
    const QStringList restore = filters.restoreStatements(dialect);
    QTEST(restore.first(), "stopSql");
    QVERIFY(restore.last().endsWith(QLatin1String(" SQL_THREAD"))
            && restore.last().startsWith(QLatin1String("START")));
    QCOMPARE(
        filters.configLines(dialect),
        (QStringList{QStringLiteral("[mysqld]"), QStringLiteral("replicate_wild_ignore_table = mysql.rds%"),
                     QStringLiteral("replicate_wild_do_table = shop\\_media.%"),
                     QStringLiteral("replicate_wild_do_table = replica\\_wizard.%")}));
}

void TestFilters::persistence_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<bool>("persistent");
    QTest::newRow("mysql, one filter set at runtime") << "mysql-8.0.30__filter_origin.json" << false;
    QTest::newRow("mariadb, from the configuration") << "mariadb-10.11.6__filter_origin.json" << true;
}

void TestFilters::persistence()
{
    QFETCH(QString, file);
    const RecordedResultSet recorded = RecordedResultSet::load(file);
    const Dialect dialect(recorded.version);
    QCOMPARE(dialect.filterOriginStatement(), recorded.statement);
    const std::optional<bool> persistent = dialect.parseFiltersPersistent(recorded.result);
    QVERIFY(persistent.has_value());
    QTEST(*persistent, "persistent");
    QVERIFY(!dialect.parseFiltersPersistent(
        ResultSet({QStringLiteral("name"), QStringLiteral("origin"), QStringLiteral("value")}, {})));
}

void TestFilters::lostFiltersAreDiagnosedAndRestorable()
{
    // A healthy replica whose status shows none of the setup's filters (a restart).
    const ReplicationFilters expected = ReplicationFilters::forProfile(profileWith({QStringLiteral("shop")}));
    const ServerSnapshot lost
        = targetSnapshot(QStringLiteral("mariadb-10.11.6__replica_status.json"), expected);
    QCOMPARE(lost.missingFilters.size(), 3);
    const Health health = HealthClassifier::classify(lost);
    QCOMPARE(health, Health::FiltersMissing);
    QCOMPARE(HealthClassifier::severity(health), Severity::Warning);
    const std::optional<Diagnosis> diagnosis = Diagnoser::diagnose(lost, nullptr);
    QVERIFY(diagnosis);
    QCOMPARE(diagnosis->id, QString::fromLatin1(ErrorCatalog::FiltersMissing));
    QVERIFY(diagnosis->fix.contains(QLatin1String("replicate_wild_ignore_table = mysql.rds%")));
    QCOMPARE(RecoveryActions::offeredFor(health, diagnosis, {}, false),
             QList<RecoveryAction>{RecoveryAction::RestoreFilters});
    const QStringList statements = RecoveryActions::statementsFor(RecoveryAction::RestoreFilters, lost);
    QCOMPARE(statements, expected.restoreStatements(Dialect(lost.facts->version)));
    QCOMPARE(RecoveryActions::roleFor(RecoveryAction::RestoreFilters), ServerRole::Target);

    // The same replica stopped on a table it should have ignored: the lost filter is the cause.
    const ServerSnapshot stopped
        = targetSnapshot(QStringLiteral("mariadb-10.11.6__replica_status_error.json"), expected);
    if (stopped.facts->replicaStatus->lastSqlErrno != 0) {
        const std::optional<Diagnosis> cause = Diagnoser::diagnose(stopped, nullptr);
        QVERIFY(cause);
        QCOMPARE(cause->id, QString::fromLatin1(ErrorCatalog::FiltersMissing));
        QVERIFY(cause->summary.contains(QString::number(stopped.facts->replicaStatus->lastSqlErrno)));
    }

    // Every filter in place: no diagnosis.
    ServerSnapshot fine = lost;
    fine.missingFilters.clear();
    QCOMPARE(HealthClassifier::classify(fine), Health::Ok);
    QVERIFY(!Diagnoser::diagnose(fine, nullptr));
}

void TestFilters::replicaHosts_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QList<quint64>>("ids");
    QTest::newRow("mysql 5.7") << "mysql-5.7.44__replica_hosts.json" << QList<quint64>{1};
    QTest::newRow("mysql 8.0.30") << "mysql-8.0.30__replica_hosts.json" << QList<quint64>{1, 807509301};
    QTest::newRow("mariadb") << "mariadb-10.11.6__replica_hosts.json" << QList<quint64>{1517654908, 1};
}

void TestFilters::replicaHosts()
{
    QFETCH(QString, file);
    const RecordedResultSet recorded = RecordedResultSet::load(file);
    const Dialect dialect(recorded.version);
    QCOMPARE(dialect.replicaHostsStatement(), recorded.statement);
    QTEST(dialect.parseReplicaHostIds(recorded.result), "ids");
}

void TestFilters::readerIdAvoidsTakenIds()
{
    const QString source = QStringLiteral("db.example.rds.amazonaws.com:3306");
    const quint32 id = BinlogReaderId::choose(source, {});
    QVERIFY(id >= 0x80000000u && id < 0xffffffffu);
    QCOMPARE(BinlogReaderId::choose(source, {}), id); // stable for one source
    QVERIFY(BinlogReaderId::choose(QStringLiteral("other:3306"), {}) != id);
    const quint32 next = BinlogReaderId::choose(source, {id});
    QVERIFY(next != id);
    QVERIFY(BinlogReaderId::choose(source, {id, next}) != next);
    QVERIFY(BinlogReaderId::choose(source, {1, 0, 933302652}) != 1);
}

void TestFilters::clientOutputErrors_data()
{
    QTest::addColumn<QString>("output");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("diagnosis");
    QTest::newRow("1356")
        << "ERROR 1356 (HY000) at line 2411: View 'legacy-crm.v contact stats' references invalid "
           "table(s) or column(s) or function(s) or definer/invoker of view lack rights to use them"
        << 1356 << QString::fromLatin1(ErrorCatalog::DefinerPrivileges);
    QTest::newRow("1449")
        << "mariadb: [Warning] x\nERROR 1449 (HY000) at line 7: The user specified as a definer "
           "('admin'@'%') does not exist"
        << 1449 << QString::fromLatin1(ErrorCatalog::DefinerMissing);
    QTest::newRow("1227")
        << "ERROR 1227 (42000) at line 88: Access denied; you need (at least one of) the SUPER, SET "
           "USER privilege(s) for this operation"
        << 1227 << QString::fromLatin1(ErrorCatalog::MissingPrivilege);
    QTest::newRow("1419")
        << "ERROR 1419 (HY000) at line 3: You do not have the SUPER privilege and binary logging is "
           "enabled (you *might* want to use the less safe log_bin_trust_function_creators variable)"
        << 1419 << QString::fromLatin1(ErrorCatalog::MissingPrivilege);
    QTest::newRow("no server error") << "mariadb: unknown option '--x'" << 0 << QString();
}

void TestFilters::clientOutputErrors()
{
    QFETCH(QString, output);
    QFETCH(int, code);
    const std::optional<EngineError> error = ErrorCatalog::fromClientOutput(output);
    QCOMPARE(error.has_value(), code != 0);
    if (!error)
        return;
    QCOMPARE(error->code, code);
    QTEST(error->diagnosisId, "diagnosis");
    QVERIFY(!error->fix.isEmpty());
    QVERIFY(!error->fix.contains(QLatin1String("Fix the cause shown by the client")));
}

void TestFilters::rdsStatementsInTheBinlog_data()
{
    // SHOW BINLOG EVENTS' Info of Query events, as MariaDB prints them.
    QTest::addColumn<QString>("info");
    QTest::addColumn<bool>("rdsOnly");
    QTest::newRow("heartbeat")
        << "use `mysql`; set sql_auto_is_null=1; INSERT INTO mysql.rds_heartbeat2 (id, value) "
           "VALUES (1, CAST(UNIX_TIMESTAMP(NOW(3)) * 1000 AS SIGNED)) ON DUPLICATE KEY UPDATE "
           "value = VALUES(value)"
        << true;
    QTest::newRow("unqualified, use mysql")
        << "use `mysql`; UPDATE rds_configuration SET value = '48' WHERE name = 'x'" << true;
    QTest::newRow("quoted") << "REPLACE INTO `mysql`.`rds_sysinfo` (name, value) VALUES ('a', 'b')" << true;
    QTest::newRow("application") << "use `shop`; INSERT INTO shop.orders (id) VALUES (1)" << false;
    QTest::newRow("unqualified elsewhere") << "use `shop`; INSERT INTO rds_heartbeat2 VALUES (1, 2)" << false;
    QTest::newRow("insert select") << "INSERT INTO mysql.rds_history SELECT * FROM shop.orders" << false;
    QTest::newRow("multi-table update") << "UPDATE mysql.rds_history, shop.orders SET a = 1" << false;
    QTest::newRow("join") << "DELETE h FROM mysql.rds_history h JOIN shop.x ON 1" << false;
    QTest::newRow("ddl") << "use `mysql`; DROP TABLE rds_history" << false;
    QTest::newRow("name in a string")
        << "INSERT INTO shop.t VALUES ('INSERT INTO mysql.rds_heartbeat2')" << false;
}

void TestFilters::rdsStatementsInTheBinlog()
{
    QFETCH(QString, info);
    QTEST(BinlogInspector::writesOnlyRdsTables(info), "rdsOnly");
}

QTEST_GUILESS_MAIN(TestFilters)
#include "tst_filters.moc"
