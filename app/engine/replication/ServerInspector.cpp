#include "ServerInspector.h"

#include "db/SqlSession.h"

#include <QHash>

namespace {

constexpr int kProcedureDoesNotExist = 1305;
constexpr int kSpecificAccessDenied = 1227;

bool isOn(const QString& value)
{
    return value.compare(QLatin1String("ON"), Qt::CaseInsensitive) == 0 || value == QLatin1String("1");
}

} // namespace

ServerInspector::ServerInspector(SqlSession& session)
    : m_session(session)
{
}

Result<ServerVersion> ServerInspector::readVersion()
{
    Result<ResultSet> rs = m_session.query(
        QStringLiteral("SELECT VERSION() AS version, @@version_comment AS version_comment"));
    if (!rs)
        return rs.error();
    return ServerVersion::parse(rs->text(0, u"version"), rs->text(0, u"version_comment"));
}

Result<BinlogRetention> ServerInspector::readRetention(const ServerVersion& version, bool* isRds)
{
    *isRds = false;
    BinlogRetention retention;
    Result<ResultSet> config = m_session.query(Dialect::rdsConfigurationStatement());
    if (config) {
        *isRds = true;
        for (int row = 0; row < config->rowCount(); ++row) {
            if (config->text(row, u"name")
                    .compare(QLatin1String("binlog retention hours"), Qt::CaseInsensitive)
                != 0)
                continue;
            const QVariant value = config->value(row, u"value");
            retention.origin = BinlogRetention::Origin::RdsConfiguration;
            retention.isSet = !value.isNull() && !value.toString().isEmpty()
                && value.toString().compare(QLatin1String("NULL"), Qt::CaseInsensitive) != 0;
            retention.hours = retention.isSet ? value.toString().toDouble() : 0;
        }
        return retention;
    }
    if (config.error().code != kProcedureDoesNotExist) {
        // The procedure exists but this account may not run it: RDS, retention unknown.
        if (config.error().diagnosisId == QLatin1String("missing_privilege")) {
            *isRds = true;
            return retention;
        }
        return config.error();
    }

    Result<ResultSet> vars
        = m_session.query(QStringLiteral("SHOW GLOBAL VARIABLES WHERE Variable_name IN "
                                         "('binlog_expire_logs_seconds', 'expire_logs_days')"));
    if (!vars)
        return vars.error();
    QHash<QString, QString> values;
    for (int row = 0; row < vars->rowCount(); ++row)
        values.insert(vars->text(row, u"Variable_name").toLower(), vars->text(row, u"Value"));
    retention.origin = BinlogRetention::Origin::ServerVariable;
    const double seconds = values.value(QStringLiteral("binlog_expire_logs_seconds")).toDouble();
    const double days = values.value(QStringLiteral("expire_logs_days")).toDouble();
    // MySQL 8 sets both when only one is configured; the seconds variable wins.
    if (seconds > 0 && (version.isMySql() || version.atLeast(10, 6)))
        retention.hours = seconds / 3600.0;
    else if (days > 0)
        retention.hours = days * 24.0;
    retention.isSet = retention.hours > 0;
    return retention;
}

Result<std::optional<ReplicaStatus>> ServerInspector::readReplicaStatus(const Dialect& dialect, bool isRds,
                                                                        bool* viaRdsProcedure)
{
    *viaRdsProcedure = false;
    Result<ResultSet> rs = m_session.query(dialect.replicaStatusStatement());
    if (!rs && isRds && rs.error().code == kSpecificAccessDenied) {
        // RDS MariaDB 10.5+: the master user may not run SHOW REPLICA STATUS, only this procedure.
        *viaRdsProcedure = true;
        rs = m_session.query(Dialect::rdsReplicaStatusStatement());
    }
    if (!rs)
        return rs.error();
    return dialect.parseReplicaStatus(rs.value());
}

Result<ServerFacts> ServerInspector::inspect()
{
    ServerFacts facts;
    Result<ServerVersion> version = readVersion();
    if (!version)
        return version.error();
    facts.version = version.value();
    const Dialect dialect(facts.version);

    Result<ResultSet> vars = m_session.query(QStringLiteral(
        "SHOW GLOBAL VARIABLES WHERE Variable_name IN ('server_id', 'server_uuid', 'log_bin', "
        "'binlog_format', 'gtid_mode', 'gtid_strict_mode', 'read_only', "
        "'max_allowed_packet', 'gtid_binlog_pos', 'gtid_slave_pos', 'gtid_executed', 'aurora_version')"));
    if (!vars)
        return vars.error();
    QHash<QString, QString> values;
    for (int row = 0; row < vars->rowCount(); ++row)
        values.insert(vars->text(row, u"Variable_name").toLower(), vars->text(row, u"Value"));
    facts.serverId = values.value(QStringLiteral("server_id")).toULongLong();
    facts.serverUuid = values.value(QStringLiteral("server_uuid"));
    facts.logBin = isOn(values.value(QStringLiteral("log_bin")));
    facts.binlogFormat = values.value(QStringLiteral("binlog_format"));
    facts.readOnly = isOn(values.value(QStringLiteral("read_only")));
    facts.maxAllowedPacket = values.value(QStringLiteral("max_allowed_packet")).toULongLong();
    facts.aurora = !values.value(QStringLiteral("aurora_version")).isEmpty();
    if (facts.version.isMariaDb()) {
        facts.gtidMode
            = QStringLiteral("gtid_strict_mode=") + values.value(QStringLiteral("gtid_strict_mode"));
        facts.gtidStrictMode = isOn(values.value(QStringLiteral("gtid_strict_mode")));
        facts.gtidBinlogPos = values.value(QStringLiteral("gtid_binlog_pos"));
        facts.gtidSlavePos = values.value(QStringLiteral("gtid_slave_pos"));
    } else {
        facts.gtidMode = values.value(QStringLiteral("gtid_mode"));
        facts.gtidBinlogPos
            = values.value(QStringLiteral("gtid_executed")).simplified().remove(QLatin1Char(' '));
    }

    Result<BinlogRetention> retention = readRetention(facts.version, &facts.rds);
    if (!retention)
        return retention.error();
    facts.retention = retention.value();

    if (facts.logBin) {
        Result<ResultSet> source = m_session.query(dialect.sourceStatusStatement());
        if (source)
            facts.sourceStatus = dialect.parseSourceStatus(source.value());
        else
            facts.sourceStatusError = source.error();
    }

    Result<std::optional<ReplicaStatus>> replica
        = readReplicaStatus(dialect, facts.rds, &facts.replicaStatusViaRdsProcedure);
    if (replica)
        facts.replicaStatus = replica.value();
    else
        facts.replicaStatusError = replica.error();
    return facts;
}
