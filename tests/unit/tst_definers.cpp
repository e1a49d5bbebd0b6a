// Definer policy, account grants as SHOW GRANTS prints them, and the statements that create copied
// objects on the target: the logic, without servers (the sandbox tests run it for real).
#include "profile/DefinerPolicy.h"
#include "replication/Dialect.h"
#include "seeding/SchemaObjectCopier.h"
#include "setup/AccountGrants.h"
#include "setup/DefinerPlan.h"

#include <QTest>

namespace {

Dialect dialect(const char* version, const char* comment)
{
    return Dialect(ServerVersion::parse(QString::fromLatin1(version), QString::fromLatin1(comment)));
}

SchemaObject object(SchemaObject::Kind kind, const char* schema, const char* name, const QString& create = {})
{
    SchemaObject o;
    o.kind = kind;
    o.schema = QString::fromLatin1(schema);
    o.name = QString::fromLatin1(name);
    o.definerUser = QStringLiteral("admin");
    o.definerHost = QStringLiteral("%");
    o.createStatement = create;
    o.sqlMode = QStringLiteral("PIPES_AS_CONCAT,ANSI_QUOTES");
    o.collationConnection = QStringLiteral("latin1_swedish_ci");
    return o;
}

} // namespace

class TestDefiners : public QObject
{
    Q_OBJECT

private slots:
    void policyParsing_data();
    void policyParsing();
    void policyRoundTrip();
    void grantsParsing();
    void grantPatterns_data();
    void grantPatterns();
    void grantStatementEscapesWildcards();
    void privilegesNeeded();
    void creationOrder();
    void statementsForAnObject();
    void eventsArriveDisabled_data();
    void eventsArriveDisabled();
    void lockedAccounts_data();
    void lockedAccounts();
};

void TestDefiners::policyParsing_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<bool>("remap");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("host");
    QTest::newRow("empty") << "" << true << false << ""
                           << "";
    QTest::newRow("create") << "create" << true << false << ""
                            << "";
    QTest::newRow("quoted") << "remap:'dba'@'%'" << true << true << "dba"
                            << "%";
    QTest::newRow("backticks") << "remap:`app`@`10.0.%`" << true << true << "app"
                               << "10.0.%";
    QTest::newRow("bare") << "remap:dba@localhost" << true << true << "dba"
                          << "localhost";
    QTest::newRow("no host") << "remap:'dba'" << true << true << "dba"
                             << "%";
    QTest::newRow("escaped quote") << "remap:'o\\'brien'@'%'" << true << true << "o'brien"
                                   << "%";
    QTest::newRow("doubled quote") << "remap:'o''brien'@'%'" << true << true << "o'brien"
                                   << "%";
    QTest::newRow("unknown word") << "strip" << false << false << ""
                                  << "";
    QTest::newRow("empty account") << "remap:" << false << false << ""
                                   << "";
    QTest::newRow("unterminated") << "remap:'dba@'%'" << false << false << ""
                                  << "";
    QTest::newRow("trailing text") << "remap:'dba'@'%' x" << false << false << ""
                                   << "";
}

void TestDefiners::policyParsing()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    const Result<DefinerPolicy> policy = DefinerPolicy::parse(text);
    QCOMPARE(policy.ok(), valid);
    if (!valid) {
        QVERIFY(policy.error().fix.contains(QLatin1String("definers=remap:")));
        return;
    }
    QFETCH(bool, remap);
    QCOMPARE(policy->kind == DefinerPolicy::Kind::Remap, remap);
    QTEST(policy->remapUser, "user");
    QTEST(policy->remapHost, "host");
}

void TestDefiners::policyRoundTrip()
{
    for (const DefinerPolicy& policy :
         {DefinerPolicy{}, DefinerPolicy::remapTo(QStringLiteral("o'b\\x"), QStringLiteral("%"))}) {
        const Result<DefinerPolicy> again = DefinerPolicy::parse(policy.toText());
        QVERIFY2(again.ok(), qPrintable(policy.toText()));
        QVERIFY(again.value() == policy);
    }
}

