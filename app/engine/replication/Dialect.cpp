#include "Dialect.h"

#include "db/SqlText.h"

namespace {

struct FieldNames
{
    Dialect::ReplicaField field;
    const char* slaveMasterName;
    const char* replicaSourceName;
};

// Old ("Slave"/"Master") and new ("Replica"/"Source") column names, MySQL 8.0.22 renames.
constexpr FieldNames kReplicaColumns[] = {
    {Dialect::ReplicaField::IoState, "Slave_IO_State", "Replica_IO_State"},
    {Dialect::ReplicaField::SourceHost, "Master_Host", "Source_Host"},
    {Dialect::ReplicaField::SourcePort, "Master_Port", "Source_Port"},
    {Dialect::ReplicaField::SourceUser, "Master_User", "Source_User"},
    {Dialect::ReplicaField::ReadSourceLogFile, "Master_Log_File", "Source_Log_File"},
    {Dialect::ReplicaField::ReadSourceLogPos, "Read_Master_Log_Pos", "Read_Source_Log_Pos"},
    {Dialect::ReplicaField::RelayLogFile, "Relay_Log_File", "Relay_Log_File"},
    {Dialect::ReplicaField::RelayLogPos, "Relay_Log_Pos", "Relay_Log_Pos"},
    {Dialect::ReplicaField::ExecSourceLogFile, "Relay_Master_Log_File", "Relay_Source_Log_File"},
    {Dialect::ReplicaField::ExecSourceLogPos, "Exec_Master_Log_Pos", "Exec_Source_Log_Pos"},
    {Dialect::ReplicaField::RelayLogSpace, "Relay_Log_Space", "Relay_Log_Space"},
    {Dialect::ReplicaField::IoRunning, "Slave_IO_Running", "Replica_IO_Running"},
    {Dialect::ReplicaField::SqlRunning, "Slave_SQL_Running", "Replica_SQL_Running"},
    {Dialect::ReplicaField::SecondsBehind, "Seconds_Behind_Master", "Seconds_Behind_Source"},
    {Dialect::ReplicaField::LastIoErrno, "Last_IO_Errno", "Last_IO_Errno"},
    {Dialect::ReplicaField::LastIoError, "Last_IO_Error", "Last_IO_Error"},
    {Dialect::ReplicaField::LastSqlErrno, "Last_SQL_Errno", "Last_SQL_Errno"},
    {Dialect::ReplicaField::LastSqlError, "Last_SQL_Error", "Last_SQL_Error"},
    {Dialect::ReplicaField::SourceServerId, "Master_Server_Id", "Source_Server_Id"},
    {Dialect::ReplicaField::SourceUuid, "Master_UUID", "Source_UUID"},
    {Dialect::ReplicaField::SqlDelay, "SQL_Delay", "SQL_Delay"},
    {Dialect::ReplicaField::SqlRunningState, "Slave_SQL_Running_State", "Replica_SQL_Running_State"},
    {Dialect::ReplicaField::UsingGtid, "Using_Gtid", "Auto_Position"},
    {Dialect::ReplicaField::GtidIoPos, "Gtid_IO_Pos", "Gtid_IO_Pos"},
    {Dialect::ReplicaField::RetrievedGtidSet, "Retrieved_Gtid_Set", "Retrieved_Gtid_Set"},
    {Dialect::ReplicaField::ExecutedGtidSet, "Executed_Gtid_Set", "Executed_Gtid_Set"},
    {Dialect::ReplicaField::ReplicateWildIgnoreTable, "Replicate_Wild_Ignore_Table",
     "Replicate_Wild_Ignore_Table"},
    {Dialect::ReplicaField::ReplicateWildDoTable, "Replicate_Wild_Do_Table", "Replicate_Wild_Do_Table"},
    {Dialect::ReplicaField::ReplicateDoDb, "Replicate_Do_DB", "Replicate_Do_DB"},
};

} // namespace

Dialect::Dialect(ServerVersion version)
    : m_version(std::move(version))
{
}

bool Dialect::usesReplicaSourceTerms() const
{
    return m_version.isMySql() && m_version.atLeast(8, 0, 22);
}

QString Dialect::sourceStatusStatement() const
{
    if (m_version.isMySql() && m_version.atLeast(8, 2))
        return QStringLiteral("SHOW BINARY LOG STATUS");
    return QStringLiteral("SHOW MASTER STATUS");
}

QString Dialect::binaryLogsStatement() const
{
    return QStringLiteral("SHOW BINARY LOGS");
}

