#pragma once

#include "BinlogRunway.h"
#include "Health.h"
#include "ServerSnapshot.h"
#include "StatusPoller.h"
#include "profile/Profile.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>

#include <memory>
#include <optional>
#include <vector>

// The health of every saved setup at a glance, for the start window: each setup polled in the
// background by a StatusPoller of its own (kept-open connections on the shared probe pool, which
// bounds how many servers are asked at once; backoff after failures), folded into one row per
// setup. Lives on the GUI thread and never waits: a hung server only holds up its own row.
class FleetMonitor : public QObject
{
    Q_OBJECT

public:
    struct Setup
    {
        QString id;
        QString label;
        QString profilePath;
        Profile profile;
        QHash<ServerRole, QByteArray> passwords;
    };

    struct Row
    {
        QString id;
        QString label;
        QString profilePath;
        bool notify = true; // the profile's [options] notify
        QList<ServerRole> roles; // the servers watched
        QHash<ServerRole, Health> health; // a role is absent until it was first checked
        QHash<ServerRole, QString> summary; // the diagnosis, or why the server cannot be asked
        std::optional<qint64> secondsBehind; // the target's
        std::optional<double> trueLagSeconds; // the target's heartbeat lag
        BinlogRunway runway;
        QDateTime lastCheck;

        Severity worst() const;
        // The worst link as "target: stopped — summary" (empty when every link is ok).
        QString worstText() const;
    };

    explicit FleetMonitor(int intervalMs = 10000, QObject* parent = nullptr);
    ~FleetMonitor() override;

    // Replaces every setup (their pollers start at once).
    void setSetups(const QList<Setup>& setups);
    const QList<Row>& rows() const { return m_rows; }
    int intervalMs() const { return m_intervalMs; }

signals:
    void rowsReset();
    void rowChanged(int index);
    // A link's health changed after it had been seen at least once.
    void healthChanged(int index, ServerRole role, Health before, Health now);

private:
    void landed(int index, const ServerSnapshot& snapshot);

    struct Watched
    {
        std::unique_ptr<StatusPoller> poller;
        QHash<ServerRole, ServerSnapshot> last;
    };
    std::vector<Watched> m_watched;
    QList<Row> m_rows;
    int m_intervalMs;
};
