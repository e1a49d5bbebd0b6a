// The sandbox behaves like RDS where the tool can tell, and `status` reads it correctly.
// Starts its own sandbox (three MariaDB 10.11 servers) through the CLI and stops it at the end.
#include "RecordedResultSet.h"
#include "SandboxFixture.h"
#include "profile/SecretsFile.h"
#include "replication/ServerInspector.h"
#include "sandbox/Sandbox.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>
#include <QThread>

#include <algorithm>
#include <arpa/inet.h>
#include <csignal>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace {

QJsonObject statusJson(const SandboxFixture& sandbox, int* exitCode)
{
    const auto result = SandboxFixture::runCli({QStringLiteral("status"), QStringLiteral("--profile"),
                                                sandbox.profilePath(), QStringLiteral("--secrets"),
                                                sandbox.secretsPath(), QStringLiteral("--json")});
    *exitCode = result.exitCode;
    return QJsonDocument::fromJson(result.out).object();
}

QStringList binlogNames(ServerSession& session)
{
    QStringList names;
    const Result<ResultSet> logs = session.query(QStringLiteral("SHOW BINARY LOGS"));
    if (!logs)
        return names;
    for (int row = 0; row < logs->rowCount(); ++row)
        names.append(logs->text(row, u"Log_name"));
    return names;
}

} // namespace

class TestSandbox : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void statusShowsStagingReplicating();
    void statusTextIsReadable();
    void inspectorSeesRdsFacts();
    void recordedMariaDbColumnsMatchTheServer();
    void demoDataReachedStaging();
    void productionShapedAccounts();
    void productionShapedData();
    void productionShapedPasswords();
    void adminCannotFlushTablesWithReadLock();
    void rdsShowConfigurationHasRdsColumns();
    void rdsSetConfigurationValidates();
    void heartbeatIsWrittenAndReplicated();
    void eventSchedulerIsOn();
    void writeLoadAdvancesTheBinlog();
    void binlogsPurgedWithRetentionNull();
    void binlogsKeptWithRetentionSet();
    void wrongPasswordIs1045();
    void closedPortIs2003();
    void statusReportsUnreachableSource();
    void stoppedStagingMakesStatusCritical();
    void releaseBuildsDumpNoCore();

private:
    SandboxFixture m_sandbox;
};

void TestSandbox::initTestCase()
{
    QString message;
    QVERIFY2(m_sandbox.start({QStringLiteral("--load"), QStringLiteral("--purge-window"), QStringLiteral("6"),
                              QStringLiteral("--rotate-every"), QStringLiteral("3")},
                             &message),
             qPrintable(message));
}

void TestSandbox::cleanupTestCase()
{
    auto access = Sandbox::rootAccess(m_sandbox.directory(), ServerRole::Source);
    m_sandbox.stop();
    // Every server is gone afterwards: nothing answers on the socket any more.
    if (access) {
        ServerSession session(access->first);
        QVERIFY(!session.open(access->second).ok());
    }
}

