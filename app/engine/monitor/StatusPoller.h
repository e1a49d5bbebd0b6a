#pragma once

#include "ServerSnapshot.h"
#include "StatusCollector.h"

#include <QObject>
#include <QSet>
#include <QTimer>

#include <memory>
#include <vector>

class ServerProbe;

// Polls every server of a setup on worker threads, each server on its own kept-open connection.
// A server that hangs only holds up its own figures (its next poll waits for the previous one,
// bounded by the connection's timeouts); the thread that owns the poller never waits. After a
// failure the server is asked again with exponential backoff. Lives on the GUI thread.
class StatusPoller : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        int intervalMs = 2000;
        int maxBackoffMs = 60000;
    };

    StatusPoller(const QList<StatusCollector::Request>& requests, Options options, QObject* parent = nullptr);
    ~StatusPoller() override;

    void start();
    void setPaused(bool paused);
    bool isPaused() const { return m_paused; }
    void setIntervalMs(int ms);
    int intervalMs() const { return m_options.intervalMs; }
    // The DBA's consent to keep a heartbeat row on the source.
    void setWriteHeartbeat(bool on);
    bool writesHeartbeat() const { return m_writeHeartbeat; }

signals:
    void snapshotReady(const ServerSnapshot& snapshot);
    void pausedChanged(bool paused);

private:
    struct Slot
    {
        std::shared_ptr<ServerProbe> probe;
        bool inFlight = false;
        int failures = 0;
        qint64 nextDueMs = 0;
    };

    void tick();
    void launch(Slot& slot);
    void landed(Slot& slot, ServerSnapshot snapshot);
    qint64 backoffMs(int failures) const;

    std::vector<Slot> m_slots;
    Options m_options;
    QTimer m_timer;
    QElapsedTimer m_clock;
    bool m_paused = false;
    bool m_writeHeartbeat = false;
};
