#include "ServerSession.h"

#include "ErrorCatalog.h"
#include "tunnel/TunnelRegistry.h"
#include "tunnel/TunnelTlsIdentity.h"

#include <QCoreApplication>

#include <errmsg.h>
#include <mysql.h>

namespace {

ResultSet readResult(MYSQL_RES* result)
{
    const unsigned int fieldCount = mysql_num_fields(result);
    MYSQL_FIELD* fields = mysql_fetch_fields(result);
    QStringList columns;
    columns.reserve(int(fieldCount));
    for (unsigned int i = 0; i < fieldCount; ++i)
        columns.append(QString::fromUtf8(fields[i].name, int(fields[i].name_length)));

    QList<ResultSet::Row> rows;
    while (MYSQL_ROW row = mysql_fetch_row(result)) {
        const unsigned long* lengths = mysql_fetch_lengths(result);
        ResultSet::Row values;
        values.reserve(int(fieldCount));
        for (unsigned int i = 0; i < fieldCount; ++i) {
            if (row[i] == nullptr)
                values.append(QVariant());
            else
                values.append(QString::fromUtf8(row[i], qsizetype(lengths[i])));
        }
        rows.append(std::move(values));
    }
    return ResultSet(std::move(columns), std::move(rows));
}

} // namespace

void ServerSession::initializeLibrary()
{
    mysql_library_init(0, nullptr, nullptr);
}

ServerSession::ServerSession(ConnectionSpec spec)
    : m_spec(std::move(spec))
{
}

ServerSession::~ServerSession()
{
    close();
}

void ServerSession::close()
{
    QMutexLocker lock(&m_handleMutex);
    if (st_mysql* mysql = m_mysql.exchange(nullptr))
        mysql_close(mysql);
    m_threadId = 0;
}

Status ServerSession::open(const QByteArray& password)
{
    close();
    m_aborted = false;
    if (const std::optional<EngineError> problem = m_spec.problem())
        return *problem;
    MYSQL* mysql = mysql_init(nullptr);
    if (!mysql)
        return EngineError::local(QCoreApplication::translate("ServerSession", "Out of memory."));

    const unsigned int connectTimeout = unsigned(qMax(1, m_spec.connectTimeoutSeconds));
    const unsigned int readTimeout = unsigned(qMax(1, m_spec.readTimeoutSeconds));
    mysql_optionsv(mysql, MYSQL_OPT_CONNECT_TIMEOUT, &connectTimeout);
    mysql_optionsv(mysql, MYSQL_OPT_READ_TIMEOUT, &readTimeout);
    mysql_optionsv(mysql, MYSQL_OPT_WRITE_TIMEOUT, &readTimeout);
    if (m_spec.unixSocket.isEmpty()) {
        // Always TCP: MySQL clients take "localhost" to mean the local Unix socket, which is not
        // the server the DBA typed a port for.
        const unsigned int tcp = MYSQL_PROTOCOL_TCP;
        mysql_optionsv(mysql, MYSQL_OPT_PROTOCOL, &tcp);
    }
    mysql_optionsv(mysql, MYSQL_SET_CHARSET_NAME, "utf8mb4");
    const my_bool localInfile = m_localInfile ? 1 : 0;
    mysql_optionsv(mysql, MYSQL_OPT_LOCAL_INFILE, &localInfile);
    mysql_optionsv(mysql, MYSQL_READ_DEFAULT_FILE, nullptr);

    if (m_spec.tls != TlsMode::Disabled && m_spec.unixSocket.isEmpty()) {
        const QByteArray ca = m_spec.sslCa.toLocal8Bit();
        const QByteArray cert = m_spec.sslCert.toLocal8Bit();
        const QByteArray key = m_spec.sslKey.toLocal8Bit();
        mysql_ssl_set(mysql, key.isEmpty() ? nullptr : key.constData(),
                      cert.isEmpty() ? nullptr : cert.constData(), ca.isEmpty() ? nullptr : ca.constData(),
                      nullptr, nullptr);
        // Connector/C's "enforce" only means "use TLS": without verification it still falls back to
        // a plain connection when the server has no TLS, which is "preferred"; the stricter modes
        // check the cipher after connecting.
        const my_bool useTls = 1;
        mysql_optionsv(mysql, MYSQL_OPT_SSL_ENFORCE, &useTls);
        const my_bool verifyIdentity = m_spec.tls == TlsMode::VerifyIdentity ? 1 : 0;
        mysql_optionsv(mysql, MYSQL_OPT_SSL_VERIFY_SERVER_CERT, &verifyIdentity);
    }

    QByteArray host = m_spec.host.toUtf8();
    int port = m_spec.port;
    if (m_spec.ssh.enabled() && m_spec.unixSocket.isEmpty()) {
        const Result<int> local = TunnelRegistry::instance().localPort(m_spec);
        if (!local) {
            mysql_close(mysql);
            return local.error();
        }
        host = QByteArrayLiteral("127.0.0.1");
        port = local.value();
        if (m_spec.tls == TlsMode::VerifyIdentity) {
            const Result<QByteArray> pinned = TunnelTlsIdentity::verify(m_spec, port);
            if (!pinned) {
                mysql_close(mysql);
                return pinned.error();
            }
            const my_bool byName = 0; // the name was checked above; the chain is still verified
            mysql_optionsv(mysql, MYSQL_OPT_SSL_VERIFY_SERVER_CERT, &byName);
            mysql_optionsv(mysql, MARIADB_OPT_TLS_PEER_FP, pinned->constData());
        }
    }
    const QByteArray user = m_spec.user.toUtf8();
    const QByteArray socket = m_spec.unixSocket.toLocal8Bit();
    const unsigned long flags = CLIENT_MULTI_RESULTS;
    if (!mysql_real_connect(mysql, socket.isEmpty() ? host.constData() : nullptr, user.constData(),
                            password.constData(), nullptr, socket.isEmpty() ? unsigned(port) : 0,
                            socket.isEmpty() ? nullptr : socket.constData(), flags)) {
        int code = int(mysql_errno(mysql));
        // Connector/C reports a refused TCP connection as 2002 (CR_CONNECTION_ERROR); MySQL's
        // own client, its documentation and DBAs know it as 2003 (CR_CONN_HOST_ERROR).
        if (code == CR_CONNECTION_ERROR && m_spec.unixSocket.isEmpty())
            code = CR_CONN_HOST_ERROR;
        const EngineError error = ErrorCatalog::classify(code, QString::fromUtf8(mysql_error(mysql)),
                                                         QString::fromLatin1(mysql_sqlstate(mysql)));
        mysql_close(mysql);
        return error;
    }
    m_mysql = mysql;
    m_threadId = mysql_thread_id(mysql);

    if (TlsModes::requiresEncryption(m_spec.tls) && tlsCipher().isEmpty()) {
        close();
        return EngineError::local(
            QCoreApplication::translate("ServerSession",
                                        "The connection is not encrypted although TLS mode "
                                        "'%1' requires it.")
                .arg(TlsModes::key(m_spec.tls)),
            QCoreApplication::translate("ServerSession", "Enable TLS on the server or choose a weaker mode."),
            QString::fromLatin1(ErrorCatalog::TlsError));
    }
    return Done{};
}