void TestSandbox::statusShowsStagingReplicating()
{
    int exitCode = -1;
    const QJsonObject json = statusJson(m_sandbox, &exitCode);
    QCOMPARE(exitCode, 0);
    const QJsonObject staging = json.value(QStringLiteral("staging")).toObject();
    QCOMPARE(staging.value(QStringLiteral("reachable")).toBool(), true);
    QCOMPARE(staging.value(QStringLiteral("io_running")).toBool(), true);
    QCOMPARE(staging.value(QStringLiteral("sql_running")).toBool(), true);
    QCOMPARE(staging.value(QStringLiteral("health")).toString(), QStringLiteral("ok"));
    QCOMPARE(staging.value(QStringLiteral("last_io_errno")).toInt(), 0);
    QCOMPARE(staging.value(QStringLiteral("last_sql_errno")).toInt(), 0);
    QVERIFY(staging.value(QStringLiteral("exec_source_log_file"))
                .toString()
                .startsWith(QLatin1String("mysql-bin-changelog.")));
    QVERIFY(staging.value(QStringLiteral("exec_source_log_pos")).toInteger() > 0);
    QVERIFY(staging.contains(QStringLiteral("seconds_behind")));

    const QJsonObject source = json.value(QStringLiteral("source")).toObject();
    QCOMPARE(source.value(QStringLiteral("reachable")).toBool(), true);
    QVERIFY(source.value(QStringLiteral("binlog_file"))
                .toString()
                .startsWith(QLatin1String("mysql-bin-changelog.")));
    QVERIFY(source.value(QStringLiteral("binlog_position")).toInteger() > 0);
    QCOMPARE(source.value(QStringLiteral("server_id")).toInteger(), qint64(Sandbox::SourceServerId));
    QVERIFY(source.value(QStringLiteral("retention_hours")).isNull()); // RDS default: NULL

    const QJsonObject target = json.value(QStringLiteral("target")).toObject();
    QCOMPARE(target.value(QStringLiteral("reachable")).toBool(), true);
    QCOMPARE(target.value(QStringLiteral("health")).toString(), QStringLiteral("not_replica"));
    QCOMPARE(json.value(QStringLiteral("overall")).toObject().value(QStringLiteral("status")).toString(),
             QStringLiteral("OK"));
}

void TestSandbox::statusTextIsReadable()
{
    const auto result = SandboxFixture::runCli({QStringLiteral("status"), QStringLiteral("--profile"),
                                                m_sandbox.profilePath(), QStringLiteral("--secrets"),
                                                m_sandbox.secretsPath()});
    QCOMPARE(result.exitCode, 0);
    const QString text = QString::fromUtf8(result.out);
    QVERIFY2(text.contains(QLatin1String("IO thread")) && text.contains(QLatin1String("Yes")),
             qPrintable(text));
    QVERIFY(text.contains(QLatin1String("Binlog position")));
    QVERIFY(text.contains(QLatin1String("mysql-bin-changelog.")));
    QVERIFY(text.contains(QLatin1String("Overall: OK")));
}

void TestSandbox::inspectorSeesRdsFacts()
{
    auto source = m_sandbox.adminSession(ServerRole::Source);
    QVERIFY(source);
    const Result<ServerFacts> sourceFacts = ServerInspector(*source).inspect();
    QVERIFY(sourceFacts.ok());
    QVERIFY(sourceFacts->version.isMariaDb());
    QCOMPARE(sourceFacts->version.major, 10);
    QVERIFY(sourceFacts->rds);
    QCOMPARE(sourceFacts->serverId, quint64(Sandbox::SourceServerId));
    QVERIFY(sourceFacts->logBin);
    QCOMPARE(sourceFacts->binlogFormat, QStringLiteral("MIXED")); // RDS MariaDB's default
    QCOMPARE(sourceFacts->retention.origin, BinlogRetention::Origin::RdsConfiguration);
    QVERIFY(!sourceFacts->retention.isSet);
    QVERIFY(sourceFacts->sourceStatus.has_value());
    QVERIFY(!sourceFacts->replicaStatus.has_value());

    auto staging = m_sandbox.adminSession(ServerRole::Staging);
    QVERIFY(staging);
    const Result<ServerFacts> stagingFacts = ServerInspector(*staging).inspect();
    QVERIFY(stagingFacts.ok());
    QVERIFY(stagingFacts->rds);
    QVERIFY(stagingFacts->readOnly);
    QCOMPARE(stagingFacts->serverId, quint64(Sandbox::StagingServerId));
    QVERIFY(stagingFacts->replicaStatus.has_value());
    QCOMPARE(stagingFacts->replicaStatus->sourceServerId, quint64(Sandbox::SourceServerId));
    // As on RDS MariaDB 10.5+: the master user reads replica status only through the procedure.
    QVERIFY(stagingFacts->replicaStatusViaRdsProcedure);

    auto target = m_sandbox.adminSession(ServerRole::Target);
    QVERIFY(target);
    const Result<ServerFacts> targetFacts = ServerInspector(*target).inspect();
    QVERIFY(targetFacts.ok());
    QVERIFY(!targetFacts->rds);
    QCOMPARE(targetFacts->serverId, quint64(1)); // the servers' default, as on many real targets
    QVERIFY(!targetFacts->replicaStatus.has_value());
}