void TestDefiners::grantsParsing()
{
    const AccountGrants grants = AccountGrants::parse(
        {QStringLiteral(
             "GRANT SELECT, INSERT, CREATE TEMPORARY TABLES ON *.* TO `admin`@`%` IDENTIFIED BY PASSWORD "
             "'*AB' WITH GRANT OPTION"),
         QStringLiteral("GRANT ALL PRIVILEGES ON `shop\\_media`.* TO `admin`@`%`"),
         QStringLiteral("GRANT UPDATE ON `legacy-crm`.`ticks` TO `admin`@`%`"),
         QStringLiteral("GRANT SELECT (`a`, `b`), UPDATE (`a`) ON `x`.`y` TO `admin`@`%`"),
         QStringLiteral("GRANT EXECUTE ON PROCEDURE `shop`.`p` TO `admin`@`%`")});
    QVERIFY(grants.holdsOnSchema(QStringLiteral("shop"), QStringLiteral("SELECT")));
    QVERIFY(grants.holdsOnSchema(QStringLiteral("shop"), QStringLiteral("CREATE TEMPORARY TABLES")));
    QVERIFY(!grants.holdsOnSchema(QStringLiteral("shop"), QStringLiteral("DELETE")));
    QVERIFY(grants.holdsOnSchema(QStringLiteral("shop_media"), QStringLiteral("DELETE")));
    QVERIFY(!grants.holdsOnSchema(QStringLiteral("shopXmedia"), QStringLiteral("DELETE")));
    QVERIFY(
        grants.holdsOnTable(QStringLiteral("legacy-crm"), QStringLiteral("ticks"), QStringLiteral("UPDATE")));
    QVERIFY(!grants.holdsOnSchema(QStringLiteral("legacy-crm"), QStringLiteral("UPDATE")));
    QCOMPARE(grants.tableGrants(QStringLiteral("legacy-crm")).value(QStringLiteral("ticks")),
             QSet<QString>{QStringLiteral("UPDATE")});
    // Column- and routine-level grants are not copied: the grants are marked incomplete.
    QVERIFY(grants.incomplete());
    const AccountGrants roles
        = AccountGrants::parse({QStringLiteral("GRANT `rds_superuser_role`@`%` TO `admin`@`%`")});
    QVERIFY(roles.incomplete());
    QVERIFY(!AccountGrants::parse({QStringLiteral("GRANT USAGE ON *.* TO `x`@`%`")}).incomplete());
}

void TestDefiners::grantPatterns_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("schema");
    QTest::addColumn<bool>("matches");
    QTest::newRow("exact") << "shop"
                           << "shop" << true;
    QTest::newRow("case counts") << "Shop"
                                 << "shop" << false;
    QTest::newRow("underscore is a wildcard") << "shop_media"
                                              << "shopXmedia" << true;
    QTest::newRow("escaped underscore") << "shop\\_media"
                                        << "shopXmedia" << false;
    QTest::newRow("escaped underscore, same name") << "shop\\_media"
                                                   << "shop_media" << true;
    QTest::newRow("percent") << "shop%"
                             << "shop_audit" << true;
    QTest::newRow("percent, not a prefix") << "shop%"
                                           << "legacy-crm" << false;
    QTest::newRow("inner percent") << "a%z"
                                   << "abcz" << true;
}

void TestDefiners::grantPatterns()
{
    QFETCH(QString, pattern);
    QFETCH(QString, schema);
    QTEST(AccountGrants::patternMatches(pattern, schema), "matches");
}

