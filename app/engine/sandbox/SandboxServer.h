#pragma once

#include "db/ConnectionSpec.h"
#include "db/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

// One MariaDB server of the sandbox, with its data, socket, logs and config under one folder.
class SandboxServer
{
    Q_DECLARE_TR_FUNCTIONS(SandboxServer)

public:
    struct Config
    {
        ServerRole role = ServerRole::Source;
        QString folder; // absolute
        int port = 0;
        quint32 serverId = 0;
        bool logBin = false;
        bool readOnly = false;
        bool gtidStrictMode = false;
        int binlogExpireSeconds = 0; // 0: the server's default (no expiry)
        QString binlogFormat = QStringLiteral("MIXED");
        QString tlsDir; // see SandboxOptions::tlsDir
    };

    explicit SandboxServer(Config config);

    const Config& config() const { return m_config; }
    QString dataDir() const;
    QString socketPath() const;
    QString tmpDir() const;
    QString pidFile() const { return pidFile(m_config.folder); }
    QString errorLog() const { return errorLog(m_config.folder); }
    QString configFile() const { return configFile(m_config.folder); }
    // The same files of the server in `folder`.
    static QString pidFile(const QString& folder);
    static QString errorLog(const QString& folder);
    static QString configFile(const QString& folder);

    // Runs mariadb-install-db (slow part; may run for three servers at once via startInitialize).
    Status initialize();
    // Writes the config and starts mariadbd detached, so it outlives this process.
    Status start();
    // Waits until root can log in over the socket (root has no password until secured).
    Status waitUntilReady(int timeoutSeconds, const QByteArray& rootPassword);
    static Status waitUntilReady(const QString& folder, const ConnectionSpec& root,
                                 const QByteArray& rootPassword, int timeoutSeconds);
    // Starts mariadbd detached with the my.cnf already in `folder` (a restart).
    static Status launch(const QString& folder);
    qint64 pid() const;

    // A root session over the Unix socket.
    ConnectionSpec rootSpec() const;

    // True while the server started from `folder` runs (checked by pid and command line).
    static bool isRunning(const QString& folder);
    // Stops the server that was started from `folder`, by its pid file; never by name.
    static Status stop(const QString& folder, int timeoutSeconds = 60);

    // The pid startDetached() reported, written at once (mariadbd writes its own pid file later).
    static QString launchedPidFile(const QString& folder);

private:
    Config m_config;
};