void TestSandbox::recordedMariaDbColumnsMatchTheServer()
{
    // The golden MariaDB files used by the dialect unit tests have the real server's columns.
    auto staging = m_sandbox.rootSession(ServerRole::Staging);
    auto target = m_sandbox.rootSession(ServerRole::Target);
    QVERIFY(staging && target);
    const Result<ResultSet> replica = staging->query(QStringLiteral("SHOW SLAVE STATUS"));
    QVERIFY(replica.ok());
    for (const char* file :
         {"mariadb-10.11.6__replica_status.json", "mariadb-10.11.6__replica_status_error.json",
          "mariadb-10.11.6__replica_status_empty.json"})
        QCOMPARE(replica->columns(), RecordedResultSet::load(QString::fromLatin1(file)).result.columns());
    const Result<ResultSet> notReplica = target->query(QStringLiteral("SHOW SLAVE STATUS"));
    QVERIFY(notReplica.ok());
    QCOMPARE(notReplica->rowCount(), 0);
    auto sourceRoot = m_sandbox.rootSession(ServerRole::Source);
    QVERIFY(sourceRoot);
    const Result<ResultSet> hosts = sourceRoot->query(QStringLiteral("SHOW SLAVE HOSTS"));
    QVERIFY(hosts.ok());
    QCOMPARE(hosts->columns(),
             RecordedResultSet::load(QStringLiteral("mariadb-10.11.6__replica_hosts.json")).result.columns());
    const Result<ResultSet> source = staging->query(QStringLiteral("SHOW MASTER STATUS"));
    QVERIFY(source.ok());
    QCOMPARE(source->columns(),
             RecordedResultSet::load(QStringLiteral("mariadb-10.11.6__source_status.json")).result.columns());
}

void TestSandbox::demoDataReachedStaging()
{
    auto source = m_sandbox.adminSession(ServerRole::Source);
    auto staging = m_sandbox.adminSession(ServerRole::Staging);
    QVERIFY(source && staging);
    const QString tables
        = QStringLiteral("SELECT CONCAT(TABLE_SCHEMA, '.', TABLE_NAME) AS t FROM information_schema.TABLES "
                         "WHERE TABLE_SCHEMA LIKE 'shop%' AND TABLE_TYPE = 'BASE TABLE' ORDER BY 1");
    const Result<ResultSet> onSource = source->query(tables);
    const Result<ResultSet> onStaging = staging->query(tables);
    QVERIFY(onSource.ok() && onStaging.ok());
    QVERIFY(onSource->rowCount() >= 4);
    QCOMPARE(onStaging->rows(), onSource->rows());

    qint64 rows = 0;
    for (int i = 0; i < onStaging->rowCount(); ++i) {
        const Result<ResultSet> count
            = staging->query(QStringLiteral("SELECT COUNT(*) AS n FROM ") + onStaging->text(i, u"t"));
        QVERIFY(count.ok());
        rows += count->text(0, u"n").toLongLong();
    }
    QVERIFY2(rows >= 90000, qPrintable(QString::number(rows)));

    // A view, a routine, a trigger and an event came along too.
    const Result<ResultSet> objects = staging->query(QStringLiteral(
        "SELECT (SELECT COUNT(*) FROM information_schema.VIEWS WHERE TABLE_SCHEMA LIKE 'shop%') AS views, "
        "(SELECT COUNT(*) FROM information_schema.ROUTINES WHERE ROUTINE_SCHEMA LIKE 'shop%') AS routines, "
        "(SELECT COUNT(*) FROM information_schema.TRIGGERS WHERE TRIGGER_SCHEMA LIKE 'shop%') AS triggers_, "
        "(SELECT COUNT(*) FROM information_schema.EVENTS WHERE EVENT_SCHEMA LIKE 'shop%') AS events"));
    QVERIFY(objects.ok());
    for (const char* column : {"views", "routines", "triggers_", "events"})
        QVERIFY2(objects->text(0, QString::fromLatin1(column)).toInt() >= 1, column);
}

