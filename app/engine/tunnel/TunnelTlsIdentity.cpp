#include "TunnelTlsIdentity.h"

#include "db/ErrorCatalog.h"

#include <QHostAddress>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QtEndian>

namespace {

constexpr int sslConnectionError = 2026; // CR_SSL_CONNECTION_ERROR

EngineError tlsError(const QString& message)
{
    return ErrorCatalog::classify(sslConnectionError, message, QStringLiteral("HY000"));
}

// One protocol packet: 3-byte little-endian length, sequence number, payload.
bool readPacket(QSslSocket& socket, QByteArray* payload, int timeoutMs)
{
    QByteArray buffer;
    while (true) {
        if (buffer.size() >= 4) {
            const int length
                = int(quint8(buffer[0])) | int(quint8(buffer[1])) << 8 | int(quint8(buffer[2])) << 16;
            if (buffer.size() >= 4 + length) {
                *payload = buffer.mid(4, length);
                return true;
            }
        }
        if (!socket.waitForReadyRead(timeoutMs))
            return false;
        buffer += socket.readAll();
    }
}

} // namespace

Result<QByteArray> TunnelTlsIdentity::verify(const ConnectionSpec& spec, int localPort, int timeoutMs)
{
    const QList<QSslCertificate> authorities = QSslCertificate::fromPath(spec.sslCa);
    if (authorities.isEmpty())
        return tlsError(tr("The CA file %1 holds no certificate.").arg(spec.sslCa));

    QSslSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, quint16(localPort));
    if (!socket.waitForConnected(timeoutMs))
        return tlsError(tr("The tunnel's local end did not answer: %1").arg(socket.errorString()));
    QByteArray greeting;
    if (!readPacket(socket, &greeting, timeoutMs) || greeting.isEmpty())
        return tlsError(tr("The server sent no greeting through the tunnel."));
    if (quint8(greeting[0]) == 0xff) // an error packet: 2-byte code, then the message
        return ErrorCatalog::classify(qFromLittleEndian<quint16>(greeting.constData() + 1),
                                      QString::fromUtf8(greeting.mid(3)));
    // Protocol 10: version, server version (NUL-ended), thread id (4), scramble (8), filler (1),
    // capability flags (lower 2 bytes).
    const qsizetype versionEnd = greeting.indexOf('\0', 1);
    const qsizetype capabilityAt = versionEnd + 1 + 4 + 8 + 1;
    if (quint8(greeting[0]) != 10 || versionEnd < 0 || greeting.size() < capabilityAt + 2)
        return tlsError(tr("The server's greeting through the tunnel is not a MySQL protocol greeting."));
    constexpr quint32 clientLongPassword = 0x1, clientProtocol41 = 0x200, clientSsl = 0x800,
                      clientSecureConnection = 0x8000;
    if (!(qFromLittleEndian<quint16>(greeting.constData() + capabilityAt) & clientSsl))
        return tlsError(tr("The server does not offer TLS."));

    QByteArray request(4 + 32, '\0');
    request[0] = 32; // payload length
    request[3] = 1; // sequence
    qToLittleEndian<quint32>(clientLongPassword | clientProtocol41 | clientSsl | clientSecureConnection,
                             request.data() + 4);
    qToLittleEndian<quint32>(16 * 1024 * 1024, request.data() + 8);
    request[12] = 45; // utf8mb4_general_ci
    socket.write(request);
    if (!socket.waitForBytesWritten(timeoutMs))
        return tlsError(tr("The SSL request could not be sent through the tunnel."));

    QSslConfiguration configuration = socket.sslConfiguration();
    configuration.setCaCertificates(authorities);
    configuration.setPeerVerifyMode(QSslSocket::VerifyPeer);
    socket.setSslConfiguration(configuration);
    socket.setPeerVerifyName(spec.host);
    socket.startClientEncryption();
    if (!socket.waitForEncrypted(timeoutMs)) {
        QStringList reasons;
        for (const QSslError& error : socket.sslHandshakeErrors())
            reasons << error.errorString();
        if (reasons.isEmpty())
            reasons << socket.errorString();
        return tlsError(tr("The certificate of %1 does not prove it is %2: %3")
                            .arg(spec.describe(), spec.host, reasons.join(QStringLiteral("; "))));
    }
    const QByteArray fingerprint = socket.peerCertificate().digest(QCryptographicHash::Sha1).toHex();
    socket.abort(); // before logging in: the session that follows logs in
    return fingerprint;
}
