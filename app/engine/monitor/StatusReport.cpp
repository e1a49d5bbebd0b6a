#include "StatusReport.h"

#include "Diagnosis.h"
#include "GtidProgress.h"

#include <QJsonArray>
#include <QJsonValue>

namespace {

QJsonValue errorJson(const std::optional<EngineError>& error)
{
    if (!error)
        return QJsonValue::Null;
    QJsonObject o;
    o.insert(QStringLiteral("errno"), error->code);
    o.insert(QStringLiteral("message"), error->serverMessage);
    o.insert(QStringLiteral("explanation"), error->explanation);
    o.insert(QStringLiteral("fix"), error->fix);
    o.insert(QStringLiteral("diagnosis"), error->diagnosisId);
    return o;
}

QString yesNo(bool value)
{
    return value ? StatusReport::tr("Yes") : StatusReport::tr("No");
}

// Rows of "label  value" aligned into a small block.
QString block(const QString& title, const QList<QPair<QString, QString>>& rows)
{
    int width = 0;
    for (const auto& row : rows)
        width = qMax(width, int(row.first.size()));
    QString out = title + QLatin1Char('\n');
    for (const auto& row : rows)
        out += QStringLiteral("  ") + row.first.leftJustified(width + 2) + row.second + QLatin1Char('\n');
    return out;
}

} // namespace

StatusReport::StatusReport(QList<ServerSnapshot> snapshots, HealthThresholds thresholds)
    : m_snapshots(std::move(snapshots))
    , m_thresholds(thresholds)
{
}

Health StatusReport::health(const ServerSnapshot& snapshot) const
{
    return HealthClassifier::classify(snapshot, m_thresholds);
}

Severity StatusReport::overall() const
{
    Severity result = Severity::Ok;
    for (const ServerSnapshot& s : m_snapshots)
        result = HealthClassifier::worst(result, HealthClassifier::severity(health(s)));
    return result;
}

QJsonObject StatusReport::sourceJson(const ServerSnapshot& s) const
{
    QJsonObject o;
    o.insert(QStringLiteral("endpoint"), s.endpoint);
    o.insert(QStringLiteral("reachable"), s.reachable);
    o.insert(QStringLiteral("health"), HealthClassifier::key(health(s)));
    QJsonValue file = QJsonValue::Null, position = QJsonValue::Null, retention = QJsonValue::Null,
               serverId = QJsonValue::Null, version = QJsonValue::Null;
    if (s.facts) {
        if (s.facts->sourceStatus) {
            file = s.facts->sourceStatus->binlogFile;
            position = double(s.facts->sourceStatus->binlogPosition);
        }
        if (s.facts->retention.known() && s.facts->retention.isSet)
            retention = s.facts->retention.hours;
        serverId = double(s.facts->serverId);
        version = s.facts->version.displayName();
        o.insert(QStringLiteral("rds"), s.facts->rds);
        o.insert(QStringLiteral("log_bin"), s.facts->logBin);
        o.insert(QStringLiteral("binlog_format"), s.facts->binlogFormat);
        o.insert(QStringLiteral("gtid_binlog_pos"),
                 s.facts->gtidBinlogPos.isEmpty() ? QJsonValue::Null : QJsonValue(s.facts->gtidBinlogPos));
    }
    o.insert(QStringLiteral("binlog_file"), file);
    o.insert(QStringLiteral("binlog_position"), position);
    o.insert(QStringLiteral("retention_hours"), retention);
    o.insert(QStringLiteral("server_id"), serverId);
    o.insert(QStringLiteral("version"), version);
    QJsonArray logs;
    for (const BinaryLogFile& log : s.binaryLogs)
        logs.append(QJsonObject{
            {QStringLiteral("name"), log.name},
            {QStringLiteral("size"), double(log.size)},
            {QStringLiteral("started_at"),
             log.startedAt ? QJsonValue(log.startedAt->toString(Qt::ISODate)) : QJsonValue::Null}});
    o.insert(QStringLiteral("binary_logs"), logs);
    // Binlog start times are read over the replication protocol under this id, one no replica of
    // the source uses (null when this look read none).
    o.insert(QStringLiteral("binlog_reader_server_id"),
             s.binlogReaderServerId ? QJsonValue(double(s.binlogReaderServerId)) : QJsonValue::Null);
    o.insert(QStringLiteral("error"), errorJson(s.error));
    return o;
}

