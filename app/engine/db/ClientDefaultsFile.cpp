#include "ClientDefaultsFile.h"

#include "OptionFile.h"
#include "PrivateFile.h"
#include "tunnel/TunnelRegistry.h"
#include "tunnel/TunnelTlsIdentity.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <csignal>
#include <unistd.h>

namespace {

const QString kFolderPrefix = QStringLiteral("replica-wizard-creds-");

} // namespace

ClientDefaultsFile::ClientDefaultsFile()
    : m_dir(QDir::tempPath() + QLatin1Char('/') + kFolderPrefix + QString::number(::getpid())
            + QStringLiteral("-XXXXXX"))
{
}

int ClientDefaultsFile::removeStale()
{
    int removed = 0;
    const QDir temp(QDir::tempPath());
    for (const QFileInfo& folder : temp.entryInfoList({kFolderPrefix + QStringLiteral("*")}, QDir::Dirs)) {
        const pid_t pid
            = pid_t(folder.fileName().mid(kFolderPrefix.size()).section(QLatin1Char('-'), 0, 0).toLong());
        const bool gone = pid > 0 && ::kill(pid, 0) != 0 && errno == ESRCH;
        if (gone && folder.ownerId() == ::getuid() && QDir(folder.filePath()).removeRecursively())
            ++removed;
    }
    return removed;
}

Result<std::unique_ptr<ClientDefaultsFile>> ClientDefaultsFile::create(const ConnectionSpec& spec,
                                                                       const QByteArray& password)
{
    removeStale();
    std::unique_ptr<ClientDefaultsFile> file(new ClientDefaultsFile);
    if (!file->m_dir.isValid())
        return EngineError::local(
            QCoreApplication::translate("ClientDefaultsFile", "Cannot create a private temporary folder."));
    QFile::setPermissions(file->m_dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    file->m_path = file->m_dir.filePath(QStringLiteral("client.cnf"));

    OptionFile options;
    const QString group = QStringLiteral("client");
    options.setValue(group, QStringLiteral("user"), spec.user.toUtf8());
    options.setValue(group, QStringLiteral("password"), password);
    if (!spec.unixSocket.isEmpty()) {
        options.setValue(group, QStringLiteral("socket"), QFile::encodeName(spec.unixSocket));
    } else {
        QByteArray host = spec.host.toUtf8();
        int port = spec.port;
        if (spec.ssh.enabled()) { // the tool connects to the tunnel's loopback end
            const Result<int> local = TunnelRegistry::instance().localPort(spec);
            if (!local)
                return local.error();
            host = QByteArrayLiteral("127.0.0.1");
            port = local.value();
            // The tools would check the certificate against 127.0.0.1: the endpoint's name is
            // checked here, and the tools verify the chain against the same CA.
            if (spec.tls == TlsMode::VerifyIdentity) {
                const Result<QByteArray> verified = TunnelTlsIdentity::verify(spec, port);
                if (!verified)
                    return verified.error();
            }
        }
        options.setValue(group, QStringLiteral("host"), host);
        options.setValue(group, QStringLiteral("port"), QByteArray::number(port));
        options.setValue(group, QStringLiteral("protocol"), "tcp");
    }
    options.setValue(group, QStringLiteral("default-character-set"), "utf8mb4");
    if (spec.tls == TlsMode::Disabled) {
        options.setValue(group, QStringLiteral("skip-ssl"), {});
    } else {
        if (!spec.sslCa.isEmpty())
            options.setValue(group, QStringLiteral("ssl-ca"), QFile::encodeName(spec.sslCa));
        if (!spec.sslCert.isEmpty())
            options.setValue(group, QStringLiteral("ssl-cert"), QFile::encodeName(spec.sslCert));
        if (!spec.sslKey.isEmpty())
            options.setValue(group, QStringLiteral("ssl-key"), QFile::encodeName(spec.sslKey));
        if (spec.tls == TlsMode::VerifyIdentity && (!spec.ssh.enabled() || !spec.unixSocket.isEmpty()))
            options.setValue(group, QStringLiteral("ssl-verify-server-cert"), {});
    }
    const Status written = PrivateFile::write(file->m_path, options.toText());
    if (!written)
        return written.error();
    return file;
}

ClientDefaultsFile::~ClientDefaultsFile()
{
    if (!m_path.isEmpty())
        QFile::remove(m_path);
}
