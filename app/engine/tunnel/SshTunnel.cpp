#include "SshTunnel.h"

#include <QDir>

#include <algorithm>
#include <arpa/inet.h>
#include <cerrno>
#include <libssh/libssh.h>
#include <mutex>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>
#include <vector>

namespace {

EngineError tunnelError(const QString& explanation, const QString& fix, const char* id)
{
    return EngineError::local(explanation, fix, QString::fromLatin1(id));
}

QString fingerprintOf(ssh_session session)
{
    ssh_key key = nullptr;
    if (ssh_get_server_publickey(session, &key) != SSH_OK)
        return {};
    unsigned char* hash = nullptr;
    size_t length = 0;
    QString text;
    if (ssh_get_publickey_hash(key, SSH_PUBLICKEY_HASH_SHA256, &hash, &length) == SSH_OK) {
        char* printable = ssh_get_fingerprint_hash(SSH_PUBLICKEY_HASH_SHA256, hash, length);
        if (printable) {
            text = QString::fromLatin1(printable);
            ssh_string_free_char(printable);
        }
        ssh_clean_pubkey_hash(&hash);
    }
    ssh_key_free(key);
    return text;
}

bool sendAll(int fd, const char* data, qint64 size)
{
    while (size > 0) {
        const ssize_t sent = ::send(fd, data, size_t(size), MSG_NOSIGNAL);
        if (sent < 0 && errno == EINTR)
            continue;
        if (sent <= 0)
            return false;
        data += sent;
        size -= sent;
    }
    return true;
}

} // namespace

QString SshTunnelSpec::authKey(Auth auth)
{
    switch (auth) {
    case Auth::Key:
        return QStringLiteral("key");
    case Auth::Password:
        return QStringLiteral("password");
    case Auth::Agent:
        break;
    }
    return QStringLiteral("agent");
}

std::optional<SshTunnelSpec::Auth> SshTunnelSpec::authFromKey(const QString& key)
{
    for (Auth auth : {Auth::Agent, Auth::Key, Auth::Password})
        if (key.trimmed().compare(authKey(auth), Qt::CaseInsensitive) == 0)
            return auth;
    return std::nullopt;
}

SshTunnel::~SshTunnel()
{
    m_stop = true;
    if (m_thread.joinable())
        m_thread.join();
    if (m_listenFd >= 0)
        ::close(m_listenFd);
    if (m_session) {
        ssh_disconnect(m_session);
        ssh_free(m_session);
    }
}

