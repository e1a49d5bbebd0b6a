#pragma once

#include "ServerSnapshot.h"

#include <QByteArray>
#include <QHash>
#include <QMutex>

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
    bool writesHeartbeat() const { return m_writeHeartbeat; }

    ServerSnapshot probe();
    // Makes a running probe return at once; later probes return "cancelled".
    void abort();

private:
    void readBinlogStarts(QList<BinaryLogFile>& logs);

    const ConnectionSpec m_spec;
    const QByteArray m_password;
    std::atomic_bool m_writeHeartbeat{false};
    std::atomic_bool m_aborted{false};
    QMutex m_sessionMutex; // guards m_session's lifetime against abort()
    std::unique_ptr<ServerSession> m_session;
    QHash<QString, QDateTime> m_binlogStarts; // binlog files never change their start
};