QString Dialect::binlogEventsStatement(const QString& file, quint64 from, int limit) const
{
    return QStringLiteral("SHOW BINLOG EVENTS IN %1 FROM %2 LIMIT %3")
        .arg(SqlText::literal(file))
        .arg(from)
        .arg(limit);
}

QString Dialect::replicaStatusStatement() const
{
    return usesReplicaSourceTerms() ? QStringLiteral("SHOW REPLICA STATUS")
                                    : QStringLiteral("SHOW SLAVE STATUS");
}

QString Dialect::startReplicaStatement() const
{
    return usesReplicaSourceTerms() ? QStringLiteral("START REPLICA") : QStringLiteral("START SLAVE");
}

QString Dialect::stopReplicaStatement() const
{
    return usesReplicaSourceTerms() ? QStringLiteral("STOP REPLICA") : QStringLiteral("STOP SLAVE");
}

QString Dialect::startReplicaStatement(Hosting hosting) const
{
    return hosting == Hosting::Rds ? QStringLiteral("CALL mysql.rds_start_replication()")
                                   : startReplicaStatement();
}

QString Dialect::stopReplicaStatement(Hosting hosting) const
{
    return hosting == Hosting::Rds ? QStringLiteral("CALL mysql.rds_stop_replication()")
                                   : stopReplicaStatement();
}

QString Dialect::rdsConfigurationStatement()
{
    return QStringLiteral("CALL mysql.rds_show_configuration()");
}

QString Dialect::rdsSetBinlogRetentionStatement(int hours)
{
    return QStringLiteral("CALL mysql.rds_set_configuration('binlog retention hours', %1)").arg(hours);
}

QString Dialect::rdsReplicaStatusStatement()
{
    return QStringLiteral("CALL mysql.rds_replica_status()");
}

QString Dialect::stopReplicaSqlThreadStatement() const
{
    return stopReplicaStatement() + QStringLiteral(" SQL_THREAD");
}

QString Dialect::startReplicaSqlThreadStatement() const
{
    return startReplicaStatement() + QStringLiteral(" SQL_THREAD");
}

QString Dialect::resetReplicaAllStatement() const
{
    return usesReplicaSourceTerms() ? QStringLiteral("RESET REPLICA ALL") : QStringLiteral("RESET SLAVE ALL");
}

QString Dialect::changeSourceStatement(const ChangeSourceOptions& o) const
{
    const bool sourceWords = m_version.isMySql() && m_version.atLeast(8, 0, 23);
    const QString prefix = sourceWords ? QStringLiteral("SOURCE_") : QStringLiteral("MASTER_");
    QStringList parts;
    const auto add = [&](const QString& name, const QString& value) {
        parts.append(prefix + name + QStringLiteral("=") + value);
    };
    add(QStringLiteral("HOST"), SqlText::literal(o.host));
    add(QStringLiteral("PORT"), QString::number(o.port));
    add(QStringLiteral("USER"), SqlText::literal(o.user));
    add(QStringLiteral("PASSWORD"), SqlText::literal(o.password));
    if (!o.gtidAutoPosition) {
        add(QStringLiteral("LOG_FILE"), SqlText::literal(o.logFile));
        add(QStringLiteral("LOG_POS"),
            o.positionKnown ? QString::number(o.logPosition) : QStringLiteral("<position>"));
    }
    if (o.connectRetrySeconds > 0)
        add(QStringLiteral("CONNECT_RETRY"), QString::number(o.connectRetrySeconds));
    if (o.heartbeatPeriodSeconds > 0)
        add(QStringLiteral("HEARTBEAT_PERIOD"), QString::number(o.heartbeatPeriodSeconds));
    if (o.ssl) {
        add(QStringLiteral("SSL"), QStringLiteral("1"));
        if (!o.sslCa.isEmpty())
            add(QStringLiteral("SSL_CA"), SqlText::literal(o.sslCa));
        if (!o.sslCert.isEmpty())
            add(QStringLiteral("SSL_CERT"), SqlText::literal(o.sslCert));
        if (!o.sslKey.isEmpty())
            add(QStringLiteral("SSL_KEY"), SqlText::literal(o.sslKey));
        add(QStringLiteral("SSL_VERIFY_SERVER_CERT"),
            o.sslVerifyServerCert ? QStringLiteral("1") : QStringLiteral("0"));
    }
    if (m_version.isMySql()) {
        if (o.getPublicKey && m_version.atLeast(8, 0))
            parts.append(sourceWords ? QStringLiteral("GET_SOURCE_PUBLIC_KEY=1")
                                     : QStringLiteral("GET_MASTER_PUBLIC_KEY=1"));
        // File/position replication even when the replica has GTIDs on.
        if (m_version.atLeast(5, 6))
            add(QStringLiteral("AUTO_POSITION"),
                o.gtidAutoPosition ? QStringLiteral("1") : QStringLiteral("0"));
    } else {
        // MariaDB may otherwise choose GTID positioning by itself.
        parts.append(o.gtidAutoPosition ? QStringLiteral("MASTER_USE_GTID=slave_pos")
                                        : QStringLiteral("MASTER_USE_GTID=no"));
    }
    const QString verb
        = sourceWords ? QStringLiteral("CHANGE REPLICATION SOURCE TO ") : QStringLiteral("CHANGE MASTER TO ");
    return verb + parts.join(QStringLiteral(", "));
}

