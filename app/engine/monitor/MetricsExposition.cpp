#include "MetricsExposition.h"

#include <cmath>

namespace {

struct Definition
{
    const char* name;
    const char* help;
};

// In the order they are printed. HELP texts are for machines and their operators: not translated.
constexpr Definition definitions[] = {
    {"replica_wizard_up", "Whether the server answered this check (1) or not (0)."},
    {"replica_wizard_health",
     "The server's health in its setup: 0 ok, 1 warning, 2 critical, 3 unknown; the health label names "
     "the state."},
    {"replica_wizard_last_check_timestamp_seconds", "When the server was last checked, in Unix time."},
    {"replica_wizard_true_lag_seconds",
     "Seconds between the source writing the last heartbeat this replica has applied and the check."},
    {"replica_wizard_binlog_runway_seconds",
     "How long the target may stay disconnected before the source purges a binary log it still needs "
     "(+Inf: the source does not expire its binary logs)."},
    {"replica_wizard_binlog_retention_seconds", "The source's binary log retention."},
    {"mysql_slave_status_seconds_behind_master", "Seconds_Behind_Master of the replica."},
    {"mysql_slave_status_slave_io_running", "Whether the replica's IO thread runs (1) or not (0)."},
    {"mysql_slave_status_slave_sql_running", "Whether the replica's SQL thread runs (1) or not (0)."},
    {"mysql_slave_status_last_io_errno", "Last_IO_Errno of the replica."},
    {"mysql_slave_status_last_sql_errno", "Last_SQL_Errno of the replica."},
    {"mysql_slave_status_exec_master_log_pos", "Exec_Master_Log_Pos of the replica."},
    {"mysql_slave_status_read_master_log_pos", "Read_Master_Log_Pos of the replica."},
};

QString number(double value)
{
    if (std::isinf(value))
        return value > 0 ? QStringLiteral("+Inf") : QStringLiteral("-Inf");
    if (std::isnan(value))
        return QStringLiteral("NaN");
    if (value == std::floor(value) && std::fabs(value) < 1e15)
        return QString::number(qint64(value));
    return QString::number(value, 'g', 15);
}

} // namespace

QString MetricsExposition::escapeLabelValue(const QString& value)
{
    QString out;
    out.reserve(value.size());
    for (const QChar c : value) {
        if (c == QLatin1Char('\\'))
            out += QStringLiteral("\\\\");
        else if (c == QLatin1Char('"'))
            out += QStringLiteral("\\\"");
        else if (c == QLatin1Char('\n'))
            out += QStringLiteral("\\n");
        else
            out += c;
    }
    return out;
}

MetricsExposition::Family& MetricsExposition::family(const QString& name)
{
    for (Family& f : m_families) {
        if (f.name == name)
            return f;
    }
    for (const Definition& d : definitions) {
        if (name == QLatin1String(d.name)) {
            m_families.append({name, QString::fromLatin1(d.help), {}});
            return m_families.last();
        }
    }
    Q_ASSERT_X(false, "MetricsExposition", "undefined metric");
    m_families.append({name, QString(), {}});
    return m_families.last();
}

void MetricsExposition::sample(const QString& name, const QString& labels, double value)
{
    family(name).samples.append({labels, number(value)});
}

void MetricsExposition::add(const QString& setup, const StatusReport& report)
{
    const QString setupLabel = QStringLiteral("setup=\"%1\"").arg(escapeLabelValue(setup));
    for (const ServerSnapshot& s : report.snapshots()) {
        const QString labels = QStringLiteral("{%1,role=\"%2\"}").arg(setupLabel, ServerRoles::key(s.role));
        sample(QStringLiteral("replica_wizard_up"), labels, s.reachable ? 1 : 0);
        const Health health = report.health(s);
        sample(QStringLiteral("replica_wizard_health"),
               QStringLiteral("{%1,role=\"%2\",health=\"%3\"}")
                   .arg(setupLabel, ServerRoles::key(s.role), HealthClassifier::key(health)),
               int(HealthClassifier::severity(health)));
        if (s.takenAt.isValid())
            sample(QStringLiteral("replica_wizard_last_check_timestamp_seconds"), labels,
                   double(s.takenAt.toMSecsSinceEpoch()) / 1000.0);
        if (s.role == ServerRole::Source) {
            if (s.facts && s.facts->retention.known() && s.facts->retention.isSet)
                sample(QStringLiteral("replica_wizard_binlog_retention_seconds"), labels,
                       s.facts->retention.hours * 3600);
            continue;
        }
        if (s.heartbeatLagSeconds)
            sample(QStringLiteral("replica_wizard_true_lag_seconds"), labels, *s.heartbeatLagSeconds);
        if (!s.facts || !s.facts->replicaStatus)
            continue;
        const ReplicaStatus& r = *s.facts->replicaStatus;
        if (r.secondsBehindSource)
            sample(QStringLiteral("mysql_slave_status_seconds_behind_master"), labels,
                   double(*r.secondsBehindSource));
        sample(QStringLiteral("mysql_slave_status_slave_io_running"), labels, r.ioThreadRunning() ? 1 : 0);
        sample(QStringLiteral("mysql_slave_status_slave_sql_running"), labels, r.sqlThreadRunning() ? 1 : 0);
        sample(QStringLiteral("mysql_slave_status_last_io_errno"), labels, r.lastIoErrno);
        sample(QStringLiteral("mysql_slave_status_last_sql_errno"), labels, r.lastSqlErrno);
        sample(QStringLiteral("mysql_slave_status_exec_master_log_pos"), labels, double(r.execSourceLogPos));
        sample(QStringLiteral("mysql_slave_status_read_master_log_pos"), labels, double(r.readSourceLogPos));
    }
    const BinlogRunway runway = report.runway();
    const QString setupOnly = QLatin1Char('{') + setupLabel + QLatin1Char('}');
    if (runway.state == BinlogRunway::State::Unlimited)
        sample(QStringLiteral("replica_wizard_binlog_runway_seconds"), setupOnly, HUGE_VAL);
    else if (runway.state != BinlogRunway::State::Unknown)
        sample(QStringLiteral("replica_wizard_binlog_runway_seconds"), setupOnly,
               double(qMax<qint64>(0, runway.seconds)));
}

QString MetricsExposition::text() const
{
    QString out;
    for (const Definition& d : definitions) {
        for (const Family& f : m_families) {
            if (f.name != QLatin1String(d.name) || f.samples.isEmpty())
                continue;
            out += QStringLiteral("# HELP %1 %2\n# TYPE %1 gauge\n").arg(f.name, f.help);
            for (const Sample& s : f.samples)
                out += f.name + s.labels + QLatin1Char(' ') + s.value + QLatin1Char('\n');
        }
    }
    return out;
}