void TestSandbox::productionShapedAccounts()
{
    // The target's DBA is not named like the RDS master user, which does not exist there, and the
    // target runs with the servers' default server_id.
    QCOMPARE(m_sandbox.spec(ServerRole::Target).user, QString::fromLatin1(Sandbox::TargetAdminUser));
    auto target = m_sandbox.rootSession(ServerRole::Target);
    QVERIFY(target);
    const Result<ResultSet> admin
        = target->query(QStringLiteral("SELECT COUNT(*) AS n FROM mysql.user WHERE User = 'admin'"));
    QVERIFY(admin.ok());
    QCOMPARE(admin->text(0, u"n").toInt(), 0);
    QCOMPARE(target->query(QStringLiteral("SELECT @@server_id AS id"))->text(0, u"id"), QStringLiteral("1"));
    // The master user may not run SHOW SLAVE STATUS, only CALL mysql.rds_replica_status.
    auto staging = m_sandbox.adminSession(ServerRole::Staging);
    QVERIFY(staging);
    const Result<ResultSet> denied = staging->query(QStringLiteral("SHOW SLAVE STATUS"));
    QVERIFY(!denied.ok());
    QCOMPARE(denied.error().code, 1227);
    const Result<ResultSet> viaProcedure = staging->query(QStringLiteral("CALL mysql.rds_replica_status()"));
    QVERIFY2(viaProcedure.ok(), viaProcedure.ok() ? "" : qPrintable(viaProcedure.error().toText()));
    QCOMPARE(viaProcedure->text(0, u"Slave_IO_Running"), QStringLiteral("Yes"));
    // Every user object is defined by the RDS master user.
    auto source = m_sandbox.rootSession(ServerRole::Source);
    QVERIFY(source);
    const Result<ResultSet> definers = source->query(QStringLiteral(
        "SELECT DEFINER AS d FROM information_schema.ROUTINES WHERE ROUTINE_SCHEMA NOT IN ('mysql', 'sys') "
        "UNION SELECT DEFINER FROM information_schema.VIEWS WHERE TABLE_SCHEMA NOT IN ('mysql', 'sys') "
        "UNION SELECT DEFINER FROM information_schema.TRIGGERS WHERE TRIGGER_SCHEMA NOT IN ('mysql', 'sys') "
        "UNION SELECT DEFINER FROM information_schema.EVENTS WHERE EVENT_SCHEMA NOT IN ('mysql', 'sys')"));
    QVERIFY(definers.ok());
    QCOMPARE(definers->rowCount(), 1);
    QCOMPARE(definers->text(0, u"d"), QStringLiteral("admin@%"));
}

