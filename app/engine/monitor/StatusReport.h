#pragma once

#include "BinlogRunway.h"
#include "Health.h"
#include "ServerSnapshot.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>

// The status of a setup at one moment, as the CLI prints it (JSON or text) and the exit code.
class StatusReport
{
    Q_DECLARE_TR_FUNCTIONS(StatusReport)

public:
    StatusReport(QList<ServerSnapshot> snapshots, HealthThresholds thresholds = {});

    const QList<ServerSnapshot>& snapshots() const { return m_snapshots; }
    Health health(const ServerSnapshot& snapshot) const;
    Severity overall() const;
    // How long the target may stay disconnected before the source purges what it still needs
    // (Unknown without a reachable source).
    BinlogRunway runway() const;
    const ServerSnapshot* snapshot(ServerRole role) const;
    const HealthThresholds& thresholds() const { return m_thresholds; }

    QJsonObject toJson() const;
    QString toText() const;

private:
    const ServerSnapshot* source() const { return snapshot(ServerRole::Source); }
    QJsonObject sourceJson(const ServerSnapshot& s) const;
    QJsonObject replicaJson(const ServerSnapshot& s) const;

    QList<ServerSnapshot> m_snapshots;
    HealthThresholds m_thresholds;
};