Result<std::unique_ptr<SshTunnel>> SshTunnel::open(const SshTunnelSpec& spec, const Target& target,
                                                   const QByteArray& secret, const QSet<QString>& accepted)
{
    static std::once_flag initialised;
    std::call_once(initialised, [] { ssh_init(); });
    std::unique_ptr<SshTunnel> tunnel(new SshTunnel);
    tunnel->m_target = target;
    ssh_session session = ssh_new();
    if (!session)
        return EngineError::local(tr("Out of memory."));
    tunnel->m_session = session;
    const QByteArray host = spec.host.toUtf8();
    const QByteArray user = spec.user.toUtf8();
    const long timeout = 10;
    const QString sshFolder = QDir::homePath() + QStringLiteral("/.ssh/");
    const QByteArray knownHosts = QFile::encodeName(sshFolder + QStringLiteral("known_hosts"));
    const QByteArray config = QFile::encodeName(sshFolder + QStringLiteral("config"));
    ssh_options_set(session, SSH_OPTIONS_HOST, host.constData());
    ssh_options_set(session, SSH_OPTIONS_KNOWNHOSTS, knownHosts.constData());
    // The DBA's own ~/.ssh/config (HOME's, which libssh would not take from the environment) fills
    // in what the profile leaves open: HostName, Port, User, IdentityFile, UserKnownHostsFile.
    const bool processDefaultConfig = false;
    ssh_options_set(session, SSH_OPTIONS_PROCESS_CONFIG, &processDefaultConfig);
    if (QFile::exists(QFile::decodeName(config))
        && ssh_options_parse_config(session, config.constData()) != 0)
        return tunnelError(tr("%1 could not be read.").arg(QFile::decodeName(config)),
                           tr("Check the file's syntax with: ssh -G %1").arg(spec.host), "tunnel_down");
    char* proxy = nullptr;
    if (ssh_options_get(session, SSH_OPTIONS_PROXYCOMMAND, &proxy) == SSH_OK && proxy) {
        const QString command = QString::fromUtf8(proxy);
        ssh_string_free_char(proxy);
        if (command != QLatin1String("none"))
            return tunnelError(
                tr("~/.ssh/config reaches %1 through a ProxyCommand or ProxyJump (%2), which this tool does "
                   "not run.")
                    .arg(spec.host, command),
                tr("Give the last jump host itself as the SSH host, or open that tunnel yourself and point "
                   "the connection at its local end."),
                "tunnel_down");
    }
    if (spec.port > 0) {
        const unsigned int port = unsigned(spec.port);
        ssh_options_set(session, SSH_OPTIONS_PORT, &port);
    }
    if (!user.isEmpty())
        ssh_options_set(session, SSH_OPTIONS_USER, user.constData());
    ssh_options_set(session, SSH_OPTIONS_TIMEOUT, &timeout);
    unsigned int port = 22;
    ssh_options_get_port(session, &port);
    char* resolved = nullptr;
    QString realHost = spec.host;
    if (ssh_options_get(session, SSH_OPTIONS_HOST, &resolved) == SSH_OK && resolved) {
        realHost = QString::fromUtf8(resolved);
        ssh_string_free_char(resolved);
    }
    QString login = spec.user;
    char* configured = nullptr;
    if (ssh_options_get(session, SSH_OPTIONS_USER, &configured) == SSH_OK && configured) {
        login = QString::fromUtf8(configured);
        ssh_string_free_char(configured);
    }
    const QString bastion = QStringLiteral("%1:%2").arg(realHost).arg(port);
    if (ssh_connect(session) != SSH_OK)
        return tunnelError(tr("The SSH tunnel to %1 could not connect: %2.")
                               .arg(bastion, QString::fromUtf8(ssh_get_error(session))),
                           tr("Check the bastion host, its port and that it accepts SSH from here."),
                           "tunnel_down");

    tunnel->m_fingerprint = fingerprintOf(session);
    switch (ssh_session_is_known_server(session)) {
    case SSH_KNOWN_HOSTS_OK:
        break;
    case SSH_KNOWN_HOSTS_CHANGED:
    case SSH_KNOWN_HOSTS_OTHER:
        return tunnelError(
            tr("The host key of %1 has CHANGED (it now shows %2): someone may be posing as the bastion, "
               "or it was reinstalled. Nothing was sent.")
                .arg(bastion, tunnel->m_fingerprint),
            tr("Ask the bastion's administrator for its fingerprint; if the change is genuine, remove the "
               "old "
               "line with: ssh-keygen -R '[%1]:%2'")
                .arg(realHost)
                .arg(port),
            "host_key_changed");
    case SSH_KNOWN_HOSTS_NOT_FOUND:
    case SSH_KNOWN_HOSTS_UNKNOWN:
        if (tunnel->m_fingerprint.isEmpty() || !accepted.contains(tunnel->m_fingerprint))
            return tunnelError(
                tr("The host key of %1 is not known (fingerprint %2); nothing was sent.")
                    .arg(bastion, tunnel->m_fingerprint),
                tr("Compare the fingerprint with the bastion's own (ssh-keygen -lf on its host key), then "
                   "accept it: 'Trust this host key' in the wizard, --accept-host-key %1 on the command "
                   "line.")
                    .arg(tunnel->m_fingerprint),
                "host_key_unknown");
        if (ssh_session_update_known_hosts(session) != SSH_OK)
            return tunnelError(
                tr("The accepted host key of %1 could not be added to %2: %3.")
                    .arg(bastion, QFile::decodeName(knownHosts), QString::fromUtf8(ssh_get_error(session))),
                tr("Check that ~/.ssh exists and is writable."), "host_key_unknown");
        break;
    case SSH_KNOWN_HOSTS_ERROR:
        return tunnelError(tr("The host key of %1 could not be checked: %2.")
                               .arg(bastion, QString::fromUtf8(ssh_get_error(session))),
                           tr("Check ~/.ssh/known_hosts."), "host_key_unknown");
    }

    int authenticated = SSH_AUTH_DENIED;
    switch (spec.auth) {
    case SshTunnelSpec::Auth::Agent:
        authenticated = ssh_userauth_agent(session, nullptr);
        break;
    case SshTunnelSpec::Auth::Key: {
        if (spec.keyFile.isEmpty()) { // ~/.ssh/config's IdentityFile, else the default key files
            authenticated = ssh_userauth_publickey_auto(session, nullptr,
                                                        secret.isEmpty() ? nullptr : secret.constData());
            break;
        }
        ssh_key key = nullptr;
        const QByteArray path = QFile::encodeName(spec.keyFile);
        if (ssh_pki_import_privkey_file(path.constData(), secret.isEmpty() ? nullptr : secret.constData(),
                                        nullptr, nullptr, &key)
            != SSH_OK)
            return tunnelError(tr("The SSH key %1 could not be read (missing, unreadable, or a wrong "
                                  "passphrase).")
                                   .arg(spec.keyFile),
                               tr("Check the key file and its passphrase."), "ssh_auth_failed");
        authenticated = ssh_userauth_publickey(session, nullptr, key);
        ssh_key_free(key);
        break;
    }
    case SshTunnelSpec::Auth::Password:
        authenticated = ssh_userauth_password(session, nullptr, secret.constData());
        break;
    }
    if (authenticated != SSH_AUTH_SUCCESS)
        return tunnelError(tr("The bastion %1 refused the SSH login of %2 by %3.")
                               .arg(bastion, login, SshTunnelSpec::authKey(spec.auth)),
                           spec.auth == SshTunnelSpec::Auth::Agent
                               ? tr("Check that ssh-agent runs (SSH_AUTH_SOCK) and holds a key the bastion "
                                    "accepts for this user.")
                               : tr("Check the user and that the bastion accepts this key or password."),
                           "ssh_auth_failed");

    // A bastion that vanishes without closing (a cut network) is noticed within about a minute,
    // idle or not, instead of after TCP's retransmission timeout.
    const int sshFd = ssh_get_fd(session);
    const int on = 1, idle = 30, interval = 10, probes = 3;
    const unsigned int userTimeoutMs = 60000;
    ::setsockopt(sshFd, SOL_SOCKET, SO_KEEPALIVE, &on, sizeof(on));
    ::setsockopt(sshFd, IPPROTO_TCP, TCP_KEEPIDLE, &idle, sizeof(idle));
    ::setsockopt(sshFd, IPPROTO_TCP, TCP_KEEPINTVL, &interval, sizeof(interval));
    ::setsockopt(sshFd, IPPROTO_TCP, TCP_KEEPCNT, &probes, sizeof(probes));
    ::setsockopt(sshFd, IPPROTO_TCP, TCP_USER_TIMEOUT, &userTimeoutMs, sizeof(userTimeoutMs));

    tunnel->m_listenFd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    address.sin_port = 0;
    socklen_t length = sizeof(address);
    if (tunnel->m_listenFd < 0
        || ::bind(tunnel->m_listenFd, reinterpret_cast<sockaddr*>(&address), sizeof(address)) != 0
        || ::listen(tunnel->m_listenFd, 16) != 0
        || ::getsockname(tunnel->m_listenFd, reinterpret_cast<sockaddr*>(&address), &length) != 0)
        return EngineError::local(tr("No local port could be opened for the SSH tunnel."));
    tunnel->m_localPort = ntohs(address.sin_port);
    tunnel->m_alive = true;
    tunnel->m_thread = std::thread([raw = tunnel.get()] { raw->forward(); });
    return tunnel;
}