Result<QList<ResultSet>> ServerSession::queryAll(const QString& sql)
{
    if (!m_mysql)
        return EngineError::local(QCoreApplication::translate("ServerSession", "Not connected."));
    const QByteArray statement = sql.toUtf8();
    if (mysql_real_query(m_mysql, statement.constData(), statement.size()) != 0)
        return lastError();

    QList<ResultSet> results;
    for (;;) {
        if (MYSQL_RES* result = mysql_store_result(m_mysql)) {
            results.append(readResult(result));
            mysql_free_result(result);
        } else if (mysql_field_count(m_mysql) != 0) {
            return lastError();
        }
        const int next = mysql_next_result(m_mysql);
        if (next > 0)
            return lastError();
        if (next < 0)
            break;
    }
    return results;
}

Result<ResultSet> ServerSession::query(const QString& sql)
{
    Result<QList<ResultSet>> all = queryAll(sql);
    if (!all)
        return all.error();
    if (all.value().isEmpty())
        return ResultSet();
    return all.value().constFirst();
}

void ServerSession::abort()
{
    m_aborted = true;
    QMutexLocker lock(&m_handleMutex);
    if (st_mysql* mysql = m_mysql.load())
        mariadb_cancel(mysql);
}

QString ServerSession::tlsCipher() const
{
    if (!m_mysql)
        return {};
    const char* cipher = mysql_get_ssl_cipher(m_mysql);
    return cipher ? QString::fromLatin1(cipher) : QString();
}

EngineError ServerSession::lastError() const
{
    if (m_aborted)
        return EngineError::local(QCoreApplication::translate("ServerSession", "Cancelled."), {},
                                  QString::fromLatin1(ErrorCatalog::Cancelled));
    return ErrorCatalog::classify(int(mysql_errno(m_mysql)), QString::fromUtf8(mysql_error(m_mysql)),
                                  QString::fromLatin1(mysql_sqlstate(m_mysql)));
}