void TestSandbox::productionShapedData()
{
    auto staging = m_sandbox.rootSession(ServerRole::Staging);
    QVERIFY(staging);
    const auto scalar = [&staging](const char* sql) {
        const Result<ResultSet> rs = staging->query(QString::fromUtf8(sql));
        return rs ? rs->rows().value(0).value(0).toString() : QStringLiteral("error: ") + rs.error().toText();
    };
    // No key at all, with duplicate rows; composite and binary keys.
    QCOMPARE(scalar("SELECT COUNT(*) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = 'legacy-crm' "
                    "AND TABLE_NAME = 'import log'"),
             QStringLiteral("0"));
    QVERIFY(
        scalar("SELECT COUNT(*) - COUNT(DISTINCT line, imported_at, origin) FROM `legacy-crm`.`import log`")
            .toInt()
        > 0);
    QCOMPARE(
        scalar("SELECT COUNT(*) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = 'legacy-crm' AND "
               "TABLE_NAME = 'price_history' AND INDEX_NAME = 'PRIMARY'"),
        QStringLiteral("3"));
    QCOMPARE(scalar("SELECT big_u FROM `legacy-crm`.extremes WHERE id = 1"),
             QStringLiteral("18446744073709551615"));
    QCOMPARE(scalar("SELECT zero_d FROM `legacy-crm`.extremes WHERE id = 1"), QStringLiteral("0000-00-00"));
    QCOMPARE(scalar("SELECT LOCATE(x'00', body) FROM `legacy-crm`.attachments WHERE name = 'nul-run'"),
             QStringLiteral("1"));
    QCOMPARE(
        scalar("SELECT CHARACTER_SET_NAME FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = 'legacy-crm' "
               "AND TABLE_NAME = 'notes' AND COLUMN_NAME = 'latin'"),
        QStringLiteral("latin1"));
    QVERIFY(scalar("SELECT utf FROM `legacy-crm`.notes WHERE id = 1").contains(QStringLiteral("😀")));
    QCOMPARE(scalar("SELECT COUNT(*) FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = 'legacy-crm' AND "
                    "TABLE_NAME = 'contacts' AND (IS_GENERATED = 'ALWAYS' OR EXTRA LIKE '%INVISIBLE%')"),
             QStringLiteral("3"));
    QCOMPARE(
        scalar("SELECT COUNT(*) FROM information_schema.PARTITIONS WHERE TABLE_SCHEMA = 'legacy-crm' AND "
               "TABLE_NAME = 'events_log'"),
        QStringLiteral("4"));
    QVERIFY(scalar("SELECT sql_mode FROM information_schema.TRIGGERS WHERE TRIGGER_NAME = 'trg_ticks_label'")
                .contains(QLatin1String("PIPES_AS_CONCAT")));
    QCOMPARE(
        scalar("SELECT SECURITY_TYPE FROM information_schema.VIEWS WHERE TABLE_NAME = 'v contact stats'"),
        QStringLiteral("DEFINER"));
    // The application's events write every second on the source and replicate, into a schema the
    // profile copies and into one it does not.
    QVERIFY(!m_sandbox.profile().databases.contains(QStringLiteral("scratch")));
    QVERIFY(m_sandbox.profile().databases.contains(QStringLiteral("legacy-crm")));
    const int ticks = scalar("SELECT COUNT(*) FROM `legacy-crm`.ticks").toInt();
    const int jobs = scalar("SELECT COUNT(*) FROM scratch.jobs").toInt();
    QTRY_VERIFY_WITH_TIMEOUT(scalar("SELECT COUNT(*) FROM `legacy-crm`.ticks").toInt() > ticks
                                 && scalar("SELECT COUNT(*) FROM scratch.jobs").toInt() > jobs,
                             10000);
    QVERIFY(scalar("SELECT label FROM `legacy-crm`.ticks ORDER BY id DESC LIMIT 1")
                .startsWith(QLatin1String("tick-")));
}

void TestSandbox::productionShapedPasswords()
{
    // Every account's password needs quoting in SQL, option files and shells.
    QList<QByteArray> passwords = m_sandbox.passwords().values();
    passwords << SecretsFile::load(m_sandbox.secretsPath()).value().password(QStringLiteral("replication"));
    for (ServerRole role : ServerRoles::all())
        passwords << Sandbox::rootAccess(m_sandbox.directory(), role)->second;
    for (const QByteArray& password : passwords) {
        const QString text = QString::fromUtf8(password);
        for (const QChar c : QStringLiteral("'\"#;\\"))
            QVERIFY2(text.contains(c), qPrintable(QStringLiteral("%1 lacks %2").arg(text.size()).arg(c)));
        QVERIFY(std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() > 127; }));
    }
}

void TestSandbox::adminCannotFlushTablesWithReadLock()
{
    auto source = m_sandbox.adminSession(ServerRole::Source);
    QVERIFY(source);
    const Status flushed = source->execute(QStringLiteral("FLUSH TABLES WITH READ LOCK"));
    QVERIFY(!flushed.ok());
    QCOMPARE(flushed.error().code, 1227);
    QCOMPARE(flushed.error().diagnosisId, QStringLiteral("missing_privilege"));
    QVERIFY(flushed.error().serverMessage.contains(QLatin1String("RELOAD")));
}