void SshTunnel::forward()
{
    struct Pair
    {
        int client = -1;
        ssh_channel channel = nullptr;
    };
    std::vector<Pair> pairs;
    const auto drop = [](Pair& pair) {
        if (pair.channel) {
            ssh_channel_send_eof(pair.channel);
            ssh_channel_close(pair.channel);
            ssh_channel_free(pair.channel);
        }
        ::close(pair.client);
        pair.client = -1;
    };
    const QByteArray targetHost = m_target.host.toUtf8();
    std::vector<char> buffer(64 * 1024);
    // The session's own traffic (its end, keepalives, rekeying) is processed through an event even
    // when no channel reads: otherwise a closed bastion leaves its socket readable and this loop spins.
    ssh_event event = ssh_event_new();
    if (event)
        ssh_event_add_session(event, m_session);
    while (!m_stop.load()) {
        std::vector<pollfd> fds;
        fds.push_back({m_listenFd, POLLIN, 0});
        fds.push_back({ssh_get_fd(m_session), POLLIN, 0});
        for (const Pair& pair : pairs)
            fds.push_back({pair.client, POLLIN, 0});
        ::poll(fds.data(), nfds_t(fds.size()), 20);
        if ((fds[1].revents & (POLLIN | POLLHUP | POLLERR | POLLNVAL))
            && (!event || ssh_event_dopoll(event, 0) == SSH_ERROR))
            break;
        if (!ssh_is_connected(m_session))
            break;
        if (fds[0].revents & POLLIN) {
            sockaddr_in peer{};
            socklen_t length = sizeof(peer);
            const int client
                = ::accept4(m_listenFd, reinterpret_cast<sockaddr*>(&peer), &length, SOCK_CLOEXEC);
            if (client >= 0) {
                ssh_channel channel = ssh_channel_new(m_session);
                if (channel
                    && ssh_channel_open_forward(channel, targetHost.constData(), m_target.port, "127.0.0.1",
                                                ntohs(peer.sin_port))
                        == SSH_OK) {
                    pairs.push_back({client, channel});
                } else {
                    if (channel)
                        ssh_channel_free(channel);
                    ::close(client); // the database client sees the connection closed
                }
            }
        }
        for (size_t i = 0; i < pairs.size(); ++i) {
            Pair& pair = pairs[i];
            // A pair accepted in this round has no poll result yet.
            const short events = i + 2 < fds.size() ? fds[i + 2].revents : 0;
            bool closed = false;
            if (events & (POLLIN | POLLHUP | POLLERR)) {
                const ssize_t got = ::recv(pair.client, buffer.data(), buffer.size(), 0);
                if (got <= 0 || ssh_channel_write(pair.channel, buffer.data(), uint32_t(got)) != got)
                    closed = true;
            }
            while (!closed) {
                const int read
                    = ssh_channel_read_nonblocking(pair.channel, buffer.data(), uint32_t(buffer.size()), 0);
                if (read > 0) {
                    if (!sendAll(pair.client, buffer.data(), read))
                        closed = true;
                    continue;
                }
                if (read < 0 || ssh_channel_is_eof(pair.channel) || !ssh_channel_is_open(pair.channel))
                    closed = true;
                break;
            }
            if (closed)
                drop(pair);
        }
        pairs.erase(std::remove_if(pairs.begin(), pairs.end(), [](const Pair& p) { return p.client < 0; }),
                    pairs.end());
    }
    for (Pair& pair : pairs)
        drop(pair);
    if (event) {
        ssh_event_remove_session(event, m_session);
        ssh_event_free(event);
    }
    m_alive = false;
}
