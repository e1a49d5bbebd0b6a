#include "ScriptedServer.h"

#include "RecordedResultSet.h"

namespace {

ResultSet rows(const QStringList& columns, const QList<QStringList>& values)
{
    QList<ResultSet::Row> list;
    for (const QStringList& value : values) {
        ResultSet::Row row;
        for (const QString& v : value)
            row << QVariant(v);
        list << row;
    }
    return ResultSet(columns, list);
}

// The recorded result with one column's value replaced.
ResultSet with(const ResultSet& result, const QStringList& columns, const QString& value)
{
    QList<ResultSet::Row> list = result.rows();
    for (ResultSet::Row& row : list) {
        for (const QString& column : columns) {
            const int index = result.columnIndex(column);
            if (index >= 0)
                row[index] = value;
        }
    }
    return ResultSet(result.columns(), list);
}

} // namespace

std::shared_ptr<ScriptedSession> ScriptedServer::build() const
{
    ConnectionSpec spec;
    spec.role = role;
    spec.host = QStringLiteral("%1.example.internal").arg(ServerRoles::key(role));
    spec.port = 3306;
    spec.user = QStringLiteral("admin");
    auto session = std::make_shared<ScriptedSession>(spec);
    const RecordedResultSet version = RecordedResultSet::load(recorded + QStringLiteral("__version.json"));
    session->answer(QStringLiteral("^SELECT VERSION\\(\\)"), version.result);
    session->answer(QStringLiteral("^SHOW GLOBAL VARIABLES WHERE Variable_name IN \\('server_id'"),
                    rows({QStringLiteral("Variable_name"), QStringLiteral("Value")},
                         {{QStringLiteral("server_id"), QString::number(serverId)},
                          {QStringLiteral("log_bin"), logBin ? QStringLiteral("ON") : QStringLiteral("OFF")},
                          {QStringLiteral("binlog_format"), binlogFormat},
                          {QStringLiteral("read_only"),
                           role == ServerRole::Staging ? QStringLiteral("ON") : QStringLiteral("OFF")},
                          {QStringLiteral("max_allowed_packet"), QString::number(maxAllowedPacket)},
                          {QStringLiteral("gtid_mode"), gtidMode},
                          {QStringLiteral("gtid_executed"), gtidExecuted},
                          {QStringLiteral("gtid_strict_mode"),
                           gtidStrictMode ? QStringLiteral("ON") : QStringLiteral("OFF")},
                          {QStringLiteral("gtid_binlog_pos"), gtidBinlogPos},
                          {QStringLiteral("aurora_version"), auroraVersion}}));
    if (rds)
        session->answer(
            QStringLiteral("^CALL mysql.rds_show_configuration"),
            rows({QStringLiteral("name"), QStringLiteral("value"), QStringLiteral("description")},
                 {{QStringLiteral("binlog retention hours"),
                   retentionSet ? QString::number(retentionHours) : QString(), QStringLiteral("...")}}));
    else
        session->fail(QStringLiteral("^CALL mysql.rds_"), 1305,
                      QStringLiteral("PROCEDURE mysql.rds_show_configuration does not exist"));
    session->answer(
        QStringLiteral("^SHOW GLOBAL VARIABLES WHERE Variable_name IN \\('binlog_expire_logs_seconds'"),
        rows({QStringLiteral("Variable_name"), QStringLiteral("Value")},
             {{QStringLiteral("binlog_expire_logs_seconds"), QStringLiteral("2592000")}}));
    const RecordedResultSet source
        = RecordedResultSet::load(recorded + QStringLiteral("__source_status.json"));
    session->answer(QStringLiteral("^SHOW (MASTER|BINARY LOG|BINLOG) STATUS"),
                    logBin ? source.result : ResultSet(source.result.columns(), {}));
    const RecordedResultSet replicaStatus
        = RecordedResultSet::load(recorded + QStringLiteral("__replica_status.json"));
    ResultSet status = replica ? replicaStatus.result : ResultSet(replicaStatus.result.columns(), {});
    if (!replicaSqlRunning)
        status = with(status, {QStringLiteral("Slave_SQL_Running"), QStringLiteral("Replica_SQL_Running")},
                      QStringLiteral("No"));
    if (!usingGtid.isEmpty())
        status = with(status, {QStringLiteral("Using_Gtid"), QStringLiteral("Auto_Position")}, usingGtid);
    session->answer(QStringLiteral("^SHOW (SLAVE|REPLICA) STATUS"), status);
    QList<QStringList> schemaRows;
    for (const QString& schema : schemas)
        schemaRows << QStringList{schema};
    session->answer(QStringLiteral("information_schema.SCHEMATA WHERE SCHEMA_NAME NOT IN"),
                    rows({QStringLiteral("s")}, schemaRows));
    // The copy's objects (none), sizes, and which of the copied schemas already exist.
    session->answer(QStringLiteral("FROM information_schema.ROUTINES WHERE ROUTINE_SCHEMA IN"),
                    rows({QStringLiteral("kind"), QStringLiteral("s"), QStringLiteral("n"),
                          QStringLiteral("d"), QStringLiteral("security"), QStringLiteral("updatable")},
                         {}));
    session->answer(QStringLiteral("SUM\\(DATA_LENGTH\\), 0\\) AS bytes"),
                    rows({QStringLiteral("s"), QStringLiteral("bytes"), QStringLiteral("tables_")},
                         {{schemas.value(0), QStringLiteral("1048576"), QStringLiteral("3")}}));
    session->answer(QStringLiteral("SUM\\(DATA_LENGTH \\+ INDEX_LENGTH\\)"),
                    rows({QStringLiteral("b")}, {{QStringLiteral("1048576")}}));
    session->answer(QStringLiteral("information_schema.SCHEMATA WHERE SCHEMA_NAME IN"),
                    rows({QStringLiteral("s")}, schemaRows));
    session->answer(
        QStringLiteral("TABLE_NAME LIKE 'rds"),
        rows({QStringLiteral("t")},
             rds ? QList<QStringList>{{QStringLiteral("rds_heartbeat2")}} : QList<QStringList>{}));
    QList<QStringList> eventRows;
    for (const QString& event : enabledEvents)
        eventRows << QStringList{event.section(u'.', 0, 0), event.section(u'.', 1), QString(), event};
    session->answer(QStringLiteral("information_schema.EVENTS WHERE STATUS = 'ENABLED'"),
                    rows({QStringLiteral("s"), QStringLiteral("n"), QStringLiteral("d"), QStringLiteral("e")},
                         eventRows));
    session->answer(
        QStringLiteral("^SELECT COUNT\\(\\*\\) AS n FROM mysql.user"),
        rows({QStringLiteral("n")}, {{replicationAccount ? QStringLiteral("1") : QStringLiteral("0")}}));
    session->answer(
        QStringLiteral("^SELECT plugin FROM mysql.user"),
        rows({QStringLiteral("plugin")},
             replicationAccount ? QList<QStringList>{{replicationPlugin}} : QList<QStringList>{}));
    session->answer(QStringLiteral("@@GLOBAL.default_authentication_plugin"),
                    rows({QStringLiteral("plugin")}, {{defaultAuthentication}}));
    session->answer(QStringLiteral("@@GLOBAL.authentication_policy"),
                    rows({QStringLiteral("plugin")}, {{authenticationPolicy}}));
    QList<QStringList> grantRows;
    for (const QString& grant : replicationGrants)
        grantRows << QStringList{grant};
    session->answer(QStringLiteral("^SHOW GRANTS FOR"), rows({QStringLiteral("Grants")}, grantRows));
    session->answer(QStringLiteral("@@GLOBAL.time_zone"), rows({QStringLiteral("z")}, {{timeZone}}));
    session->answer(QStringLiteral("mysql.time_zone_name"),
                    rows({QStringLiteral("n")}, {{QString::number(timeZoneNames)}}));
    return session;
}