void TestSandbox::rdsShowConfigurationHasRdsColumns()
{
    auto source = m_sandbox.adminSession(ServerRole::Source);
    QVERIFY(source);
    const Result<ResultSet> config = source->query(QStringLiteral("CALL mysql.rds_show_configuration"));
    QVERIFY(config.ok());
    QCOMPARE(config->columns(),
             QStringList({QStringLiteral("name"), QStringLiteral("value"), QStringLiteral("description")}));
    bool found = false;
    for (int row = 0; row < config->rowCount(); ++row) {
        if (config->text(row, u"name") == QLatin1String("binlog retention hours")) {
            found = true;
            QVERIFY(config->value(row, u"value").isNull());
        }
    }
    QVERIFY(found);
}

void TestSandbox::rdsSetConfigurationValidates()
{
    auto source = m_sandbox.adminSession(ServerRole::Source);
    QVERIFY(source);
    QVERIFY(!source->execute(QStringLiteral("CALL mysql.rds_set_configuration('binlog retention hours', 0)"))
                 .ok());
    QVERIFY(
        !source->execute(QStringLiteral("CALL mysql.rds_set_configuration('binlog retention hours', 169)"))
             .ok());
    QVERIFY(source->execute(QStringLiteral("CALL mysql.rds_set_configuration('binlog retention hours', 24)"))
                .ok());
    const Result<ServerFacts> facts = ServerInspector(*source).inspect();
    QVERIFY(facts.ok());
    QVERIFY(facts->retention.isSet);
    QCOMPARE(facts->retention.hours, 24.0);
    QVERIFY(
        source->execute(QStringLiteral("CALL mysql.rds_set_configuration('binlog retention hours', NULL)"))
            .ok());
}

void TestSandbox::heartbeatIsWrittenAndReplicated()
{
    auto source = m_sandbox.adminSession(ServerRole::Source);
    auto staging = m_sandbox.adminSession(ServerRole::Staging);
    QVERIFY(source && staging);
    const QString sql = QStringLiteral("SELECT value FROM mysql.rds_heartbeat2 WHERE id = 1");
    const Result<ResultSet> first = source->query(sql);
    QVERIFY(first.ok());
    QCOMPARE(first->rowCount(), 1);
    const qint64 before = first->text(0, u"value").toLongLong();
    QTRY_VERIFY_WITH_TIMEOUT(source->query(sql)->text(0, u"value").toLongLong() > before, 15000);
    QTRY_VERIFY_WITH_TIMEOUT(staging->query(sql)->text(0, u"value").toLongLong() > before, 15000);
}

void TestSandbox::eventSchedulerIsOn()
{
    for (ServerRole role : {ServerRole::Source, ServerRole::Staging}) {
        auto session = m_sandbox.adminSession(role);
        QVERIFY(session);
        const Result<ResultSet> value
            = session->query(QStringLiteral("SELECT @@global.event_scheduler AS v"));
        QVERIFY(value.ok());
        QCOMPARE(value->text(0, u"v"), QStringLiteral("ON"));
    }
}

void TestSandbox::writeLoadAdvancesTheBinlog()
{
    auto source = m_sandbox.adminSession(ServerRole::Source);
    QVERIFY(source);
    const QString count = QStringLiteral("SELECT COUNT(*) AS n FROM shop.orders");
    const qint64 before = source->query(count)->text(0, u"n").toLongLong();
    QTRY_VERIFY_WITH_TIMEOUT(source->query(count)->text(0, u"n").toLongLong() > before, 15000);
}

void TestSandbox::binlogsPurgedWithRetentionNull()
{
    auto source = m_sandbox.adminSession(ServerRole::Source);
    QVERIFY(source);
    QVERIFY(
        source->execute(QStringLiteral("CALL mysql.rds_set_configuration('binlog retention hours', NULL)"))
            .ok());
    QStringList logs;
    QTRY_VERIFY_WITH_TIMEOUT((logs = binlogNames(*source)).size() >= 2, 20000);
    const QString oldest = logs.constFirst();
    // Rotation every 3 s, purge window 6 s: the oldest file goes soon.
    QTRY_VERIFY_WITH_TIMEOUT(!binlogNames(*source).contains(oldest), 40000);
    // The staging replica, connected and caught up, keeps replicating through the purges.
    auto staging = m_sandbox.adminSession(ServerRole::Staging);
    QVERIFY(staging);
    const Result<ServerFacts> facts = ServerInspector(*staging).inspect();
    QVERIFY(facts.ok() && facts->replicaStatus);
    QCOMPARE(facts->replicaStatus->lastIoErrno, 0);
    QVERIFY(facts->replicaStatus->ioThreadRunning());
}