namespace {

bool expiresInSeconds(const ServerVersion& version)
{
    return version.isMySql() ? version.atLeast(8, 0) : version.atLeast(10, 6);
}

} // namespace

QString Dialect::binlogExpiryStatement(int hours) const
{
    const QString verb
        = binlogExpiryPersists() ? QStringLiteral("SET PERSIST ") : QStringLiteral("SET GLOBAL ");
    if (expiresInSeconds(m_version))
        return verb + QStringLiteral("binlog_expire_logs_seconds = %1").arg(qint64(hours) * 3600);
    return verb + QStringLiteral("expire_logs_days = %1").arg((hours + 23) / 24);
}

bool Dialect::binlogExpiryPersists() const
{
    return m_version.isMySql() && m_version.atLeast(8, 0);
}

QString Dialect::binlogExpiryConfigLine(int hours) const
{
    if (expiresInSeconds(m_version))
        return QStringLiteral("binlog_expire_logs_seconds = %1").arg(qint64(hours) * 3600);
    return QStringLiteral("expire_logs_days = %1").arg((hours + 23) / 24);
}

QString Dialect::gtidAtPositionStatement(const QString& file, quint64 position) const
{
    if (m_version.isMySql())
        return {};
    return QStringLiteral("SELECT BINLOG_GTID_POS(%1, %2) AS gtid").arg(SqlText::literal(file)).arg(position);
}

QString Dialect::setGtidStartStatement(const QString& gtidSet) const
{
    return m_version.isMariaDb() ? QStringLiteral("SET GLOBAL gtid_slave_pos = ") + SqlText::literal(gtidSet)
                                 : QStringLiteral("SET GLOBAL gtid_purged = ") + SqlText::literal(gtidSet);
}

QString Dialect::resetBinaryLogsStatement() const
{
    return m_version.isMySql() && m_version.atLeast(8, 4) ? QStringLiteral("RESET BINARY LOGS AND GTIDS")
                                                          : QStringLiteral("RESET MASTER");
}

QString Dialect::gtidPositionsStatement() const
{
    return m_version.isMariaDb()
        ? QStringLiteral("SELECT @@GLOBAL.gtid_binlog_pos AS `binlog`, @@GLOBAL.gtid_slave_pos AS applied")
        : QStringLiteral("SELECT @@GLOBAL.gtid_executed AS `binlog`, @@GLOBAL.gtid_executed AS applied");
}

namespace {

QString filterStatement(const ServerVersion& version, const char* variable, const char* mysqlFilter,
                        const QStringList& patterns)
{
    if (version.isMariaDb())
        return QStringLiteral("SET GLOBAL %1 = ").arg(QLatin1String(variable))
            + SqlText::literal(patterns.join(QLatin1Char(',')));
    QStringList quoted;
    for (const QString& pattern : patterns)
        quoted.append(SqlText::literal(pattern));
    return QStringLiteral("CHANGE REPLICATION FILTER %1 = (").arg(QLatin1String(mysqlFilter))
        + quoted.join(QStringLiteral(", ")) + QLatin1Char(')');
}

} // namespace

QString Dialect::ignoreTablesFilterStatement(const QStringList& wildPatterns) const
{
    return filterStatement(m_version, "replicate_wild_ignore_table", "REPLICATE_WILD_IGNORE_TABLE",
                           wildPatterns);
}

QString Dialect::doTablesFilterStatement(const QStringList& wildPatterns) const
{
    return filterStatement(m_version, "replicate_wild_do_table", "REPLICATE_WILD_DO_TABLE", wildPatterns);
}

