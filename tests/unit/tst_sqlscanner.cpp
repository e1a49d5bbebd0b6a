// Rewriting the statements servers print (SHOW CREATE ...): the DEFINER clause and an event's state,
// never fooled by the same words inside names, strings or comments, in every quoting style.
#include "db/SqlScanner.h"

#include <QTest>

class TestSqlScanner : public QObject
{
    Q_OBJECT

private slots:
    void tokens();
    void definer_data();
    void definer();
    void eventStatus_data();
    void eventStatus();
};

void TestSqlScanner::tokens()
{
    const QList<SqlScanner::Token> list = SqlScanner::tokens(QStringLiteral(
        "CREATE /* DEFINER=x */ VIEW `a``b`.\"c\" -- comment\n AS select 'it''s', \"q\\\"\" # end"));
    QStringList texts;
    for (const SqlScanner::Token& t : list)
        texts << t.text;
    QCOMPARE(texts,
             (QStringList{QStringLiteral("CREATE"), QStringLiteral("VIEW"), QStringLiteral("`a``b`"),
                          QStringLiteral("."), QStringLiteral("\"c\""), QStringLiteral("AS"),
                          QStringLiteral("SELECT"), QStringLiteral("'it''s'"), QStringLiteral(","),
                          QStringLiteral("\"q\\\"\"")}));
}

void TestSqlScanner::definer_data()
{
    QTest::addColumn<QString>("statement");
    QTest::addColumn<QString>("definer");
    QTest::addColumn<QString>("rewritten");
    const QString to = QStringLiteral("`dba`@`%`");
    QTest::newRow("view")
        << "CREATE ALGORITHM=UNDEFINED DEFINER=`admin`@`%` SQL SECURITY DEFINER VIEW `s`.`v` AS "
           "select 1 AS `DEFINER=`"
        << "`admin`@`%`"
        << QStringLiteral("CREATE ALGORITHM=UNDEFINED DEFINER=") + to
            + QStringLiteral(" SQL SECURITY DEFINER VIEW `s`.`v` AS select 1 AS `DEFINER=`");
    QTest::newRow("function") << "CREATE DEFINER=`admin`@`%` FUNCTION `f`() RETURNS int\nRETURN 1"
                              << "`admin`@`%`"
                              << QStringLiteral("CREATE DEFINER=") + to
            + QStringLiteral(" FUNCTION `f`() RETURNS int\nRETURN 1");
    QTest::newRow("ansi quotes (trigger)") << "CREATE DEFINER=\"admin\"@\"%\" TRIGGER \"s\".\"t\" BEFORE "
                                              "INSERT ON \"s\".\"x\" FOR EACH ROW SET @a = 1"
                                           << "\"admin\"@\"%\""
                                           << QStringLiteral("CREATE DEFINER=") + to
            + QStringLiteral(" TRIGGER \"s\".\"t\" BEFORE INSERT ON \"s\".\"x\" FOR EACH ROW SET @a = 1");
    QTest::newRow("quotes in the name")
        << "CREATE DEFINER=`o'brien``x`@`10.%` PROCEDURE `p`() BEGIN END"
        << "`o'brien``x`@`10.%`"
        << QStringLiteral("CREATE DEFINER=") + to + QStringLiteral(" PROCEDURE `p`() BEGIN END");
    QTest::newRow("no definer") << "CREATE VIEW v AS SELECT 'DEFINER=`x`@`y`'"
                                << ""
                                << "CREATE VIEW v AS SELECT 'DEFINER=`x`@`y`'";
    QTest::newRow("definer only in the body")
        << "CREATE FUNCTION f() RETURNS INT RETURN (SELECT 1) -- DEFINER=`a`@`b`"
        << ""
        << "CREATE FUNCTION f() RETURNS INT RETURN (SELECT 1) -- DEFINER=`a`@`b`";
}

void TestSqlScanner::definer()
{
    QFETCH(QString, statement);
    QTEST(SqlScanner::definerOf(statement), "definer");
    QTEST(SqlScanner::withDefiner(statement, QStringLiteral("`dba`@`%`")), "rewritten");
}

void TestSqlScanner::eventStatus_data()
{
    QTest::addColumn<QString>("statement");
    QTest::addColumn<QString>("rewritten");
    const QString head
        = QStringLiteral("CREATE DEFINER=`admin`@`%` EVENT `ev ENABLE` ON SCHEDULE EVERY 1 SECOND "
                         "STARTS '2026-11-30 18:00:00' ON COMPLETION PRESERVE ");
    QTest::newRow("enabled") << head
            + QStringLiteral("ENABLE COMMENT 'ENABLE it' DO INSERT INTO t VALUES ('ENABLE')")
                             << head
            + QStringLiteral("DISABLE ON SLAVE COMMENT 'ENABLE it' DO INSERT INTO t VALUES ('ENABLE')");
    QTest::newRow("replica side") << head + QStringLiteral("DISABLE ON SLAVE DO SELECT 1")
                                  << head + QStringLiteral("DISABLE ON SLAVE DO SELECT 1");
    QTest::newRow("mysql replica words") << head + QStringLiteral("DISABLE ON REPLICA DO SELECT 1")
                                         << head + QStringLiteral("DISABLE ON SLAVE DO SELECT 1");
    QTest::newRow("disabled") << head + QStringLiteral("DISABLE DO SELECT 1")
                              << head + QStringLiteral("DISABLE ON SLAVE DO SELECT 1");
    QTest::newRow("no state") << head + QStringLiteral("COMMENT 'x' DO SELECT 1")
                              << head + QStringLiteral("DISABLE ON SLAVE COMMENT 'x' DO SELECT 1");
    QTest::newRow("no state, no comment") << head + QStringLiteral("DO SELECT 'ENABLE'")
                                          << head + QStringLiteral("DISABLE ON SLAVE DO SELECT 'ENABLE'");
}

void TestSqlScanner::eventStatus()
{
    QFETCH(QString, statement);
    QTEST(SqlScanner::withEventStatus(statement, QStringLiteral("DISABLE ON SLAVE")), "rewritten");
}

QTEST_GUILESS_MAIN(TestSqlScanner)
#include "tst_sqlscanner.moc"
