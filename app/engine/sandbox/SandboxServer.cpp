#include "SandboxServer.h"

#include "db/ChildTools.h"
#include "db/ServerSession.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QThread>

#include <csignal>
#include <unistd.h>

namespace {

bool isRoot()
{
    return ::geteuid() == 0;
}

qint64 readPid(const QString& pidFile)
{
    QFile file(pidFile);
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    return file.readAll().trimmed().toLongLong();
}

// True when `pid` is a running mariadbd whose command line names `folder`: a pid reused by
// another process after a crash must never be signalled.
bool isOurServer(qint64 pid, const QString& folder)
{
    if (pid <= 0)
        return false;
    QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(pid));
    if (!cmdline.open(QIODevice::ReadOnly))
        return false;
    const QByteArray text = cmdline.readAll();
    return text.contains("mariadbd") && text.contains(QFile::encodeName(folder));
}

} // namespace

SandboxServer::SandboxServer(Config config)
    : m_config(std::move(config))
{
}

QString SandboxServer::dataDir() const
{
    return m_config.folder + QStringLiteral("/data");
}

QString SandboxServer::tmpDir() const
{
    return m_config.folder + QStringLiteral("/tmp");
}

QString SandboxServer::socketPath() const
{
    return m_config.folder + QStringLiteral("/mariadbd.sock");
}

QString SandboxServer::pidFile(const QString& folder)
{
    return folder + QStringLiteral("/mariadbd.pid");
}

QString SandboxServer::errorLog(const QString& folder)
{
    return folder + QStringLiteral("/error.log");
}

QString SandboxServer::configFile(const QString& folder)
{
    return folder + QStringLiteral("/my.cnf");
}

Status SandboxServer::initialize()
{
    if (!QDir().mkpath(dataDir()) || !QDir().mkpath(tmpDir()))
        return EngineError::local(tr("Cannot create %1.").arg(dataDir()));
    const QString installDb = ChildTools::find({"mariadb-install-db", "mysql_install_db"});
    if (installDb.isEmpty())
        return EngineError::local(tr("mariadb-install-db was not found."),
                                  tr("Install the mariadb-server package (scripts/install-deps.sh does)."));
    QStringList args{QStringLiteral("--no-defaults"), QStringLiteral("--datadir=") + dataDir(),
                     QStringLiteral("--auth-root-authentication-method=normal"),
                     QStringLiteral("--skip-test-db"), QStringLiteral("--skip-name-resolve"),
                     // Servers clean up '#sql' files in their tmpdir: never share one.
                     QStringLiteral("--tmpdir=") + tmpDir()};
    if (isRoot())
        args.append(QStringLiteral("--user=root"));
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(installDb, args);
    if (!process.waitForFinished(180000) || process.exitStatus() != QProcess::NormalExit
        || process.exitCode() != 0)
        return EngineError::local(tr("mariadb-install-db failed for the %1 server: %2")
                                      .arg(ServerRoles::displayName(m_config.role),
                                           QString::fromLocal8Bit(process.readAll()).right(2000)));
    return Done{};
}

Status SandboxServer::start()
{
    QStringList lines{QStringLiteral("[mariadbd]"),
                      QStringLiteral("datadir=") + dataDir(),
                      QStringLiteral("port=%1").arg(m_config.port),
                      QStringLiteral("bind-address=127.0.0.1"),
                      QStringLiteral("socket=") + socketPath(),
                      QStringLiteral("pid-file=") + pidFile(),
                      QStringLiteral("log-error=") + errorLog(),
                      QStringLiteral("tmpdir=") + tmpDir(),
                      QStringLiteral("server-id=%1").arg(m_config.serverId),
                      QStringLiteral("skip-name-resolve"),
                      QStringLiteral("character-set-server=utf8mb4"),
                      QStringLiteral("collation-server=utf8mb4_unicode_ci"),
                      QStringLiteral("innodb-buffer-pool-size=128M"),
                      QStringLiteral("innodb-log-file-size=48M"),
                      QStringLiteral("innodb-flush-log-at-trx-commit=2"),
                      QStringLiteral("performance-schema=OFF"),
                      QStringLiteral("max-connections=200"),
                      QStringLiteral("max-allowed-packet=64M"),
                      QStringLiteral("event-scheduler=ON"),
                      QStringLiteral("log-bin-trust-function-creators=1"),
                      QStringLiteral("relay-log=relay-bin")};
    if (m_config.logBin) {
        // RDS names its binlogs mysql-bin-changelog.NNNNNN.
        lines << QStringLiteral("log-bin=mysql-bin-changelog")
              << QStringLiteral("binlog-format=%1").arg(m_config.binlogFormat)
              << QStringLiteral("log-slave-updates=1") << QStringLiteral("sync-binlog=0");
    }
    if (m_config.readOnly)
        lines << QStringLiteral("read-only=1");
    if (m_config.binlogExpireSeconds > 0)
        lines << QStringLiteral("binlog-expire-logs-seconds=%1").arg(m_config.binlogExpireSeconds);
    if (m_config.gtidStrictMode)
        lines << QStringLiteral("gtid-strict-mode=1");
    if (!m_config.tlsDir.isEmpty()) {
        const QDir tls(m_config.tlsDir);
        lines << QStringLiteral("ssl-ca=") + tls.filePath(QStringLiteral("ca.pem"))
              << QStringLiteral("ssl-cert=")
                + tls.filePath(ServerRoles::key(m_config.role) + QStringLiteral("-cert.pem"))
              << QStringLiteral("ssl-key=")
                + tls.filePath(ServerRoles::key(m_config.role) + QStringLiteral("-key.pem"));
    }
    if (isRoot())
        lines << QStringLiteral("user=root");
    QFile file(configFile());
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return EngineError::local(tr("Cannot write %1: %2").arg(configFile(), file.errorString()));
    file.write(lines.join(QLatin1Char('\n')).toUtf8() + '\n');
    file.close();

    return launch(m_config.folder);
}

