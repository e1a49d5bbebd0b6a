// The flavour/version layer against result sets recorded from (or documented for) each server.
#include "RecordedResultSet.h"
#include "replication/Dialect.h"
#include "replication/MySqlGtidSet.h"

#include <QTest>

class TestDialect : public QObject
{
    Q_OBJECT

private slots:
    void statements_data();
    void statements();
    void healthyReplica_data();
    void healthyReplica();
    void brokenReplica_data();
    void brokenReplica();
    void notAReplica();
    void sourceStatus_data();
    void sourceStatus();
    void changeSource();
    void ignoreFilter();
    void defaultAuthPlugin();
    void gtidStatements_data();
    void gtidStatements();
    void gtidSetsOfRecordedServers();
    void binlogExpiry();
    void versionParsing_data();
    void versionParsing();

private:
    static void serverColumn();
};

void TestDialect::serverColumn()
{
    QTest::addColumn<QString>("server");
    for (const char* server :
         {"mysql-5.7.44", "mysql-8.0.21", "mysql-8.0.30", "mysql-8.4.3", "mariadb-10.11.6"})
        QTest::newRow(server) << QString::fromLatin1(server);
}

void TestDialect::statements_data()
{
    QTest::addColumn<QString>("version");
    QTest::addColumn<QString>("comment");
    QTest::addColumn<QString>("replicaStatus");
    QTest::addColumn<QString>("sourceStatus");
    QTest::addColumn<QString>("start");
    QTest::addColumn<QString>("changePrefix");

    QTest::newRow("mysql 5.7") << "5.7.44-log"
                               << "MySQL Community Server (GPL)"
                               << "SHOW SLAVE STATUS"
                               << "SHOW MASTER STATUS"
                               << "START SLAVE"
                               << "CHANGE MASTER TO MASTER_HOST=";
    QTest::newRow("mysql 8.0.21") << "8.0.21"
                                  << "Source distribution"
                                  << "SHOW SLAVE STATUS"
                                  << "SHOW MASTER STATUS"
                                  << "START SLAVE"
                                  << "CHANGE MASTER TO MASTER_HOST=";
    QTest::newRow("mysql 8.0.22") << "8.0.22"
                                  << "MySQL Community Server - GPL"
                                  << "SHOW REPLICA STATUS"
                                  << "SHOW MASTER STATUS"
                                  << "START REPLICA"
                                  << "CHANGE MASTER TO MASTER_HOST=";
    QTest::newRow("mysql 8.0.23") << "8.0.23"
                                  << "MySQL Community Server - GPL"
                                  << "SHOW REPLICA STATUS"
                                  << "SHOW MASTER STATUS"
                                  << "START REPLICA"
                                  << "CHANGE REPLICATION SOURCE TO SOURCE_HOST=";
    QTest::newRow("mysql 8.0.30") << "8.0.30"
                                  << "MySQL Community Server - GPL"
                                  << "SHOW REPLICA STATUS"
                                  << "SHOW MASTER STATUS"
                                  << "START REPLICA"
                                  << "CHANGE REPLICATION SOURCE TO SOURCE_HOST=";
    QTest::newRow("mysql 8.4") << "8.4.3"
                               << "MySQL Community Server - GPL"
                               << "SHOW REPLICA STATUS"
                               << "SHOW BINARY LOG STATUS"
                               << "START REPLICA"
                               << "CHANGE REPLICATION SOURCE TO SOURCE_HOST=";
    QTest::newRow("mariadb 10.11") << "10.11.6-MariaDB-log"
                                   << "MariaDB Server"
                                   << "SHOW SLAVE STATUS"
                                   << "SHOW MASTER STATUS"
                                   << "START SLAVE"
                                   << "CHANGE MASTER TO MASTER_HOST=";
    QTest::newRow("mariadb via proxy") << "5.5.5-10.6.21-MariaDB"
                                       << "mariadb.org binary distribution"
                                       << "SHOW SLAVE STATUS"
                                       << "SHOW MASTER STATUS"
                                       << "START SLAVE"
                                       << "CHANGE MASTER TO MASTER_HOST=";
}

