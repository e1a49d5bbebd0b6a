#pragma once

#include "monitor/Health.h"

#include <QHash>
#include <QWidget>

class QLabel;

// Source, staging replica and target, with an arrow and a health badge on each replication link.
class TopologyStrip : public QWidget
{
    Q_OBJECT

public:
    explicit TopologyStrip(bool withStaging, QWidget* parent = nullptr);

    void setServer(ServerRole role, const QString& endpoint, Health health);
    // The badge on the link into this replica (for tests).
    QString badgeText(ServerRole replica) const;

private:
    QHash<ServerRole, QLabel*> m_names;
    QHash<ServerRole, QLabel*> m_badges; // source: its own reachability
};
