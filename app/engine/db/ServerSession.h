#pragma once

#include "SqlSession.h"

#include <QByteArray>
#include <QList>
#include <QMutex>

#include <atomic>

struct st_mysql;

// One client connection to one server, used by one thread at a time.
//
// Built on MariaDB Connector/C rather than Qt's QMYSQL driver: Qt 6.4's driver cannot enforce
// TLS, cannot verify the server's host name, silently drops unknown options and cannot return
// every result set of a CALL. Every call has the connect/read timeouts of its ConnectionSpec,
// so a hung server costs at most those seconds. Statements are never logged here.
class ServerSession : public SqlSession
{
public:
    explicit ServerSession(ConnectionSpec spec);
    ~ServerSession() override;
    ServerSession(const ServerSession&) = delete;
    ServerSession& operator=(const ServerSession&) = delete;

    // The password is used for the handshake only; it is not kept by this object.
    Status open(const QByteArray& password);
    // Before open(): let LOAD DATA LOCAL INFILE read from a handler the caller installs on the
    // native handle (the fast copy). Off by default: no server can ask this client for a file.
    void allowLocalInfile(bool allowed) { m_localInfile = allowed; }
    bool isOpen() const { return m_mysql.load() != nullptr; }
    void close();

    // First result set of the statement (empty for statements without one); later result sets,
    // as a CALL returns, are read and dropped.
    Result<ResultSet> query(const QString& sql) override;
    // Every result set the statement returns, in order (for CALL of RDS procedures).
    Result<QList<ResultSet>> queryAll(const QString& sql);

    // From another thread: makes the running call fail at once. The session is unusable after.
    void abort() override;

    const ConnectionSpec& spec() const override { return m_spec; }
    // Cipher of the TLS session, empty when the connection is not encrypted.
    QString tlsCipher() const;
    unsigned long connectionId() const override { return m_threadId; }

    // For Connector/C APIs beyond SQL (the replication protocol); owned by this session.
    st_mysql* nativeHandle() const { return m_mysql.load(); }
    // The last error of the native handle, classified.
    EngineError nativeError() const { return lastError(); }

    // Call once from main() before any thread opens a session.
    static void initializeLibrary();

private:
    EngineError lastError() const;

    ConnectionSpec m_spec;
    // Atomic, and closing and aborting under a lock: abort() comes from other threads.
    std::atomic<st_mysql*> m_mysql{nullptr};
    std::atomic<unsigned long> m_threadId{0};
    QMutex m_handleMutex;
    std::atomic_bool m_aborted{false};
    bool m_localInfile = false;
};