QJsonObject StatusReport::replicaJson(const ServerSnapshot& s) const
{
    QJsonObject o;
    o.insert(QStringLiteral("endpoint"), s.endpoint);
    o.insert(QStringLiteral("reachable"), s.reachable);
    o.insert(QStringLiteral("health"), HealthClassifier::key(health(s)));
    const ReplicaStatus* r = (s.facts && s.facts->replicaStatus) ? &*s.facts->replicaStatus : nullptr;
    o.insert(QStringLiteral("is_replica"), r != nullptr);
    o.insert(QStringLiteral("io_running"), r ? QJsonValue(r->ioThreadRunning()) : QJsonValue(false));
    o.insert(QStringLiteral("io_thread"), r ? QJsonValue(r->ioRunning) : QJsonValue::Null);
    o.insert(QStringLiteral("sql_running"), r ? QJsonValue(r->sqlThreadRunning()) : QJsonValue(false));
    o.insert(QStringLiteral("seconds_behind"),
             (r && r->secondsBehindSource) ? QJsonValue(double(*r->secondsBehindSource)) : QJsonValue::Null);
    o.insert(QStringLiteral("heartbeat_lag_seconds"),
             s.heartbeatLagSeconds ? QJsonValue(*s.heartbeatLagSeconds) : QJsonValue::Null);
    o.insert(QStringLiteral("last_io_errno"), r ? r->lastIoErrno : 0);
    o.insert(QStringLiteral("last_io_error"), r ? r->lastIoError : QString());
    o.insert(QStringLiteral("last_sql_errno"), r ? r->lastSqlErrno : 0);
    o.insert(QStringLiteral("last_sql_error"), r ? r->lastSqlError : QString());
    o.insert(QStringLiteral("exec_source_log_file"), r ? QJsonValue(r->execSourceLogFile) : QJsonValue::Null);
    o.insert(QStringLiteral("exec_source_log_pos"),
             r ? QJsonValue(double(r->execSourceLogPos)) : QJsonValue::Null);
    o.insert(QStringLiteral("read_source_log_file"), r ? QJsonValue(r->readSourceLogFile) : QJsonValue::Null);
    o.insert(QStringLiteral("read_source_log_pos"),
             r ? QJsonValue(double(r->readSourceLogPos)) : QJsonValue::Null);
    o.insert(QStringLiteral("source_server_id"),
             r ? QJsonValue(double(r->sourceServerId)) : QJsonValue::Null);
    o.insert(QStringLiteral("server_id"), s.facts ? QJsonValue(double(s.facts->serverId)) : QJsonValue::Null);
    if (const std::optional<GtidProgress> gtid = GtidProgress::of(s, source()))
        o.insert(QStringLiteral("gtid"),
                 QJsonObject{{QStringLiteral("mode"), gtid->mode},
                             {QStringLiteral("applied"), gtid->applied},
                             {QStringLiteral("received"), gtid->received},
                             {QStringLiteral("source"), gtid->sourceHas},
                             {QStringLiteral("behind_transactions"),
                              gtid->behind ? QJsonValue(double(*gtid->behind)) : QJsonValue::Null}});
    else
        o.insert(QStringLiteral("gtid"), QJsonValue::Null);
    o.insert(QStringLiteral("version"),
             s.facts ? QJsonValue(s.facts->version.displayName()) : QJsonValue::Null);
    o.insert(QStringLiteral("error"),
             errorJson(s.error ? s.error : (s.facts ? s.facts->replicaStatusError : std::nullopt)));
    if (s.expectedFilters) {
        QJsonObject filters;
        filters.insert(
            QStringLiteral("expected"),
            QJsonArray::fromStringList(s.expectedFilters->ignorePatterns + s.expectedFilters->doPatterns));
        filters.insert(QStringLiteral("missing"), QJsonArray::fromStringList(s.missingFilters));
        filters.insert(QStringLiteral("persistent"),
                       s.filtersPersistent ? QJsonValue(*s.filtersPersistent) : QJsonValue::Null);
        o.insert(QStringLiteral("filters"), filters);
    }
    const std::optional<Diagnosis> diagnosis = Diagnoser::diagnose(s, source());
    if (diagnosis) {
        QJsonObject d;
        d.insert(QStringLiteral("id"), diagnosis->id);
        d.insert(QStringLiteral("summary"), diagnosis->summary);
        d.insert(QStringLiteral("fix"), diagnosis->fix);
        o.insert(QStringLiteral("diagnosis"), d);
    } else {
        o.insert(QStringLiteral("diagnosis"), QJsonValue::Null);
    }
    return o;
}

