#pragma once

#include "db/ConnectionSpec.h"
#include "db/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <chrono>
#include <memory>
#include <mutex>

class SshTunnel;

// The process's SSH tunnels, one per bastion and database endpoint, shared by every session and
// child tool that connects through it (each gets its own forwarded channel). A tunnel that died is
// opened again on the next connection, with a growing pause between failed attempts (2, 4, 8 s)
// so a poller does not hammer a bastion that is down.
class TunnelRegistry
{
    Q_DECLARE_TR_FUNCTIONS(TunnelRegistry)

public:
    static TunnelRegistry& instance();

    // An unknown host key with this SHA256 fingerprint may be accepted (and added to known_hosts).
    void acceptHostKey(const QString& fingerprint);
    // The password or key passphrase of a tunnel (kept in memory only).
    void setSecret(const SshTunnelSpec& ssh, const QByteArray& secret);
    // The loopback port that reaches `spec`'s server through its tunnel, opening it if needed.
    Result<int> localPort(const ConnectionSpec& spec);
    // Closes every tunnel (tests; the end of the process closes them too).
    void closeAll();

private:
    struct Entry
    {
        std::shared_ptr<SshTunnel> tunnel;
        std::optional<EngineError> lastError;
        std::chrono::steady_clock::time_point retryAfter;
        int failures = 0;
    };

    std::mutex m_mutex;
    QHash<QString, Entry> m_entries;
    QSet<QString> m_accepted;
    QHash<QString, QByteArray> m_secrets;
};