void TestDefiners::grantStatementEscapesWildcards()
{
    const QString account = QStringLiteral("'admin'@'%'");
    QCOMPARE((DefinerGrant{
                  QStringLiteral("shop_media"), {}, {QStringLiteral("SELECT"), QStringLiteral("EXECUTE")}})
                 .statement(account),
             QStringLiteral("GRANT SELECT, EXECUTE ON `shop\\_media`.* TO 'admin'@'%'"));
    QCOMPARE((DefinerGrant{QStringLiteral("100%`x"), {}, {QStringLiteral("SELECT")}}).statement(account),
             QStringLiteral("GRANT SELECT ON `100\\%``x`.* TO 'admin'@'%'"));
    QCOMPARE((DefinerGrant{QStringLiteral("shop_media"), QStringLiteral("t_1"), {QStringLiteral("UPDATE")}})
                 .statement(account),
             QStringLiteral("GRANT UPDATE ON `shop_media`.`t_1` TO 'admin'@'%'"));
}

void TestDefiners::privilegesNeeded()
{
    using K = SchemaObject::Kind;
    SchemaObject view = object(K::View, "s", "v");
    QCOMPARE(DefinerPlan::privilegesNeeded(view), QStringList{QStringLiteral("SELECT")});
    view.updatableView = true;
    QVERIFY(DefinerPlan::privilegesNeeded(view).contains(QStringLiteral("UPDATE")));
    view.definerSecurity = false; // SQL SECURITY INVOKER: the definer's rights are never used
    QVERIFY(DefinerPlan::privilegesNeeded(view).isEmpty());
    QVERIFY(DefinerPlan::privilegesNeeded(object(K::Trigger, "s", "t")).contains(QStringLiteral("TRIGGER")));
    QVERIFY(DefinerPlan::privilegesNeeded(object(K::Event, "s", "e")).contains(QStringLiteral("EVENT")));
    QVERIFY(DefinerPlan::privilegesNeeded(object(K::Function, "s", "f")).contains(QStringLiteral("EXECUTE")));
}

void TestDefiners::creationOrder()
{
    using K = SchemaObject::Kind;
    // A view on a view on a view, listed top first; a view naming another only in a string.
    const QList<SchemaObject> objects{
        object(K::Event, "s", "e"),
        object(K::View, "s", "a_top", QStringLiteral("CREATE VIEW `s`.`a_top` AS select * from `s`.`m_mid`")),
        object(K::Trigger, "s", "t"),
        object(K::View, "s", "m_mid",
               QStringLiteral("CREATE VIEW `s`.`m_mid` AS select * from `s`.`z_base`")),
        object(K::View, "s", "z_base", QStringLiteral("CREATE VIEW `s`.`z_base` AS select 1")),
        object(K::Function, "s", "f"),
        object(K::View, "s", "b_lone", QStringLiteral("CREATE VIEW `s`.`b_lone` AS select 'x' AS `y`")),
    };
    QStringList order;
    for (const SchemaObject& o : SchemaObjectCopier::inCreationOrder(objects))
        order << o.name;
    QCOMPARE(order,
             (QStringList{QStringLiteral("f"), QStringLiteral("b_lone"), QStringLiteral("z_base"),
                          QStringLiteral("m_mid"), QStringLiteral("a_top"), QStringLiteral("t"),
                          QStringLiteral("e")}));
}

void TestDefiners::statementsForAnObject()
{
    const SchemaObject trigger = object(
        SchemaObject::Kind::Trigger, "legacy-crm", "trg",
        QStringLiteral("CREATE DEFINER=\"admin\"@\"%\" TRIGGER \"legacy-crm\".\"trg\" BEFORE INSERT ON "
                       "\"legacy-crm\".\"t\" FOR EACH ROW SET NEW.\"l\" = NEW.\"a\" || '-'"));
    const Dialect mariadb = dialect("10.11.6-MariaDB", "mariadb.org binary distribution");
    const QStringList kept = SchemaObjectCopier::statementsFor(trigger, mariadb, DefinerPolicy{});
    QCOMPARE(kept.first(), QStringLiteral("SET SESSION sql_mode = 'PIPES_AS_CONCAT,ANSI_QUOTES'"));
    QVERIFY(kept.contains(QStringLiteral("SET SESSION collation_connection = 'latin1_swedish_ci'")));
    QVERIFY(kept.contains(QStringLiteral("USE `legacy-crm`")));
    QVERIFY(kept.contains(QStringLiteral("DROP TRIGGER IF EXISTS `legacy-crm`.`trg`")));
    QVERIFY(kept.last().startsWith(QLatin1String("CREATE DEFINER=`admin`@`%` TRIGGER \"legacy-crm\"")));
    const QStringList remapped = SchemaObjectCopier::statementsFor(
        trigger, mariadb, DefinerPolicy::remapTo(QStringLiteral("dba"), QStringLiteral("%")));
    QVERIFY(remapped.last().startsWith(QLatin1String("CREATE DEFINER=`dba`@`%` TRIGGER")));
    QVERIFY(remapped.last().endsWith(QLatin1String("NEW.\"a\" || '-'")));
}