const ServerSnapshot* StatusReport::snapshot(ServerRole role) const
{
    for (const ServerSnapshot& s : m_snapshots) {
        if (s.role == role)
            return &s;
    }
    return nullptr;
}

BinlogRunway StatusReport::runway() const
{
    const ServerSnapshot* from = source();
    if (!from || !from->reachable) {
        BinlogRunway unknown;
        unknown.text = BinlogRunway::tr("Unknown: the source has not answered.");
        return unknown;
    }
    const ServerSnapshot* target = snapshot(ServerRole::Target);
    return BinlogRunway::estimate(*from, target, target ? BinlogRunway::dataTime(*target) : std::nullopt,
                                  from->takenAt.isValid() ? from->takenAt : QDateTime::currentDateTimeUtc());
}

QJsonObject StatusReport::toJson() const
{
    QJsonObject root;
    root.insert(QStringLiteral("source"), QJsonValue::Null);
    root.insert(QStringLiteral("staging"), QJsonValue::Null);
    root.insert(QStringLiteral("target"), QJsonValue::Null);
    for (const ServerSnapshot& s : m_snapshots) {
        root.insert(ServerRoles::key(s.role), s.role == ServerRole::Source ? sourceJson(s) : replicaJson(s));
    }
    const BinlogRunway runway = this->runway();
    static const char* const runwayStates[] = {"unknown", "unlimited", "ok", "shrinking", "critical"};
    const bool timed = runway.state == BinlogRunway::State::Ok
        || runway.state == BinlogRunway::State::Shrinking || runway.state == BinlogRunway::State::Critical;
    root.insert(QStringLiteral("binlog_runway"),
                QJsonObject{{QStringLiteral("state"), QString::fromLatin1(runwayStates[int(runway.state)])},
                            {QStringLiteral("seconds"),
                             timed ? QJsonValue(double(qMax<qint64>(0, runway.seconds))) : QJsonValue::Null},
                            {QStringLiteral("text"), runway.text}});
    QJsonObject overall;
    const Severity severity = this->overall();
    overall.insert(QStringLiteral("status"), HealthClassifier::severityKey(severity));
    overall.insert(QStringLiteral("exit_code"), int(severity));
    root.insert(QStringLiteral("overall"), overall);
    return root;
}

