#include "ConnectionSpec.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>

QString ConnectionSpec::endpoint() const
{
    if (!unixSocket.isEmpty())
        return unixSocket;
    return QStringLiteral("%1:%2").arg(host).arg(port);
}

QString ConnectionSpec::describe() const
{
    return QStringLiteral("%1 %2@%3").arg(ServerRoles::displayName(role), user, endpoint());
}

std::optional<EngineError> ConnectionSpec::problem() const
{
    if (!unixSocket.isEmpty())
        return std::nullopt;
    const QString who = ServerRoles::displayName(role);
    if (host.trimmed().isEmpty())
        return EngineError::local(tr("No host is given for the %1.").arg(who),
                                  tr("Enter the server's host name or IP address."));
    // Host names (RFC 1123 labels), IPv4 and IPv6 addresses; nothing else reaches the resolver.
    static const QRegularExpression validHost(
        QStringLiteral("^(\\[?[0-9A-Fa-f:.]+\\]?|[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
                       "(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*\\.?)$"));
    if (!validHost.match(host).hasMatch())
        return EngineError::local(
            tr("'%1' is not a valid host name or IP address for the %2.").arg(host, who),
            tr("Enter a host name such as db.example.com or an address such as "
               "10.0.0.5, without spaces, scheme or port."));
    if (port < 1 || port > 65535)
        return EngineError::local(tr("Port %1 of the %2 is outside 1 to 65535.").arg(port).arg(who),
                                  tr("MySQL and MariaDB listen on 3306 unless configured otherwise."));
    if (user.isEmpty())
        return EngineError::local(tr("No user is given for the %1.").arg(who),
                                  tr("Enter the account to connect as."));
    if (tls != TlsMode::Disabled) {
        const struct
        {
            const QString& path;
            const char* what;
        } files[] = {{sslCa, QT_TRANSLATE_NOOP("ConnectionSpec", "CA file")},
                     {sslCert, QT_TRANSLATE_NOOP("ConnectionSpec", "client certificate")},
                     {sslKey, QT_TRANSLATE_NOOP("ConnectionSpec", "client key")}};
        for (const auto& file : files) {
            if (file.path.isEmpty())
                continue;
            const QFileInfo info(file.path);
            if (!info.isFile() || !info.isReadable())
                return EngineError::local(tr("The %1 %2 for the %3 does not exist or cannot be read.")
                                              .arg(tr(file.what), file.path, who),
                                          tr("Check the path and the file's permissions."));
        }
        if (sslCert.isEmpty() != sslKey.isEmpty())
            return EngineError::local(
                tr("The %1 has a client certificate without its key, or a key without its certificate.")
                    .arg(who),
                tr("Give both files, or neither."));
        if ((tls == TlsMode::VerifyCa || tls == TlsMode::VerifyIdentity) && sslCa.isEmpty())
            return EngineError::local(
                tr("TLS mode '%1' for the %2 needs a CA file to verify against.")
                    .arg(TlsModes::key(tls), who),
                tr("Give the CA file (for RDS: the region's global-bundle.pem), or choose 'required'."));
    }
    if (ssh.enabled()) {
        if (ssh.port < 0 || ssh.port > 65535)
            return EngineError::local(
                tr("The SSH port %1 of the %2 is outside 1 to 65535.").arg(ssh.port).arg(who),
                tr("SSH listens on 22 unless configured otherwise; leave it empty to use ~/.ssh/config."));
        if (ssh.auth == SshTunnelSpec::Auth::Key && !ssh.keyFile.isEmpty()
            && !QFileInfo(ssh.keyFile).isReadable())
            return EngineError::local(tr("The SSH key file '%1' for the %2 does not exist or cannot be read.")
                                          .arg(ssh.keyFile, who),
                                      tr("Give the private key's path (ssh_key=), or use ssh_auth=agent."));
    }
    return std::nullopt;
}

bool ConnectionSpec::operator==(const ConnectionSpec& other) const
{
    return role == other.role && host == other.host && port == other.port && user == other.user
        && tls == other.tls && sslCa == other.sslCa && sslCert == other.sslCert && sslKey == other.sslKey
        && unixSocket == other.unixSocket && connectTimeoutSeconds == other.connectTimeoutSeconds
        && readTimeoutSeconds == other.readTimeoutSeconds && ssh == other.ssh;
}