void TestDialect::statements()
{
    QFETCH(QString, version);
    QFETCH(QString, comment);
    const Dialect dialect(ServerVersion::parse(version, comment));
    QTEST(dialect.replicaStatusStatement(), "replicaStatus");
    QTEST(dialect.sourceStatusStatement(), "sourceStatus");
    QTEST(dialect.startReplicaStatement(), "start");
    QTEST(dialect.startReplicaStatement(Dialect::Hosting::SelfManaged), "start");
    // Whatever the version, RDS's master user stops and starts replication only by procedure.
    QCOMPARE(dialect.startReplicaStatement(Dialect::Hosting::Rds),
             QStringLiteral("CALL mysql.rds_start_replication()"));
    QCOMPARE(dialect.stopReplicaStatement(Dialect::Hosting::Rds),
             QStringLiteral("CALL mysql.rds_stop_replication()"));
    QFETCH(QString, changePrefix);
    ChangeSourceOptions options;
    options.host = QStringLiteral("db.example");
    QVERIFY2(dialect.changeSourceStatement(options).startsWith(changePrefix),
             qPrintable(dialect.changeSourceStatement(options)));
}

void TestDialect::healthyReplica_data()
{
    serverColumn();
}

void TestDialect::healthyReplica()
{
    QFETCH(QString, server);
    const RecordedResultSet recorded
        = RecordedResultSet::load(server + QStringLiteral("__replica_status.json"));
    const Dialect dialect(recorded.version);
    // The statement the layer chooses is the one the recording was made with.
    QCOMPARE(dialect.replicaStatusStatement(), recorded.statement);

    const auto status = dialect.parseReplicaStatus(recorded.result);
    QVERIFY(status.has_value());
    QCOMPARE(status->sourceHost, QStringLiteral("10.0.3.17"));
    QCOMPARE(status->sourcePort, 3306);
    QVERIFY(status->ioThreadRunning());
    QVERIFY(status->sqlThreadRunning());
    // Executed coordinates (what a copy is at) and read coordinates are told apart.
    QCOMPARE(status->execSourceLogFile, QStringLiteral("mysql-bin-changelog.000230"));
    QCOMPARE(status->execSourceLogPos, quint64(98765432));
    QCOMPARE(status->readSourceLogFile, QStringLiteral("mysql-bin-changelog.000231"));
    QCOMPARE(status->readSourceLogPos, quint64(1876));
    QCOMPARE(status->sourceServerId, quint64(933302652));
    QVERIFY(status->secondsBehindSource.has_value());
    QCOMPARE(status->lastIoErrno, 0);
    QCOMPARE(status->lastSqlErrno, 0);
    QCOMPARE(status->raw.size(), recorded.result.columns().size());
}

void TestDialect::brokenReplica_data()
{
    serverColumn();
}

void TestDialect::brokenReplica()
{
    QFETCH(QString, server);
    const RecordedResultSet recorded
        = RecordedResultSet::load(server + QStringLiteral("__replica_status_error.json"));
    const auto status = Dialect(recorded.version).parseReplicaStatus(recorded.result);
    QVERIFY(status.has_value());
    QVERIFY(!status->ioThreadRunning());
    QVERIFY(status->sqlThreadRunning());
    QCOMPARE(status->lastIoErrno, 1236);
    QVERIFY(status->lastIoError.contains(QLatin1String("Could not find first log file name")));
    QVERIFY(!status->secondsBehindSource.has_value());
}

void TestDialect::notAReplica()
{
    const RecordedResultSet recorded
        = RecordedResultSet::load(QStringLiteral("mariadb-10.11.6__replica_status_empty.json"));
    QVERIFY(!Dialect(recorded.version).parseReplicaStatus(recorded.result).has_value());
}

void TestDialect::sourceStatus_data()
{
    serverColumn();
}

void TestDialect::sourceStatus()
{
    QFETCH(QString, server);
    const RecordedResultSet recorded
        = RecordedResultSet::load(server + QStringLiteral("__source_status.json"));
    const Dialect dialect(recorded.version);
    QCOMPARE(dialect.sourceStatusStatement(), recorded.statement);
    const auto status = dialect.parseSourceStatus(recorded.result);
    QVERIFY(status.has_value());
    QVERIFY(!status->binlogFile.isEmpty());
    QCOMPARE(status->binlogFile, recorded.result.text(0, u"File"));
    QVERIFY(status->binlogPosition > 0);
    QCOMPARE(status->binlogPosition, recorded.result.text(0, u"Position").toULongLong());
    // MySQL prints a set of several sources over lines; the layer keeps it as one line.
    QCOMPARE(status->executedGtidSet,
             recorded.result.text(0, u"Executed_Gtid_Set").remove(QLatin1Char('\n')));
    QCOMPARE(recorded.result.hasColumn(u"Executed_Gtid_Set"), recorded.version.isMySql());
}

