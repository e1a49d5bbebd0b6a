#pragma once

#include "BinlogRunway.h"
#include "Diagnosis.h"
#include "Health.h"
#include "ServerSnapshot.h"

#include <QHash>
#include <QList>
#include <QObject>

#include <optional>

struct LagSample
{
    QDateTime at;
    std::optional<double> secondsBehind; // the server's own figure
    std::optional<double> heartbeat; // true lag
};

// What the status dashboard shows, without widgets: the latest snapshot of each server, its
// health and diagnosis (the same classification as the CLI's), the last hour of lag, and the
// target's binlog runway.
class DashboardModel : public QObject
{
    Q_OBJECT

public:
    static constexpr qint64 HistorySeconds = 3600;

    explicit DashboardModel(HealthThresholds thresholds = {}, QObject* parent = nullptr);

    void update(const ServerSnapshot& snapshot);

    const ServerSnapshot* snapshot(ServerRole role) const;
    Health health(ServerRole role) const;
    std::optional<Diagnosis> diagnosis(ServerRole role) const;
    QList<LagSample> lagHistory(ServerRole role) const { return m_history.value(role); }
    BinlogRunway runway() const;
    const HealthThresholds& thresholds() const { return m_thresholds; }
    void setThresholds(const HealthThresholds& thresholds);

signals:
    void changed(ServerRole role);

private:
    QHash<ServerRole, ServerSnapshot> m_snapshots;
    QHash<ServerRole, QList<LagSample>> m_history;
    std::optional<QDateTime> m_targetDataTime; // kept while the target cannot tell
    HealthThresholds m_thresholds;
};