QString StatusReport::toText() const
{
    QString out;
    for (const ServerSnapshot& s : m_snapshots) {
        QList<QPair<QString, QString>> rows;
        const QString title = QStringLiteral("%1 (%2) — %3")
                                  .arg(ServerRoles::displayName(s.role).toUpper(), s.endpoint,
                                       HealthClassifier::displayName(health(s)));
        if (!s.reachable || !s.facts) {
            rows.append({tr("Reachable"), yesNo(s.reachable)});
            if (s.error)
                rows.append({tr("Error"), s.error->toText()});
            out += block(title, rows) + QLatin1Char('\n');
            continue;
        }
        const ServerFacts& f = *s.facts;
        rows.append({tr("Server"), f.version.displayName() + (f.rds ? tr(" (RDS)") : QString())});
        rows.append({tr("Server id"), QString::number(f.serverId)});
        if (s.role == ServerRole::Source) {
            rows.append({tr("Binary log"), f.logBin ? f.binlogFormat : tr("off")});
            if (f.sourceStatus)
                rows.append({tr("Binlog position"),
                             QStringLiteral("%1:%2")
                                 .arg(f.sourceStatus->binlogFile)
                                 .arg(f.sourceStatus->binlogPosition)});
            else if (f.sourceStatusError)
                rows.append({tr("Binlog position"), f.sourceStatusError->toText()});
            if (!f.gtidBinlogPos.isEmpty())
                rows.append({tr("GTIDs"), f.gtidBinlogPos});
            QString retention = tr("unknown");
            if (f.retention.known())
                retention = f.retention.isSet
                    ? tr("%1 h").arg(f.retention.hours)
                    : (f.rds ? tr("NULL (binlogs purged quickly)") : tr("no expiry"));
            rows.append({tr("Retention"), retention});
            if (s.binlogReaderServerId)
                rows.append(
                    {tr("Binlog reader"),
                     s.binlogReaderIdChecked
                         ? tr("server id %1 (no connected replica uses it)").arg(s.binlogReaderServerId)
                         : tr("server id %1 (none of the setup's servers uses it)")
                               .arg(s.binlogReaderServerId)});
        } else if (f.replicaStatusError) {
            rows.append({tr("Replica status"), f.replicaStatusError->toText()});
        } else if (!f.replicaStatus) {
            rows.append({tr("Replication"), tr("not a replica")});
        } else {
            const ReplicaStatus& r = *f.replicaStatus;
            rows.append({tr("Source"),
                         QStringLiteral("%1:%2 (server id %3)")
                             .arg(r.sourceHost)
                             .arg(r.sourcePort)
                             .arg(r.sourceServerId)});
            rows.append({tr("IO thread"), r.ioRunning});
            rows.append({tr("SQL thread"), r.sqlRunning});
            rows.append(
                {tr("Seconds behind"),
                 r.secondsBehindSource ? QString::number(*r.secondsBehindSource) : QStringLiteral("NULL")});
            rows.append(
                {tr("Executed"), QStringLiteral("%1:%2").arg(r.execSourceLogFile).arg(r.execSourceLogPos)});
            rows.append(
                {tr("Read"), QStringLiteral("%1:%2").arg(r.readSourceLogFile).arg(r.readSourceLogPos)});
            if (const std::optional<GtidProgress> gtid = GtidProgress::of(s, source()))
                rows.append({tr("GTID (%1)").arg(gtid->mode),
                             gtid->behind
                                 ? tr("applied %1, %n transaction(s) behind", nullptr, int(*gtid->behind))
                                       .arg(gtid->applied)
                                 : tr("applied %1").arg(gtid->applied)});
            if (r.lastIoErrno != 0)
                rows.append(
                    {tr("Last IO error"), QStringLiteral("[%1] %2").arg(r.lastIoErrno).arg(r.lastIoError)});
            if (s.expectedFilters && s.missingFilters.isEmpty())
                rows.append({tr("Filters"),
                             s.filtersPersistent.value_or(true)
                                 ? tr("in place")
                                 : tr("in place, but set at runtime only: a restart loses them "
                                      "(add them to the configuration file)")});
            if (const auto diagnosis = Diagnoser::diagnose(s, source()))
                rows.append({tr("Diagnosis"),
                             diagnosis->summary + QLatin1Char(' ') + tr("Fix: %1").arg(diagnosis->fix)});
            if (r.lastSqlErrno != 0)
                rows.append({tr("Last SQL error"),
                             QStringLiteral("[%1] %2").arg(r.lastSqlErrno).arg(r.lastSqlError)});
        }
        out += block(title, rows) + QLatin1Char('\n');
    }
    out += tr("Overall: %1").arg(HealthClassifier::severityKey(overall())) + QLatin1Char('\n');
    return out;
}