void TestSandbox::binlogsKeptWithRetentionSet()
{
    auto source = m_sandbox.adminSession(ServerRole::Source);
    QVERIFY(source);
    QVERIFY(source->execute(QStringLiteral("CALL mysql.rds_set_configuration('binlog retention hours', 24)"))
                .ok());
    const QStringList before = binlogNames(*source);
    QVERIFY(!before.isEmpty());
    // Well past the purge window and several rotations: nothing may go.
    QTest::qWait(15000);
    const QStringList after = binlogNames(*source);
    for (const QString& name : before)
        QVERIFY2(after.contains(name), qPrintable(name));
    QVERIFY(after.size() > before.size()); // rotation went on
    QVERIFY(
        source->execute(QStringLiteral("CALL mysql.rds_set_configuration('binlog retention hours', NULL)"))
            .ok());
}

void TestSandbox::wrongPasswordIs1045()
{
    ConnectionSpec spec = m_sandbox.spec(ServerRole::Source);
    ServerSession session(spec);
    const Status opened = session.open("definitely-wrong");
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().code, 1045);
    QCOMPARE(opened.error().diagnosisId, QStringLiteral("access_denied"));
    QVERIFY(opened.error().explanation.contains(QLatin1String("refused the user name or password")));

    // The CLI reports it per server and exits CRITICAL.
    QTemporaryDir dir;
    const QString secrets = dir.filePath(QStringLiteral("wrong.cnf"));
    QVERIFY(SecretsFile::write(secrets,
                               {{QStringLiteral("source"), "wrong"},
                                {QStringLiteral("staging"), m_sandbox.password(ServerRole::Staging)},
                                {QStringLiteral("target"), m_sandbox.password(ServerRole::Target)}})
                .ok());
    const auto result = SandboxFixture::runCli({QStringLiteral("status"), QStringLiteral("--profile"),
                                                m_sandbox.profilePath(), QStringLiteral("--secrets"), secrets,
                                                QStringLiteral("--json")});
    QCOMPARE(result.exitCode, 2);
    const QJsonObject source
        = QJsonDocument::fromJson(result.out).object().value(QStringLiteral("source")).toObject();
    QCOMPARE(source.value(QStringLiteral("reachable")).toBool(), false);
    QCOMPARE(source.value(QStringLiteral("error")).toObject().value(QStringLiteral("errno")).toInt(), 1045);
    QVERIFY(!result.out.contains("wrong\""));
}

void TestSandbox::closedPortIs2003()
{
    // A port nobody listens on: bind one, then close it.
    ConnectionSpec spec = m_sandbox.spec(ServerRole::Source);
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    QCOMPARE(::bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof(addr)), 0);
    socklen_t len = sizeof(addr);
    ::getsockname(fd, reinterpret_cast<sockaddr*>(&addr), &len);
    ::close(fd);
    spec.port = ntohs(addr.sin_port);
    spec.connectTimeoutSeconds = 3;

    ServerSession session(spec);
    QElapsedTimer timer;
    timer.start();
    const Status opened = session.open(m_sandbox.password(ServerRole::Source));
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().code, 2003);
    QCOMPARE(opened.error().diagnosisId, QStringLiteral("unreachable"));
    // Bounded by the connect timeout, never a hang.
    QVERIFY(timer.elapsed() < (spec.connectTimeoutSeconds + 2) * 1000);
}