void TestDialect::changeSource()
{
    ChangeSourceOptions o;
    o.host = QStringLiteral("src.rds.example");
    o.port = 3306;
    o.user = QStringLiteral("repl");
    o.password = QStringLiteral("p'w\\d#;");
    o.logFile = QStringLiteral("mysql-bin-changelog.000230");
    o.logPosition = 98765432;
    o.ssl = true;
    o.sslCa = QStringLiteral("/etc/ssl/rds.pem");

    const QString maria
        = Dialect(ServerVersion::parse(QStringLiteral("10.11.6-MariaDB"), {})).changeSourceStatement(o);
    QVERIFY(maria.contains(QLatin1String("MASTER_LOG_FILE='mysql-bin-changelog.000230'")));
    QVERIFY(maria.contains(QLatin1String("MASTER_LOG_POS=98765432")));
    QVERIFY(maria.contains(QLatin1String("MASTER_PASSWORD='p\\'w\\\\d#;'")));
    QVERIFY(maria.contains(QLatin1String("MASTER_SSL=1")));
    QVERIFY(maria.contains(QLatin1String("MASTER_USE_GTID=no")));

    o.getPublicKey = true;
    const QString mysql84
        = Dialect(ServerVersion::parse(QStringLiteral("8.4.3"), {})).changeSourceStatement(o);
    QVERIFY(mysql84.startsWith(QLatin1String("CHANGE REPLICATION SOURCE TO")));
    QVERIFY(mysql84.contains(QLatin1String("SOURCE_LOG_POS=98765432")));
    QVERIFY(mysql84.contains(QLatin1String("GET_SOURCE_PUBLIC_KEY=1")));
    QVERIFY(mysql84.contains(QLatin1String("SOURCE_AUTO_POSITION=0")));
    QVERIFY(!mysql84.contains(QLatin1String("MASTER_")));

    const QString mysql57
        = Dialect(ServerVersion::parse(QStringLiteral("5.7.44-log"), {})).changeSourceStatement(o);
    QVERIFY(!mysql57.contains(QLatin1String("PUBLIC_KEY")));
    QVERIFY(mysql57.contains(QLatin1String("MASTER_AUTO_POSITION=0")));
}

void TestDialect::defaultAuthPlugin()
{
    const auto plugin = [](const char* version, const QString& value) {
        const Dialect dialect(ServerVersion::parse(QString::fromLatin1(version), {}));
        return dialect.defaultAuthPlugin(ResultSet({QStringLiteral("plugin")}, {QList<QVariant>{value}}));
    };
    QCOMPARE(Dialect(ServerVersion::parse(QStringLiteral("8.0.30"), {})).defaultAuthPluginStatement(),
             QStringLiteral("SELECT @@GLOBAL.default_authentication_plugin AS plugin"));
    QCOMPARE(Dialect(ServerVersion::parse(QStringLiteral("8.4.3"), {})).defaultAuthPluginStatement(),
             QStringLiteral("SELECT @@GLOBAL.authentication_policy AS plugin"));
    QVERIFY(Dialect(ServerVersion::parse(QStringLiteral("10.11.6-MariaDB"), {}))
                .defaultAuthPluginStatement()
                .isEmpty());
    QCOMPARE(plugin("8.0.30", QStringLiteral("mysql_native_password")),
             QStringLiteral("mysql_native_password"));
    QCOMPARE(plugin("8.0.30", QStringLiteral("caching_sha2_password")),
             QStringLiteral("caching_sha2_password"));
    QCOMPARE(plugin("8.4.3", QStringLiteral("*,,")), QStringLiteral("caching_sha2_password"));
    QCOMPARE(plugin("8.4.3", QStringLiteral("mysql_native_password,,")),
             QStringLiteral("mysql_native_password"));
    QCOMPARE(plugin("5.7.44-log", QString()), QStringLiteral("mysql_native_password"));
    QCOMPARE(plugin("10.11.6-MariaDB", QString()), QStringLiteral("mysql_native_password"));
}

