#pragma once

#include "db/Result.h"
#include "db/SshTunnelSpec.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QSet>
#include <QString>

#include <atomic>
#include <memory>
#include <thread>

struct ssh_session_struct;

// One SSH connection to a bastion host that forwards a local loopback port to one database
// endpoint (host and port as the bastion resolves them). The bastion's host key is checked against
// ~/.ssh/known_hosts before anything is sent: an unknown key is refused unless its SHA256
// fingerprint was accepted, a changed key always. Every connection to the local port gets its own
// forwarded channel; one thread moves the bytes of all of them.
class SshTunnel
{
    Q_DECLARE_TR_FUNCTIONS(SshTunnel)

public:
    struct Target
    {
        QString host;
        int port = 3306;
    };

    ~SshTunnel();
    SshTunnel(const SshTunnel&) = delete;
    SshTunnel& operator=(const SshTunnel&) = delete;

    // Connects, checks the host key, logs in and starts forwarding. `secret`: the password or the
    // key's passphrase (may be empty). `accepted`: "SHA256:..." fingerprints of unknown host keys
    // the DBA accepted (such a key is then added to known_hosts).
    static Result<std::unique_ptr<SshTunnel>> open(const SshTunnelSpec& spec, const Target& target,
                                                   const QByteArray& secret,
                                                   const QSet<QString>& accepted = {});

    int localPort() const { return m_localPort; }
    // False once the SSH connection is gone (the bastion went away or closed it).
    bool alive() const { return m_alive.load(); }
    QString hostKeyFingerprint() const { return m_fingerprint; }

private:
    SshTunnel() = default;
    void forward();

    ssh_session_struct* m_session = nullptr;
    Target m_target;
    QString m_fingerprint;
    int m_listenFd = -1;
    int m_localPort = 0;
    std::atomic<bool> m_alive{false};
    std::atomic<bool> m_stop{false};
    std::thread m_thread;
};