void TestSandbox::statusReportsUnreachableSource()
{
    // A copy of the profile whose source points at a closed port.
    QTemporaryDir dir;
    Profile profile = m_sandbox.profile();
    profile.source.port = 1; // privileged and closed on loopback
    const QString path = dir.filePath(QStringLiteral("profile.ini"));
    QVERIFY(ProfileFile::save(profile, path).ok());
    const auto result = SandboxFixture::runCli({QStringLiteral("status"), QStringLiteral("--profile"), path,
                                                QStringLiteral("--secrets"), m_sandbox.secretsPath(),
                                                QStringLiteral("--json")});
    QCOMPARE(result.exitCode, 2);
    const QJsonObject source
        = QJsonDocument::fromJson(result.out).object().value(QStringLiteral("source")).toObject();
    QCOMPARE(source.value(QStringLiteral("reachable")).toBool(), false);
    QCOMPARE(source.value(QStringLiteral("error")).toObject().value(QStringLiteral("errno")).toInt(), 2003);
    QVERIFY(source.value(QStringLiteral("binlog_file")).isNull());
}

void TestSandbox::stoppedStagingMakesStatusCritical()
{
    auto staging = m_sandbox.adminSession(ServerRole::Staging);
    QVERIFY(staging);
    const Result<ResultSet> stopped = staging->query(QStringLiteral("CALL mysql.rds_stop_replication"));
    QVERIFY2(stopped.ok(), stopped.ok() ? "" : qPrintable(stopped.error().toText()));
    QVERIFY(stopped->hasColumn(u"Message"));

    int exitCode = -1;
    QJsonObject json = statusJson(m_sandbox, &exitCode);
    QCOMPARE(exitCode, 2);
    QJsonObject s = json.value(QStringLiteral("staging")).toObject();
    QCOMPARE(s.value(QStringLiteral("health")).toString(), QStringLiteral("stopped"));
    QCOMPARE(s.value(QStringLiteral("io_running")).toBool(), false);
    QCOMPARE(s.value(QStringLiteral("sql_running")).toBool(), false);
    QVERIFY(s.value(QStringLiteral("seconds_behind")).isNull());
    QCOMPARE(json.value(QStringLiteral("overall")).toObject().value(QStringLiteral("status")).toString(),
             QStringLiteral("CRITICAL"));

    QVERIFY(staging->query(QStringLiteral("CALL mysql.rds_start_replication")).ok());
    QTRY_VERIFY_WITH_TIMEOUT((json = statusJson(m_sandbox, &exitCode), exitCode == 0), 20000);
    s = json.value(QStringLiteral("staging")).toObject();
    QCOMPARE(s.value(QStringLiteral("io_running")).toBool(), true);
}

void TestSandbox::releaseBuildsDumpNoCore()
{
#ifndef NDEBUG
    QSKIP("Core dumps are disabled in release builds only.");
#else
    // A CLI that holds passwords in memory: its core file size limit is 0.
    QProcess cli;
    cli.start(QStringLiteral(RW_CLI_PATH),
              {QStringLiteral("status"), QStringLiteral("--profile"), m_sandbox.profilePath(),
               QStringLiteral("--secrets"), m_sandbox.secretsPath(), QStringLiteral("--watch"),
               QStringLiteral("5")});
    QVERIFY(cli.waitForStarted());
    QTest::qWait(500);
    QFile limits(QStringLiteral("/proc/%1/limits").arg(cli.processId()));
    const bool readable = limits.open(QIODevice::ReadOnly);
    const QByteArray text = readable ? limits.readAll() : QByteArray();
    cli.kill();
    cli.waitForFinished();
    QVERIFY(readable);
    const QRegularExpression core(QStringLiteral("Max core file size\\s+(\\S+)\\s+(\\S+)"));
    const QRegularExpressionMatch match = core.match(QString::fromUtf8(text));
    QVERIFY2(match.hasMatch(), text.constData());
    QCOMPARE(match.captured(1), QStringLiteral("0"));
    QCOMPARE(match.captured(2), QStringLiteral("0"));
#endif
}

QTEST_GUILESS_MAIN(TestSandbox)
#include "tst_sandbox.moc"
