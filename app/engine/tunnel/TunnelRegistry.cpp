#include "TunnelRegistry.h"

#include "SshTunnel.h"

#include <algorithm>

namespace {

QString bastionKey(const SshTunnelSpec& ssh)
{
    return QStringLiteral("%1@%2:%3").arg(ssh.user, ssh.host).arg(ssh.port);
}

} // namespace

TunnelRegistry& TunnelRegistry::instance()
{
    // Never destroyed: at exit its forwarding threads may still run, and libssh may already be
    // torn down; the process's end closes the sockets.
    static TunnelRegistry* registry = new TunnelRegistry;
    return *registry;
}

void TunnelRegistry::acceptHostKey(const QString& fingerprint)
{
    const std::lock_guard<std::mutex> lock(m_mutex);
    m_accepted.insert(fingerprint.trimmed());
}

void TunnelRegistry::setSecret(const SshTunnelSpec& ssh, const QByteArray& secret)
{
    const std::lock_guard<std::mutex> lock(m_mutex);
    m_secrets.insert(bastionKey(ssh), secret);
}

Result<int> TunnelRegistry::localPort(const ConnectionSpec& spec)
{
    const std::lock_guard<std::mutex> lock(m_mutex);
    const QString key = QStringLiteral("%1>%2:%3").arg(bastionKey(spec.ssh), spec.host).arg(spec.port);
    Entry& entry = m_entries[key];
    if (entry.tunnel && entry.tunnel->alive())
        return entry.tunnel->localPort();
    const auto now = std::chrono::steady_clock::now();
    if (entry.lastError && now < entry.retryAfter)
        return *entry.lastError;
    entry.tunnel.reset();
    Result<std::unique_ptr<SshTunnel>> opened = SshTunnel::open(
        spec.ssh, {spec.host, spec.port}, m_secrets.value(bastionKey(spec.ssh)), m_accepted);
    if (!opened) {
        entry.failures += 1;
        entry.lastError = opened.error();
        entry.retryAfter = now + std::chrono::seconds(2 << std::min(entry.failures - 1, 2));
        return opened.error();
    }
    entry.failures = 0;
    entry.lastError.reset();
    entry.tunnel = std::shared_ptr<SshTunnel>(std::move(opened.value()));
    return entry.tunnel->localPort();
}

void TunnelRegistry::closeAll()
{
    const std::lock_guard<std::mutex> lock(m_mutex);
    m_entries.clear();
}