void TestDialect::gtidStatements_data()
{
    QTest::addColumn<QString>("server");
    QTest::addColumn<QString>("start");
    QTest::addColumn<QString>("reset");
    QTest::addColumn<QString>("positionAt");
    QTest::addColumn<QString>("autoPosition");
    QTest::newRow("mariadb-10.11.6") << QStringLiteral("mariadb-10.11.6")
                                     << QStringLiteral("SET GLOBAL gtid_slave_pos = '0-1-5'")
                                     << QStringLiteral("RESET MASTER")
                                     << QStringLiteral(
                                            "SELECT BINLOG_GTID_POS('mysql-bin-changelog.000230', 4) AS gtid")
                                     << QStringLiteral("MASTER_USE_GTID=slave_pos");
    QTest::newRow("mysql-5.7.44") << QStringLiteral("mysql-5.7.44")
                                  << QStringLiteral("SET GLOBAL gtid_purged = '0-1-5'")
                                  << QStringLiteral("RESET MASTER") << QString()
                                  << QStringLiteral("MASTER_AUTO_POSITION=1");
    QTest::newRow("mysql-8.0.30") << QStringLiteral("mysql-8.0.30")
                                  << QStringLiteral("SET GLOBAL gtid_purged = '0-1-5'")
                                  << QStringLiteral("RESET MASTER") << QString()
                                  << QStringLiteral("SOURCE_AUTO_POSITION=1");
    QTest::newRow("mysql-8.4.3") << QStringLiteral("mysql-8.4.3")
                                 << QStringLiteral("SET GLOBAL gtid_purged = '0-1-5'")
                                 << QStringLiteral("RESET BINARY LOGS AND GTIDS") << QString()
                                 << QStringLiteral("SOURCE_AUTO_POSITION=1");
}

void TestDialect::gtidStatements()
{
    QFETCH(QString, server);
    QFETCH(QString, start);
    QFETCH(QString, reset);
    QFETCH(QString, positionAt);
    QFETCH(QString, autoPosition);
    const Dialect dialect(RecordedResultSet::load(server + QStringLiteral("__version.json")).version);
    QCOMPARE(dialect.setGtidStartStatement(QStringLiteral("0-1-5")), start);
    QCOMPARE(dialect.resetBinaryLogsStatement(), reset);
    QCOMPARE(dialect.gtidAtPositionStatement(QStringLiteral("mysql-bin-changelog.000230"), 4), positionAt);
    ChangeSourceOptions o;
    o.host = QStringLiteral("src.rds.example");
    o.user = QStringLiteral("repl");
    o.logFile = QStringLiteral("mysql-bin-changelog.000230");
    o.logPosition = 4;
    o.gtidAutoPosition = true;
    const QString change = dialect.changeSourceStatement(o);
    QVERIFY2(change.contains(autoPosition), qPrintable(change));
    // Positioned by GTID: no file and position in the statement.
    QVERIFY2(!change.contains(QLatin1String("LOG_FILE")) && !change.contains(QLatin1String("LOG_POS")),
             qPrintable(change));
}

void TestDialect::gtidSetsOfRecordedServers()
{
    // MySQL 8.0.30 and 8.4.3: the source's gtid_executed against a healthy and a broken replica.
    for (const char* server : {"mysql-8.0.30", "mysql-8.4.3"}) {
        const QString name = QString::fromLatin1(server);
        const RecordedResultSet sourceRecording
            = RecordedResultSet::load(name + QStringLiteral("__source_status.json"));
        const auto source = Dialect(sourceRecording.version).parseSourceStatus(sourceRecording.result);
        QVERIFY(source);
        const auto sourceSet = MySqlGtidSet::parse(source->executedGtidSet);
        QVERIFY2(sourceSet && !sourceSet->isEmpty(), qPrintable(source->executedGtidSet));
        for (const char* recording : {"__replica_status.json", "__replica_status_error.json"}) {
            const RecordedResultSet replicaRecording
                = RecordedResultSet::load(name + QLatin1String(recording));
            const auto replica
                = Dialect(replicaRecording.version).parseReplicaStatus(replicaRecording.result);
            QVERIFY(replica);
            QVERIFY(!replica->positionsByGtid()); // Auto_Position 0: file and position
            const auto replicaSet = MySqlGtidSet::parse(replica->executedGtidSet);
            QVERIFY2(replicaSet, qPrintable(replica->executedGtidSet));
            const bool broken = QLatin1String(recording) == QLatin1String("__replica_status_error.json");
            // The broken replica stopped at 1-46372511 of the source's 1-48211907.
            QCOMPARE(sourceSet->countMissingFrom(*replicaSet),
                     broken ? quint64(48211907 - 46372511) : quint64(0));
        }
    }
    const RecordedResultSet maria
        = RecordedResultSet::load(QStringLiteral("mariadb-10.11.6__replica_status.json"));
    const auto status = Dialect(maria.version).parseReplicaStatus(maria.result);
    QVERIFY(status && !status->positionsByGtid()); // Using_Gtid No
}

