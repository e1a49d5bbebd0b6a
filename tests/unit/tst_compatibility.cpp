// Which target may replicate from which source (dialects.md's compatibility rules).
#include "setup/ServerCompatibility.h"

#include <QTest>

class TestCompatibility : public QObject
{
    Q_OBJECT

private slots:
    void rules_data();
    void rules();
};

void TestCompatibility::rules_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("problem"); // empty: compatible
    QTest::newRow("same") << "8.0.30"
                          << "8.0.30"
                          << "";
    QTest::newRow("newer target") << "8.0.30"
                                  << "8.4.3"
                                  << "";
    QTest::newRow("older target") << "8.0.30"
                                  << "5.7.44-log"
                                  << "older than the source";
    QTest::newRow("mariadb same") << "10.11.6-MariaDB"
                                  << "10.11.19-MariaDB"
                                  << "";
    QTest::newRow("mariadb older") << "10.11.6-MariaDB"
                                   << "10.6.21-MariaDB"
                                   << "older than the source";
    QTest::newRow("mysql 8 to old mariadb") << "8.0.30"
                                            << "10.11.6-MariaDB"
                                            << "cannot replicate from MySQL 8";
    QTest::newRow("mysql 8 to mariadb 10.11.11") << "8.0.30"
                                                 << "10.11.11-MariaDB"
                                                 << "";
    QTest::newRow("mysql 8 to mariadb 10.6.21") << "8.0.36"
                                                << "10.6.21-MariaDB"
                                                << "";
    QTest::newRow("mysql 8 to mariadb 11.4.5") << "8.0.36"
                                               << "11.4.5-MariaDB"
                                               << "";
    QTest::newRow("mariadb to mysql") << "10.11.6-MariaDB"
                                      << "8.4.3"
                                      << "cannot replicate from MariaDB";
}

void TestCompatibility::rules()
{
    QFETCH(QString, source);
    QFETCH(QString, target);
    QFETCH(QString, problem);
    const QString found
        = ServerCompatibility::problem(ServerVersion::parse(source, {}), ServerVersion::parse(target, {}));
    if (problem.isEmpty())
        QVERIFY2(found.isEmpty(), qPrintable(found));
    else
        QVERIFY2(found.contains(problem), qPrintable(found));
}

QTEST_GUILESS_MAIN(TestCompatibility)
#include "tst_compatibility.moc"
