// Quoting and redaction: every value that reaches SQL or a log goes through SqlText.
#include "db/SqlText.h"

#include <QTest>

class TestSqlText : public QObject
{
    Q_OBJECT

private slots:
    void literals_data();
    void literals();
    void identifiers();
    void redaction_data();
    void redaction();
};

void TestSqlText::literals_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("quoted");
    QTest::newRow("plain") << "abc"
                           << "'abc'";
    QTest::newRow("quote") << "a'b"
                           << "'a\\'b'";
    QTest::newRow("backslash") << "a\\b"
                               << "'a\\\\b'";
    QTest::newRow("newline") << "a\nb"
                             << "'a\\nb'";
    QTest::newRow("nul") << QString(QStringLiteral("a") + QChar(0) + QStringLiteral("b")) << "'a\\0b'";
    QTest::newRow("unicode") << "Grüße ✓"
                             << "'Grüße ✓'";
}

void TestSqlText::literals()
{
    QFETCH(QString, value);
    QTEST(SqlText::literal(value), "quoted");
}

void TestSqlText::identifiers()
{
    QCOMPARE(SqlText::identifier(QStringLiteral("shop")), QStringLiteral("`shop`"));
    QCOMPARE(SqlText::identifier(QStringLiteral("we`ird")), QStringLiteral("`we``ird`"));
    QCOMPARE(SqlText::account(QStringLiteral("re'pl"), QStringLiteral("%")), QStringLiteral("'re\\'pl'@'%'"));
}

void TestSqlText::redaction_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QString>("secret");
    QTest::newRow("create user") << "CREATE USER 'repl'@'%' IDENTIFIED BY 's3cr\\'et'"
                                 << "s3cr";
    QTest::newRow("alter user") << "ALTER USER root@localhost identified by \"pw#1\""
                                << "pw#1";
    QTest::newRow("hash") << "CREATE USER r IDENTIFIED BY PASSWORD '*ABCDEF0123'"
                          << "ABCDEF0123";
    QTest::newRow("change master")
        << "CHANGE MASTER TO MASTER_HOST='h', MASTER_PASSWORD='topsecret', MASTER_LOG_POS=4"
        << "topsecret";
    QTest::newRow("change source") << "CHANGE REPLICATION SOURCE TO SOURCE_PASSWORD = 'x''y'"
                                   << "x''y";
    QTest::newRow("set password") << "SET PASSWORD FOR 'a'@'%' = PASSWORD('pw')"
                                  << "'pw'";
}

void TestSqlText::redaction()
{
    QFETCH(QString, sql);
    QFETCH(QString, secret);
    const QString redacted = SqlText::redacted(sql);
    QVERIFY2(!redacted.contains(secret), qPrintable(redacted));
    QVERIFY(redacted.contains(QLatin1String("'***'")));
}

QTEST_GUILESS_MAIN(TestSqlText)
#include "tst_sqltext.moc"
