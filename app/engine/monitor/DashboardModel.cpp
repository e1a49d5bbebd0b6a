#include "DashboardModel.h"

DashboardModel::DashboardModel(HealthThresholds thresholds, QObject* parent)
    : QObject(parent)
    , m_thresholds(thresholds)
{
}

void DashboardModel::update(const ServerSnapshot& snapshot)
{
    m_snapshots.insert(snapshot.role, snapshot);
    if (snapshot.role != ServerRole::Source) {
        LagSample sample;
        sample.at = snapshot.takenAt;
        if (snapshot.facts && snapshot.facts->replicaStatus
            && snapshot.facts->replicaStatus->secondsBehindSource)
            sample.secondsBehind = double(*snapshot.facts->replicaStatus->secondsBehindSource);
        sample.heartbeat = snapshot.heartbeatLagSeconds;
        QList<LagSample>& history = m_history[snapshot.role];
        history.append(sample);
        const QDateTime oldest = snapshot.takenAt.addSecs(-HistorySeconds);
        while (!history.isEmpty() && history.first().at < oldest)
            history.removeFirst();
        if (snapshot.role == ServerRole::Target) {
            if (const std::optional<QDateTime> dataTime = BinlogRunway::dataTime(snapshot))
                m_targetDataTime = dataTime;
        }
    }
    emit changed(snapshot.role);
}

void DashboardModel::setThresholds(const HealthThresholds& thresholds)
{
    m_thresholds = thresholds;
    for (auto it = m_snapshots.cbegin(); it != m_snapshots.cend(); ++it)
        emit changed(it.key());
}

const ServerSnapshot* DashboardModel::snapshot(ServerRole role) const
{
    const auto found = m_snapshots.constFind(role);
    return found == m_snapshots.constEnd() ? nullptr : &found.value();
}

Health DashboardModel::health(ServerRole role) const
{
    const ServerSnapshot* s = snapshot(role);
    return s ? HealthClassifier::classify(*s, m_thresholds) : Health::Unknown;
}

std::optional<Diagnosis> DashboardModel::diagnosis(ServerRole role) const
{
    const ServerSnapshot* s = snapshot(role);
    if (!s || role == ServerRole::Source)
        return std::nullopt;
    return Diagnoser::diagnose(*s, snapshot(ServerRole::Source));
}

BinlogRunway DashboardModel::runway() const
{
    const ServerSnapshot* source = snapshot(ServerRole::Source);
    if (!source) {
        BinlogRunway unknown;
        unknown.text = BinlogRunway::tr("Unknown: the source has not answered yet.");
        return unknown;
    }
    return BinlogRunway::estimate(*source, snapshot(ServerRole::Target), m_targetDataTime,
                                  QDateTime::currentDateTimeUtc());
}
