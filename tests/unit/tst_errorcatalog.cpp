// Every row of the error table the tool must recognise (docs/errors.md) maps to a diagnosis with
// an explanation and a fix.
#include "db/ErrorCatalog.h"

#include <QTest>

class TestErrorCatalog : public QObject
{
    Q_OBJECT

private slots:
    void classify_data();
    void classify();
    void neverSuggestsSkippingForPurgedBinlogs();
    void unknownErrorKeepsServerText();
    void toTextCarriesEverything();
};

void TestErrorCatalog::classify_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("diagnosis");

    QTest::newRow("1236 purged")
        << 1236
        << "Got fatal error 1236 from master when reading data from binary log: 'Could not "
           "find first log file name in binary log index file'"
        << "binlog_purged";
    QTest::newRow("1236 impossible position") << 1236
                                              << "Got fatal error 1236 from master when reading data from "
                                                 "binary log: 'Client requested master to start "
                                                 "replication from impossible position'"
                                              << "bad_coordinates";
    QTest::newRow("1236 position > file size")
        << 1236
        << "Got fatal error 1236 from source: 'log event entry exceeded max_allowed_packet; "
           "requested position > file size'"
        << "bad_coordinates";
    QTest::newRow("1236 gtid purged") << 1236
                                      << "Got fatal error 1236 from source when reading data from binary "
                                         "log: 'Cannot replicate because the source "
                                         "purged required binary logs.'"
                                      << "binlog_purged";
    QTest::newRow("MY-013114")
        << 13114
        << "Got fatal error 1236 from source when reading data from binary log: 'Could not "
           "find first log file name in binary log index file'"
        << "binlog_purged";
    QTest::newRow("1045") << 1045 << "Access denied for user 'admin'@'10.0.0.5' (using password: YES)"
                          << "access_denied";
    QTest::newRow("2003") << 2003 << "Can't connect to server on '127.0.0.1' (111)"
                          << "unreachable";
    QTest::newRow("2005") << 2005 << "Unknown server host 'nohost.invalid' (-2)"
                          << "unknown_host";
    QTest::newRow("2013") << 2013 << "Lost connection to server during query"
                          << "connection_lost";
    QTest::newRow("2026") << 2026 << "SSL connection error: certificate verify failed"
                          << "tls_error";
    QTest::newRow("2026 bare openssl") << 2026 << "error:00000000:lib(0)::reason(0)"
                                       << "tls_error";
    QTest::newRow("2061") << 2061
                          << "Authentication plugin 'caching_sha2_password' reported error: Authentication "
                             "requires secure connection."
                          << "auth_needs_tls";
    QTest::newRow("3159") << 3159
                          << "Connections using insecure transport are prohibited while "
                             "--require_secure_transport=ON."
                          << "tls_required";
    QTest::newRow("1593") << 1593
                          << "Fatal error: The slave I/O thread stops because master and slave have equal "
                             "MySQL server ids"
                          << "server_id_clash";
    QTest::newRow("MY-013117") << 13117
                               << "Fatal error: The replica I/O thread stops because source and replica "
                                  "have equal MySQL server UUIDs"
                               << "server_id_clash";
    QTest::newRow("1062") << 1062
                          << "Could not execute Write_rows_v1 event on table shop.orders; Duplicate entry "
                             "'5' for key 'PRIMARY'"
                          << "data_drift";
    QTest::newRow("1032") << 1032
                          << "Could not execute Update_rows_v1 event on table shop.orders; Can't find "
                             "record in 'orders'"
                          << "data_drift";
    QTest::newRow("1146") << 1146 << "Error executing row event: 'Table 'mysql.rds_heartbeat2' doesn't exist'"
                          << "missing_table";
    QTest::newRow("1198") << 1198
                          << "This operation cannot be performed as you have a running slave ''; run STOP "
                             "SLAVE '' first"
                          << "replica_running";
    QTest::newRow("1227") << 1227
                          << "Access denied; you need (at least one of) the SUPER privilege(s) for this "
                             "operation"
                          << "missing_privilege";
    QTest::newRow("1419") << 1419 << "You do not have the SUPER privilege and binary logging is enabled"
                          << "missing_privilege";
    QTest::newRow("1449") << 1449 << "The user specified as a definer ('rdsadmin'@'localhost') does not exist"
                          << "definer_missing";
    QTest::newRow("1273") << 1273 << "Unknown collation: 'utf8mb4_0900_ai_ci'"
                          << "unknown_collation";
    QTest::newRow("1950") << 1950
                          << "An attempt was made to binlog GTID 0-1-100 which would create an out-of-order "
                             "sequence number"
                          << "gtid_out_of_order";
}

void TestErrorCatalog::classify()
{
    QFETCH(int, code);
    QFETCH(QString, message);
    const EngineError error = ErrorCatalog::classify(code, message);
    QTEST(error.diagnosisId, "diagnosis");
    QCOMPARE(error.code, code);
    QCOMPARE(error.serverMessage, message);
    QVERIFY(!error.explanation.isEmpty());
    QVERIFY(!error.fix.isEmpty());
}

void TestErrorCatalog::neverSuggestsSkippingForPurgedBinlogs()
{
    const EngineError error
        = ErrorCatalog::classify(1236, QStringLiteral("Could not find first log file name"));
    QVERIFY(error.fix.contains(QLatin1String("Seed the target again")));
    QVERIFY(!error.fix.contains(QLatin1String("rds_skip_repl_error")));
    QVERIFY(!error.fix.contains(QLatin1String("sql_slave_skip_counter")));
}

void TestErrorCatalog::unknownErrorKeepsServerText()
{
    const EngineError error
        = ErrorCatalog::classify(1064, QStringLiteral("You have an error in your SQL syntax"));
    QCOMPARE(error.diagnosisId, QStringLiteral("server_error"));
    QVERIFY(error.toText().contains(QLatin1String("[1064] You have an error in your SQL syntax")));
}

void TestErrorCatalog::toTextCarriesEverything()
{
    const EngineError error = ErrorCatalog::classify(1045, QStringLiteral("Access denied for user 'x'@'y'"))
                                  .withContext(QStringLiteral("connecting to source"));
    const QString text = error.toText();
    QVERIFY(text.startsWith(QLatin1String("connecting to source: [1045] Access denied")));
    QVERIFY(text.contains(error.explanation));
    QVERIFY(text.contains(error.fix));
}

QTEST_GUILESS_MAIN(TestErrorCatalog)
#include "tst_errorcatalog.moc"
