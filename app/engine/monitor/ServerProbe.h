#pragma once

#include "ServerSnapshot.h"

#include <QByteArray>
#include <QHash>
#include <QMutex>
#include <QSet>

#include <atomic>
#include <memory>

class ServerSession;

// Looks at one server, keeping its connection open between looks. probe() blocks (at most the
// connection's timeouts) and runs on one worker thread at a time; abort() may come from any thread.
class ServerProbe
{
public:
    ServerProbe(ConnectionSpec spec, QByteArray password);
    ~ServerProbe();

    const ConnectionSpec& spec() const { return m_spec; }
    // Source only: also write the heartbeat row (the DBA consented).
    void setWriteHeartbeat(bool on) { m_writeHeartbeat = on; }
    // Source only: server ids of the setup's other servers, which reading the binlog must never
    // announce (any thread).
    void addOtherServerIds(const QSet<quint64>& ids);
    // Target only: the replication filters its setup gave it, checked on every look. Set before
    // the first probe.
    void setExpectedFilters(const ReplicationFilters& filters) { m_expectedFilters = filters; }
    bool writesHeartbeat() const { return m_writeHeartbeat; }

    ServerSnapshot probe();
    // Makes a running probe return at once; later probes return "cancelled".
    void abort();

private:
    void readBinlogStarts(ServerSnapshot& snapshot);

    const ConnectionSpec m_spec;
    const QByteArray m_password;
    std::atomic_bool m_writeHeartbeat{false};
    std::atomic_bool m_aborted{false};
    QMutex m_sessionMutex; // guards m_session's lifetime against abort()
    std::unique_ptr<ServerSession> m_session;
    QHash<QString, QDateTime> m_binlogStarts; // binlog files never change their start
    mutable QMutex m_idsMutex;
    QSet<quint64> m_otherServerIds;
    quint32 m_readerServerId = 0;
    std::optional<ReplicationFilters> m_expectedFilters;
};