QStringList Dialect::filterConfigLines(const QStringList& ignorePatterns, const QStringList& doPatterns) const
{
    // Both flavours read the options' underscore spelling in [mysqld], one line per pattern.
    QStringList lines{QStringLiteral("[mysqld]")};
    for (const QString& pattern : ignorePatterns)
        lines << QStringLiteral("replicate_wild_ignore_table = ") + pattern;
    for (const QString& pattern : doPatterns)
        lines << QStringLiteral("replicate_wild_do_table = ") + pattern;
    return lines;
}

QString Dialect::filterOriginStatement() const
{
    if (m_version.isMariaDb())
        return QStringLiteral(
            "SELECT VARIABLE_NAME AS name, GLOBAL_VALUE_ORIGIN AS origin, GLOBAL_VALUE AS value "
            "FROM information_schema.SYSTEM_VARIABLES WHERE VARIABLE_NAME IN "
            "('REPLICATE_WILD_IGNORE_TABLE', 'REPLICATE_WILD_DO_TABLE')");
    if (m_version.atLeast(8, 0, 11))
        return QStringLiteral("SELECT FILTER_NAME AS name, CONFIGURED_BY AS origin, FILTER_RULE AS value "
                              "FROM performance_schema.replication_applier_global_filters");
    return {};
}

std::optional<bool> Dialect::parseFiltersPersistent(const ResultSet& result) const
{
    bool any = false;
    for (int row = 0; row < result.rowCount(); ++row) {
        if (result.text(row, u"value").isEmpty())
            continue; // an empty filter list loses nothing in a restart
        any = true;
        const QString origin = result.text(row, u"origin");
        // MariaDB: SQL (SET GLOBAL) vs CONFIG/COMMAND-LINE; MySQL: CHANGE_REPLICATION_FILTER vs
        // STARTUP_OPTIONS.
        if (origin.compare(QLatin1String("SQL"), Qt::CaseInsensitive) == 0
            || origin.startsWith(QLatin1String("CHANGE_REPLICATION_FILTER"), Qt::CaseInsensitive))
            return false;
    }
    if (!any)
        return std::nullopt;
    return true;
}

QString Dialect::replicaHostsStatement() const
{
    return usesReplicaSourceTerms() ? QStringLiteral("SHOW REPLICAS") : QStringLiteral("SHOW SLAVE HOSTS");
}

QList<quint64> Dialect::parseReplicaHostIds(const ResultSet& result) const
{
    QList<quint64> ids;
    for (int row = 0; row < result.rowCount(); ++row)
        ids << result.text(row, u"Server_id")
                   .toULongLong(); // MySQL 8.0.22+: Server_Id (same, case-insensitive)
    return ids;
}

QString Dialect::defaultAuthPluginStatement() const
{
    if (!m_version.isMySql() || !m_version.atLeast(8, 0))
        return {};
    return m_version.atLeast(8, 4)
        ? QStringLiteral("SELECT @@GLOBAL.authentication_policy AS plugin")
        : QStringLiteral("SELECT @@GLOBAL.default_authentication_plugin AS plugin");
}

QString Dialect::defaultAuthPlugin(const ResultSet& result) const
{
    const QString nativePassword = QStringLiteral("mysql_native_password");
    if (defaultAuthPluginStatement().isEmpty())
        return nativePassword;
    const QString value = result.isEmpty() ? QString() : result.text(0, u"plugin").trimmed();
    if (!m_version.atLeast(8, 4))
        return value.isEmpty() ? QStringLiteral("caching_sha2_password") : value;
    const QString first = value.section(QLatin1Char(','), 0, 0).trimmed();
    return first.isEmpty() || first == QLatin1String("*") ? QStringLiteral("caching_sha2_password") : first;
}

QString Dialect::eventDisabledOnReplicaClause() const
{
    return usesReplicaSourceTerms() ? QStringLiteral("DISABLE ON REPLICA")
                                    : QStringLiteral("DISABLE ON SLAVE");
}

QString Dialect::createLockedAccountStatement(const QString& account) const
{
    if (m_version.isMariaDb())
        return QStringLiteral(
                   "CREATE USER IF NOT EXISTS %1 IDENTIFIED VIA mysql_native_password USING 'invalid' "
                   "ACCOUNT LOCK")
            .arg(account);
    if (m_version.atLeast(8, 0))
        return QStringLiteral(
                   "CREATE USER IF NOT EXISTS %1 IDENTIFIED WITH caching_sha2_password AS "
                   "'$A$005$THISISACOMBINATIONOFINVALIDSALTANDPASSWORDTHATMUSTNEVERBRBEUSED' ACCOUNT LOCK")
            .arg(account);
    return QStringLiteral("CREATE USER IF NOT EXISTS %1 IDENTIFIED WITH mysql_native_password AS "
                          "'*THISISNOTAVALIDPASSWORDTHATCANBEUSEDHERE' ACCOUNT LOCK")
        .arg(account);
}