void TestDefiners::eventsArriveDisabled_data()
{
    QTest::addColumn<QString>("version");
    QTest::addColumn<QString>("comment");
    QTest::addColumn<QString>("state");
    QTest::newRow("mariadb") << "10.11.6-MariaDB"
                             << ""
                             << "DISABLE ON SLAVE";
    QTest::newRow("mysql 5.7") << "5.7.44-log"
                               << "MySQL Community Server (GPL)"
                               << "DISABLE ON SLAVE";
    QTest::newRow("mysql 8.0.30") << "8.0.30"
                                  << "MySQL Community Server - GPL"
                                  << "DISABLE ON REPLICA";
    QTest::newRow("mysql 8.4") << "8.4.3"
                               << "MySQL Community Server - GPL"
                               << "DISABLE ON REPLICA";
}

void TestDefiners::eventsArriveDisabled()
{
    QFETCH(QString, version);
    QFETCH(QString, comment);
    QFETCH(QString, state);
    const SchemaObject event = object(
        SchemaObject::Kind::Event, "s", "e",
        QStringLiteral("CREATE DEFINER=`admin`@`%` EVENT `e` ON SCHEDULE EVERY 1 SECOND ON COMPLETION "
                       "PRESERVE ENABLE DO INSERT INTO t VALUES (1)"));
    const QString sql = SchemaObjectCopier::createStatement(
        event, Dialect(ServerVersion::parse(version, comment)), DefinerPolicy{});
    QCOMPARE(sql,
             QStringLiteral("CREATE DEFINER=`admin`@`%` EVENT `e` ON SCHEDULE EVERY 1 SECOND ON COMPLETION "
                            "PRESERVE %1 DO INSERT INTO t VALUES (1)")
                 .arg(state));
}

void TestDefiners::lockedAccounts_data()
{
    QTest::addColumn<QString>("version");
    QTest::addColumn<QString>("comment");
    QTest::addColumn<QString>("identified");
    QTest::newRow("mariadb") << "10.11.6-MariaDB"
                             << ""
                             << "IDENTIFIED VIA mysql_native_password USING 'invalid'";
    QTest::newRow("mysql 5.7")
        << "5.7.44-log"
        << "MySQL Community Server (GPL)"
        << "IDENTIFIED WITH mysql_native_password AS '*THISISNOTAVALIDPASSWORDTHATCANBEUSEDHERE'";
    QTest::newRow("mysql 8.4") << "8.4.3"
                               << "MySQL Community Server - GPL"
                               << "IDENTIFIED WITH caching_sha2_password";
}

void TestDefiners::lockedAccounts()
{
    QFETCH(QString, version);
    QFETCH(QString, comment);
    QFETCH(QString, identified);
    const QString sql = Dialect(ServerVersion::parse(version, comment))
                            .createLockedAccountStatement(QStringLiteral("'admin'@'%'"));
    QVERIFY2(sql.startsWith(QLatin1String("CREATE USER IF NOT EXISTS 'admin'@'%' ")), qPrintable(sql));
    QVERIFY2(sql.contains(identified), qPrintable(sql));
    QVERIFY(sql.endsWith(QLatin1String("ACCOUNT LOCK")));
}

QTEST_GUILESS_MAIN(TestDefiners)
#include "tst_definers.moc"