void TestDialect::binlogExpiry()
{
    // A self-managed source's expiry: seconds where the server has the variable, else whole days;
    // only MySQL 8 can persist it from SQL.
    const auto dialect = [](const char* version) {
        return Dialect(ServerVersion::parse(QString::fromLatin1(version), {}));
    };
    QCOMPARE(dialect("5.7.44-log").binlogExpiryStatement(48),
             QStringLiteral("SET GLOBAL expire_logs_days = 2"));
    QCOMPARE(dialect("5.7.44-log").binlogExpiryStatement(49),
             QStringLiteral("SET GLOBAL expire_logs_days = 3"));
    QCOMPARE(dialect("8.0.30").binlogExpiryStatement(48),
             QStringLiteral("SET PERSIST binlog_expire_logs_seconds = 172800"));
    QCOMPARE(dialect("8.4.3").binlogExpiryStatement(48),
             QStringLiteral("SET PERSIST binlog_expire_logs_seconds = 172800"));
    QCOMPARE(dialect("10.11.6-MariaDB").binlogExpiryStatement(48),
             QStringLiteral("SET GLOBAL binlog_expire_logs_seconds = 172800"));
    QCOMPARE(dialect("10.5.22-MariaDB").binlogExpiryStatement(48),
             QStringLiteral("SET GLOBAL expire_logs_days = 2"));
    QVERIFY(dialect("8.0.30").binlogExpiryPersists());
    QVERIFY(!dialect("10.11.6-MariaDB").binlogExpiryPersists());
    QCOMPARE(dialect("10.11.6-MariaDB").binlogExpiryConfigLine(48),
             QStringLiteral("binlog_expire_logs_seconds = 172800"));
    QCOMPARE(dialect("5.7.44-log").binlogExpiryConfigLine(48), QStringLiteral("expire_logs_days = 2"));
}

void TestDialect::ignoreFilter()
{
    const QStringList patterns{QStringLiteral("mysql.rds%"), QStringLiteral("other.%")};
    QCOMPARE(Dialect(ServerVersion::parse(QStringLiteral("10.11.6-MariaDB"), {}))
                 .ignoreTablesFilterStatement(patterns),
             QStringLiteral("SET GLOBAL replicate_wild_ignore_table = 'mysql.rds%,other.%'"));
    QCOMPARE(
        Dialect(ServerVersion::parse(QStringLiteral("8.0.30"), {})).ignoreTablesFilterStatement(patterns),
        QStringLiteral("CHANGE REPLICATION FILTER REPLICATE_WILD_IGNORE_TABLE = ('mysql.rds%', 'other.%')"));
}

void TestDialect::versionParsing_data()
{
    QTest::addColumn<QString>("server");
    QTest::addColumn<bool>("mariadb");
    QTest::addColumn<int>("major");
    QTest::addColumn<int>("minor");
    QTest::addColumn<int>("patch");
    QTest::newRow("5.7") << "mysql-5.7.44" << false << 5 << 7 << 44;
    QTest::newRow("8.0.21") << "mysql-8.0.21" << false << 8 << 0 << 21;
    QTest::newRow("8.0.30") << "mysql-8.0.30" << false << 8 << 0 << 30;
    QTest::newRow("8.4.3") << "mysql-8.4.3" << false << 8 << 4 << 3;
    QTest::newRow("10.11.6") << "mariadb-10.11.6" << true << 10 << 11 << 6;
}

void TestDialect::versionParsing()
{
    QFETCH(QString, server);
    const RecordedResultSet recorded = RecordedResultSet::load(server + QStringLiteral("__version.json"));
    const ServerVersion v = ServerVersion::parse(recorded.result.text(0, u"version"),
                                                 recorded.result.text(0, u"version_comment"));
    QTEST(v.isMariaDb(), "mariadb");
    QTEST(v.major, "major");
    QTEST(v.minor, "minor");
    QTEST(v.patch, "patch");
}

QTEST_GUILESS_MAIN(TestDialect)
#include "tst_dialect.moc"