QStringList Dialect::columnNames(ReplicaField field) const
{
    for (const FieldNames& names : kReplicaColumns) {
        if (names.field != field)
            continue;
        const QString oldName = QString::fromLatin1(names.slaveMasterName);
        const QString newName = QString::fromLatin1(names.replicaSourceName);
        if (oldName == newName)
            return {oldName};
        return usesReplicaSourceTerms() ? QStringList{newName, oldName} : QStringList{oldName, newName};
    }
    return {};
}

std::optional<ReplicaStatus> Dialect::parseReplicaStatus(const ResultSet& result) const
{
    if (result.isEmpty())
        return std::nullopt;

    const auto value = [&](ReplicaField field) -> QVariant {
        for (const QString& name : columnNames(field)) {
            if (result.hasColumn(name))
                return result.value(0, name);
        }
        return {};
    };
    const auto text = [&](ReplicaField field) {
        return value(field).toString();
    };
    const auto number = [&](ReplicaField field) {
        return value(field).toString().toULongLong();
    };

    ReplicaStatus s;
    s.ioState = text(ReplicaField::IoState);
    s.sourceHost = text(ReplicaField::SourceHost);
    s.sourcePort = int(number(ReplicaField::SourcePort));
    s.sourceUser = text(ReplicaField::SourceUser);
    s.readSourceLogFile = text(ReplicaField::ReadSourceLogFile);
    s.readSourceLogPos = number(ReplicaField::ReadSourceLogPos);
    s.execSourceLogFile = text(ReplicaField::ExecSourceLogFile);
    s.execSourceLogPos = number(ReplicaField::ExecSourceLogPos);
    s.relayLogFile = text(ReplicaField::RelayLogFile);
    s.relayLogPos = number(ReplicaField::RelayLogPos);
    s.relayLogSpace = number(ReplicaField::RelayLogSpace);
    s.ioRunning = text(ReplicaField::IoRunning);
    s.sqlRunning = text(ReplicaField::SqlRunning);
    const QVariant behind = value(ReplicaField::SecondsBehind);
    if (!behind.isNull() && !behind.toString().isEmpty())
        s.secondsBehindSource = behind.toString().toLongLong();
    s.lastIoErrno = value(ReplicaField::LastIoErrno).toString().toInt();
    s.lastIoError = text(ReplicaField::LastIoError);
    s.lastSqlErrno = value(ReplicaField::LastSqlErrno).toString().toInt();
    s.lastSqlError = text(ReplicaField::LastSqlError);
    s.sourceServerId = number(ReplicaField::SourceServerId);
    s.sourceUuid = text(ReplicaField::SourceUuid);
    s.sqlDelay = qint64(number(ReplicaField::SqlDelay));
    s.sqlRunningState = text(ReplicaField::SqlRunningState);
    s.usingGtid = text(ReplicaField::UsingGtid);
    s.gtidIoPos = text(ReplicaField::GtidIoPos);
    s.retrievedGtidSet = text(ReplicaField::RetrievedGtidSet).simplified().remove(QLatin1Char(' '));
    s.executedGtidSet = text(ReplicaField::ExecutedGtidSet).simplified().remove(QLatin1Char(' '));
    s.replicateWildIgnoreTable = text(ReplicaField::ReplicateWildIgnoreTable);
    s.replicateWildDoTable = text(ReplicaField::ReplicateWildDoTable);
    s.replicateDoDb = text(ReplicaField::ReplicateDoDb);
    const QStringList& columns = result.columns();
    for (int i = 0; i < columns.size(); ++i) {
        const QVariant v = result.rows().constFirst().value(i);
        s.raw.append({columns.at(i), v.isNull() ? QStringLiteral("NULL") : v.toString()});
    }
    return s;
}

std::optional<SourceStatus> Dialect::parseSourceStatus(const ResultSet& result) const
{
    if (result.isEmpty())
        return std::nullopt;
    SourceStatus s;
    s.binlogFile = result.text(0, u"File");
    s.binlogPosition = result.text(0, u"Position").toULongLong();
    s.binlogDoDb = result.text(0, u"Binlog_Do_DB");
    s.binlogIgnoreDb = result.text(0, u"Binlog_Ignore_DB");
    s.executedGtidSet = result.text(0, u"Executed_Gtid_Set").simplified().remove(QLatin1Char(' '));
    return s;
}