Status SandboxServer::launch(const QString& folder)
{
    const QString mariadbd = ChildTools::find({"mariadbd", "mysqld"});
    if (mariadbd.isEmpty())
        return EngineError::local(tr("mariadbd was not found."),
                                  tr("Install the mariadb-server package (scripts/install-deps.sh does)."));
    QFile::remove(pidFile(folder));
    QProcess process;
    process.setProgram(mariadbd);
    process.setArguments({QStringLiteral("--defaults-file=") + configFile(folder)});
    process.setWorkingDirectory(folder);
    process.setStandardOutputFile(folder + QStringLiteral("/stdout.log"), QIODevice::Append);
    process.setStandardErrorFile(folder + QStringLiteral("/stdout.log"), QIODevice::Append);
    process.setStandardInputFile(QProcess::nullDevice());
    qint64 pid = 0;
    if (!process.startDetached(&pid))
        return EngineError::local(tr("mariadbd could not be started: %1").arg(process.errorString()));
    // Known before mariadbd writes its own pid file, so a failed start can still be cleaned up.
    QFile launched(launchedPidFile(folder));
    if (launched.open(QIODevice::WriteOnly | QIODevice::Truncate))
        launched.write(QByteArray::number(pid) + '\n');
    return Done{};
}

Status SandboxServer::waitUntilReady(int timeoutSeconds, const QByteArray& rootPassword)
{
    return waitUntilReady(m_config.folder, rootSpec(), rootPassword, timeoutSeconds);
}

Status SandboxServer::waitUntilReady(const QString& folder, const ConnectionSpec& root,
                                     const QByteArray& rootPassword, int timeoutSeconds)
{
    const QDeadlineTimer deadline(timeoutSeconds * 1000);
    EngineError last = EngineError::local(tr("The server did not start."));
    while (!deadline.hasExpired()) {
        if (QFile::exists(root.unixSocket)) {
            ServerSession session(root);
            const Status opened = session.open(rootPassword);
            if (opened)
                return Done{};
            last = opened.error();
        }
        QThread::msleep(200);
    }
    QFile log(errorLog(folder));
    QString tail;
    if (log.open(QIODevice::ReadOnly))
        tail = QString::fromLocal8Bit(log.readAll().right(1500));
    return EngineError::local(
        tr("The %1 server did not become ready within %2 s (%3). Its log ends with:\n%4")
            .arg(ServerRoles::displayName(root.role))
            .arg(timeoutSeconds)
            .arg(last.toText(), tail));
}

qint64 SandboxServer::pid() const
{
    return readPid(pidFile());
}

ConnectionSpec SandboxServer::rootSpec() const
{
    ConnectionSpec spec;
    spec.role = m_config.role;
    spec.user = QStringLiteral("root");
    spec.unixSocket = socketPath();
    spec.tls = TlsMode::Disabled;
    spec.connectTimeoutSeconds = 5;
    spec.readTimeoutSeconds = 120;
    return spec;
}

QString SandboxServer::launchedPidFile(const QString& folder)
{
    return folder + QStringLiteral("/launched.pid");
}

bool SandboxServer::isRunning(const QString& folder)
{
    return isOurServer(readPid(pidFile(folder)), folder)
        || isOurServer(readPid(launchedPidFile(folder)), folder);
}

Status SandboxServer::stop(const QString& folder, int timeoutSeconds)
{
    qint64 pid = readPid(pidFile(folder));
    if (!isOurServer(pid, folder))
        pid = readPid(launchedPidFile(folder));
    if (!isOurServer(pid, folder))
        return Done{}; // not running
    ::kill(pid_t(pid), SIGTERM);
    const QDeadlineTimer deadline(timeoutSeconds * 1000);
    while (!deadline.hasExpired()) {
        if (!isOurServer(pid, folder))
            return Done{};
        QThread::msleep(100);
    }
    ::kill(pid_t(pid), SIGKILL);
    QThread::msleep(500);
    if (isOurServer(pid, folder))
        return EngineError::local(tr("The server with pid %1 in %2 did not stop.").arg(pid).arg(folder));
    return Done{};
}
