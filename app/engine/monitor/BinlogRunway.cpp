#include "BinlogRunway.h"

#include <algorithm>

namespace {

QString duration(qint64 seconds)
{
    if (seconds >= 3600)
        return BinlogRunway::tr("%1 h %2 min").arg(seconds / 3600).arg((seconds % 3600) / 60);
    return BinlogRunway::tr("%1 min").arg(qMax<qint64>(0, seconds) / 60);
}

} // namespace

std::optional<QDateTime> BinlogRunway::dataTime(const ServerSnapshot& target)
{
    if (target.heartbeatLagSeconds)
        return target.takenAt.addMSecs(-qint64(*target.heartbeatLagSeconds * 1000));
    if (target.facts && target.facts->replicaStatus && target.facts->replicaStatus->secondsBehindSource)
        return target.takenAt.addSecs(-*target.facts->replicaStatus->secondsBehindSource);
    return std::nullopt;
}

BinlogRunway BinlogRunway::estimate(const ServerSnapshot& source, const ServerSnapshot* target,
                                    const std::optional<QDateTime>& targetDataTime, const QDateTime& now)
{
    BinlogRunway runway;
    if (!source.facts || !source.facts->retention.known()) {
        runway.text = tr("Unknown: the source's retention could not be read.");
        return runway;
    }
    const BinlogRetention& retention = source.facts->retention;
    if (!retention.isSet) {
        if (retention.origin == BinlogRetention::Origin::RdsConfiguration) {
            runway.state = State::Critical;
            runway.text
                = tr("None: 'binlog retention hours' is NULL, so RDS purges binlogs as soon as it can. "
                     "Raise it.");
        } else {
            runway.state = State::Unlimited;
            runway.text = tr("Unlimited: the source does not expire its binlogs.");
        }
        return runway;
    }
    const qint64 retentionSeconds = qint64(retention.hours * 3600);

    // When the file the target needs may be purged.
    std::optional<QDateTime> purgeAt;
    const QString needed = (target && target->facts && target->facts->replicaStatus)
        ? target->facts->replicaStatus->execSourceLogFile
        : QString();
    if (!needed.isEmpty() && !source.binaryLogs.isEmpty()) {
        const auto at = std::find_if(source.binaryLogs.cbegin(), source.binaryLogs.cend(),
                                     [&needed](const BinaryLogFile& log) { return log.name == needed; });
        if (at == source.binaryLogs.cend() && needed < source.binaryLogs.first().name) {
            runway.state = State::Critical;
            runway.seconds = 0;
            runway.text
                = tr("Exhausted: %1, which the target needs, is no longer on the source. Seed the target "
                     "again.")
                      .arg(needed);
            return runway;
        }
        if (at != source.binaryLogs.cend() && std::next(at) == source.binaryLogs.cend())
            purgeAt = now.addSecs(retentionSeconds); // on the current file: at least the retention
        else if (at != source.binaryLogs.cend() && std::next(at)->startedAt)
            purgeAt = std::next(at)->startedAt->addSecs(retentionSeconds);
    }
    if (!purgeAt && targetDataTime)
        purgeAt = targetDataTime->addSecs(retentionSeconds);
    if (!purgeAt) {
        runway.text
            = tr("Unknown: the target's data time is not known (stopped, and no heartbeat). Retention is "
                 "%1 h.")
                  .arg(retention.hours);
        return runway;
    }
    runway.seconds = now.secsTo(*purgeAt);
    if (runway.seconds < 3600) {
        runway.state = State::Critical;
        runway.text = runway.seconds <= 0
            ? tr("Exhausted: the binlog the target needs may already be purged (retention %1 h).")
                  .arg(retention.hours)
            : tr("%1 left (retention %2 h): reconnect the target or raise the retention now.")
                  .arg(duration(runway.seconds))
                  .arg(retention.hours);
    } else if (runway.seconds < retentionSeconds / 4 || runway.seconds < 6 * 3600) {
        runway.state = State::Shrinking;
        runway.text
            = tr("%1 left (retention %2 h): shrinking.").arg(duration(runway.seconds)).arg(retention.hours);
    } else {
        runway.state = State::Ok;
        runway.text = tr("%1 (retention %2 h).").arg(duration(runway.seconds)).arg(retention.hours);
    }
    return runway;
}
