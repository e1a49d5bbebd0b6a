#include "ClientDefaultsFile.h"

#include "OptionFile.h"
#include "PrivateFile.h"

#include <QCoreApplication>
#include <QFile>

Result<std::unique_ptr<ClientDefaultsFile>> ClientDefaultsFile::create(const ConnectionSpec& spec,
                                                                       const QByteArray& password)
{
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
        options.setValue(group, QStringLiteral("host"), spec.host.toUtf8());
        options.setValue(group, QStringLiteral("port"), QByteArray::number(spec.port));
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
        if (spec.tls == TlsMode::VerifyIdentity)
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
