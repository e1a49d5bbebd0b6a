#include "Sandbox.h"

#include "SandboxSql.h"
#include "db/OptionFile.h"
#include "db/PrivateFile.h"
#include "db/ServerSession.h"
#include "db/SqlText.h"
#include "profile/Profile.h"
#include "profile/SecretsFile.h"
#include "replication/Dialect.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSettings>
#include <QThread>
#include <QtConcurrent/QtConcurrentRun>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace {

const QString kStateFile = QStringLiteral("sandbox.ini");

QString roleFolder(const QString& directory, ServerRole role)
{
    return directory + QLatin1Char('/') + ServerRoles::key(role);
}

QString rootOptionFile(const QString& directory, ServerRole role)
{
    return roleFolder(directory, role) + QStringLiteral("/root.cnf");
}

// Passwords with every character that needs quoting somewhere (SQL literals, option files, the
// shell): quotes, '#', ';', backslashes and non-ASCII letters, each at least once.
QByteArray randomPassword()
{
    static const QString plain
        = QStringLiteral("abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789-_");
    static const QString awkward = QStringLiteral("#;'\"\\\u00e4\u00df\u20ac");
    auto* rng = QRandomGenerator::system();
    QString password;
    for (int i = 0; i < 12; ++i)
        password.append(plain.at(rng->bounded(int(plain.size()))));
    for (const QChar c : awkward)
        password.insert(rng->bounded(int(password.size()) + 1), c);
    return password.toUtf8();
}

// A free TCP port on 127.0.0.1: bind to port 0 and read back what the kernel chose.
int freePort()
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0)
        return 0;
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    addr.sin_port = 0;
    int port = 0;
    if (::bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof(addr)) == 0) {
        socklen_t len = sizeof(addr);
        if (::getsockname(fd, reinterpret_cast<sockaddr*>(&addr), &len) == 0)
            port = ntohs(addr.sin_port);
    }
    ::close(fd);
    return port;
}

void report(const SandboxOptions& options, const QString& message)
{
    if (options.progress)
        options.progress(message);
}

Status executeAll(ServerSession& session, const QStringList& statements)
{
    for (const QString& sql : statements) {
        const Status done = session.execute(sql);
        if (!done)
            return done.error().withContext(session.spec().describe() + QStringLiteral(": ")
                                            + SqlText::redacted(sql));
    }
    return Done{};
}

// Root gets a password, RDS's accounts are created, nothing of it goes to the binlog.
Status secureServer(const SandboxServer& server, const QByteArray& rootPassword,
                    const QByteArray& adminPassword, const QByteArray& replAdminPassword,
                    const SandboxOptions& options)
{
    ServerSession session(server.rootSpec());
    const Status opened = session.open({});
    if (!opened)
        return opened.error();
    // Root only on the socket (root@localhost), with a password; no anonymous accounts.
    const QStringList sql{QStringLiteral("SET SESSION sql_log_bin = 0"),
                          QStringLiteral("DELETE FROM mysql.global_priv WHERE User = '' OR "
                                         "(User = 'root' AND Host <> 'localhost')"),
                          QStringLiteral("FLUSH PRIVILEGES"),
                          QStringLiteral("ALTER USER 'root'@'localhost' IDENTIFIED BY %1")
                              .arg(SqlText::literal(QString::fromUtf8(rootPassword)))};
    const Status rootDone = executeAll(session, sql);
    if (!rootDone)
        return rootDone;
    QStringList accounts;
    const QString admin = SqlText::account(QStringLiteral("admin"), QStringLiteral("%"));
    const ServerRole role = server.config().role;
    if (role == ServerRole::Target) {
        // The external server: the DBA's own account with every privilege. It is not named like
        // the RDS master user, which defines the copied objects and does not exist here.
        const QString dba
            = SqlText::account(QString::fromLatin1(Sandbox::TargetAdminUser), QStringLiteral("%"));
        accounts << QStringLiteral("CREATE USER %1 IDENTIFIED BY %2")
                        .arg(dba, SqlText::literal(QString::fromUtf8(adminPassword)))
                 << QStringLiteral("GRANT ALL PRIVILEGES ON *.* TO %1 WITH GRANT OPTION").arg(dba);
    } else {
        // RDS's own account owns the rds_* procedures and events; nobody logs in with it.
        const QString rdsadmin = SqlText::account(QStringLiteral("rdsadmin"), QStringLiteral("localhost"));
        accounts << QStringLiteral("CREATE USER %1 IDENTIFIED BY %2 ACCOUNT LOCK")
                        .arg(rdsadmin, SqlText::literal(QString::fromUtf8(randomPassword())))
                 << QStringLiteral("GRANT ALL PRIVILEGES ON *.* TO %1 WITH GRANT OPTION").arg(rdsadmin);
        // The RDS master user: no SUPER, RELOAD, FILE or SHUTDOWN.
        QString grants = QStringLiteral(
            "SELECT, INSERT, UPDATE, DELETE, CREATE, DROP, PROCESS, REFERENCES, INDEX, ALTER, SHOW "
            "DATABASES, "
            "CREATE TEMPORARY TABLES, LOCK TABLES, EXECUTE, REPLICATION SLAVE, BINLOG MONITOR, CREATE VIEW, "
            "SHOW VIEW, CREATE ROUTINE, ALTER ROUTINE, CREATE USER, EVENT, TRIGGER");
        const bool selfManaged = (role == ServerRole::Staging && !options.stagingIsRds)
            || (role == ServerRole::Source && !options.sourceIsRds);
        if (options.adminMayShowReplicaStatus || selfManaged)
            grants += QStringLiteral(", SLAVE MONITOR");
        if (selfManaged) // a DBA's own server: its DBA stops and starts replication, sets the expiry
            grants += QStringLiteral(", REPLICATION SLAVE ADMIN, BINLOG ADMIN");
        accounts << QStringLiteral("CREATE USER %1 IDENTIFIED BY %2")
                        .arg(admin, SqlText::literal(QString::fromUtf8(adminPassword)))
                 << QStringLiteral("GRANT %1 ON *.* TO %2 WITH GRANT OPTION").arg(grants, admin);
        const QString replAdmin = SqlText::account(QStringLiteral("rdsrepladmin"), QStringLiteral("%"));
        accounts << QStringLiteral("CREATE USER %1 IDENTIFIED BY %2")
                        .arg(replAdmin, SqlText::literal(QString::fromUtf8(replAdminPassword)))
                 << QStringLiteral("GRANT REPLICATION SLAVE ON *.* TO %1").arg(replAdmin);
    }
    return executeAll(session, accounts);
}

Status writeRootOptionFile(const QString& path, const SandboxServer& server, const QByteArray& password)
{
    OptionFile file;
    file.setValue(QStringLiteral("client"), QStringLiteral("user"), "root");
    file.setValue(QStringLiteral("client"), QStringLiteral("password"), password);
    file.setValue(QStringLiteral("client"), QStringLiteral("socket"), QFile::encodeName(server.socketPath()));
    return PrivateFile::write(path, file.toText());
}

ConnectionSpec adminSpec(ServerRole role, int port)
{
    ConnectionSpec spec;
    spec.role = role;
    spec.host = QStringLiteral("127.0.0.1");
    spec.port = port;
    spec.user = role == ServerRole::Target ? QString::fromLatin1(Sandbox::TargetAdminUser)
                                           : QStringLiteral("admin");
    spec.tls = TlsMode::Disabled;
    spec.readTimeoutSeconds = 300;
    return spec;
}

// Waits until the staging replica has executed everything the source had logged when called.
Status waitForCatchUp(ServerSession& source, ServerSession& staging, int timeoutSeconds)
{
    Result<ResultSet> version
        = source.query(QStringLiteral("SELECT VERSION() AS version, @@version_comment AS c"));
    if (!version)
        return version.error();
    const Dialect dialect(ServerVersion::parse(version->text(0, u"version"), version->text(0, u"c")));
    Result<ResultSet> master = source.query(dialect.sourceStatusStatement());
    if (!master)
        return master.error();
    const auto sourceStatus = dialect.parseSourceStatus(master.value());
    if (!sourceStatus)
        return EngineError::local(Sandbox::tr("The sandbox source has no binary log."));
    const QDeadlineTimer deadline(timeoutSeconds * 1000);
    while (!deadline.hasExpired()) {
        Result<ResultSet> rs = staging.query(dialect.replicaStatusStatement());
        if (!rs)
            return rs.error();
        const auto replica = dialect.parseReplicaStatus(rs.value());
        if (!replica)
            return EngineError::local(Sandbox::tr("The sandbox staging replica is not replicating."));
        if (replica->lastSqlErrno != 0 || replica->lastIoErrno != 0)
            return EngineError::local(Sandbox::tr("The sandbox staging replica failed: %1 %2")
                                          .arg(replica->lastIoError, replica->lastSqlError));
        if (replica->execSourceLogFile > sourceStatus->binlogFile
            || (replica->execSourceLogFile == sourceStatus->binlogFile
                && replica->execSourceLogPos >= sourceStatus->binlogPosition))
            return Done{};
        QThread::msleep(200);
    }
    return EngineError::local(
        Sandbox::tr("The sandbox staging replica did not catch up within %1 s.").arg(timeoutSeconds));
}

Status writeProfile(const QString& directory, const QHash<ServerRole, int>& ports, bool withDemoData)
{
    Profile profile;
    for (ServerRole role : ServerRoles::all()) {
        profile.connection(role) = adminSpec(role, ports.value(role));
        profile.connection(role).readTimeoutSeconds = 10;
    }
    profile.replicationUser = QStringLiteral("repl");
    profile.replicationHost = QStringLiteral("%");
    profile.strategy = SetupStrategy::StagingReplica;
    profile.retentionHours = 48;
    if (withDemoData)
        profile.databases = Sandbox::copiedSchemas();
    return ProfileFile::save(profile, directory + QStringLiteral("/profile.ini"));
}

} // namespace

Result<Sandbox::Info> Sandbox::start(const SandboxOptions& options)
{
    const QString directory = QDir(options.directory).absolutePath();
    QDir dir(directory);
    if (dir.exists() && !dir.isEmpty() && !QFile::exists(dir.filePath(kStateFile)))
        return EngineError::local(tr("%1 is not empty and holds no sandbox.").arg(directory),
                                  tr("Choose an empty or new folder."));
    if (QFile::exists(dir.filePath(kStateFile))) {
        for (ServerRole role : ServerRoles::all()) {
            if (SandboxServer::isRunning(roleFolder(directory, role)))
                return EngineError::local(
                    tr("A sandbox is already running in %1.").arg(directory),
                    tr("Stop it first: replica-wizard-cli sandbox stop --dir %1").arg(directory));
        }
        // A stopped sandbox is rebuilt from scratch.
        for (ServerRole role : ServerRoles::all())
            QDir(roleFolder(directory, role)).removeRecursively();
        QFile::remove(dir.filePath(kStateFile));
    }
    if (!dir.mkpath(QStringLiteral(".")))
        return EngineError::local(tr("Cannot create %1.").arg(directory));

    Result<Info> info = build(directory, options);
    if (!info) {
        report(options, tr("Stopping what was started..."));
        stop(directory);
    }
    return info;
}

Result<Sandbox::Info> Sandbox::build(const QString& directory, const SandboxOptions& options)
{
    QDir dir(directory);
    QHash<ServerRole, int> ports;
    for (ServerRole role : ServerRoles::all()) {
        int port = 0;
        do {
            port = freePort();
        } while (port != 0 && ports.values().contains(port));
        if (port == 0)
            return EngineError::local(tr("No free TCP port was found on 127.0.0.1."));
        ports.insert(role, port);
    }
    const QHash<ServerRole, quint32> serverIds{
        {ServerRole::Source, SourceServerId},
        {ServerRole::Staging, StagingServerId},
        {ServerRole::Target, options.targetServerIdEqualsSource ? SourceServerId : options.targetServerId}};

    QList<SandboxServer> servers;
    for (ServerRole role : ServerRoles::all()) {
        SandboxServer::Config config;
        config.role = role;
        config.folder = roleFolder(directory, role);
        config.port = ports.value(role);
        config.serverId = serverIds.value(role);
        config.logBin = role != ServerRole::Target || options.gtid;
        // The staging replica keeps RDS's default (OFF): the stop/start procedures record their
        // calls in a table of its own, binlogged there, which strict mode would refuse (1950) once
        // replication resumes.
        config.gtidStrictMode = options.gtid && role != ServerRole::Staging;
        if (role == ServerRole::Source && !options.sourceIsRds)
            config.binlogExpireSeconds = 3600;
        config.readOnly = role == ServerRole::Staging;
        config.binlogFormat = options.binlogFormat;
        config.tlsDir = options.tlsDir.isEmpty() ? QString() : QDir(options.tlsDir).absolutePath();
        servers.append(SandboxServer(config));
    }

    // Record the layout first, so that `sandbox stop` finds whatever did start.
    {
        QSettings state(dir.filePath(kStateFile), QSettings::IniFormat);
        for (const SandboxServer& server : servers) {
            state.beginGroup(ServerRoles::key(server.config().role));
            state.setValue(QStringLiteral("port"), server.config().port);
            state.setValue(QStringLiteral("server_id"), server.config().serverId);
            state.setValue(QStringLiteral("folder"), server.config().folder);
            state.endGroup();
        }
        state.sync();
    }

    report(options, tr("Initialising three MariaDB data directories..."));
    QList<QFuture<Status>> inits;
    for (SandboxServer& server : servers)
        inits.append(QtConcurrent::run([&server] { return server.initialize(); }));
    for (QFuture<Status>& init : inits) {
        const Status done = init.result();
        if (!done)
            return done.error();
    }

    QHash<ServerRole, QByteArray> rootPasswords;
    for (SandboxServer& server : servers) {
        report(options,
               tr("Starting the %1 server on 127.0.0.1:%2...")
                   .arg(ServerRoles::displayName(server.config().role))
                   .arg(server.config().port));
        const Status started = server.start();
        if (!started)
            return started.error();
    }
    const QByteArray adminPassword = randomPassword();
    const QByteArray targetPassword = randomPassword();
    const QByteArray replAdminPassword = randomPassword();
    for (SandboxServer& server : servers) {
        const Status ready = server.waitUntilReady(60, {});
        if (!ready)
            return ready.error();
        const ServerRole role = server.config().role;
        const QByteArray rootPassword = randomPassword();
        const Status secured
            = secureServer(server, rootPassword, role == ServerRole::Target ? targetPassword : adminPassword,
                           replAdminPassword, options);
        if (!secured)
            return secured.error();
        rootPasswords.insert(role, rootPassword);
        const Status written = writeRootOptionFile(rootOptionFile(directory, role), server, rootPassword);
        if (!written)
            return written.error();
    }

    report(options,
           tr("Installing the RDS emulation (rdsadmin, mysql.rds_* procedures, heartbeat, binlog "
              "purging)..."));
    for (const SandboxServer& server : servers) {
        const ServerRole role = server.config().role;
        if (role == ServerRole::Target)
            continue;
        const Status common = SandboxSql::runScript(server.rootSpec(), rootPasswords.value(role),
                                                    QStringLiteral("rds_common.sql"));
        if (!common)
            return common.error();
        // A self-managed replica of the RDS primary: RDS's tables arrive by replication, its
        // procedures do not exist there.
        if ((role == ServerRole::Staging && !options.stagingIsRds)
            || (role == ServerRole::Source && !options.sourceIsRds))
            continue;
        const Status procedures = SandboxSql::runScript(server.rootSpec(), rootPasswords.value(role),
                                                        QStringLiteral("rds_procedures.sql"));
        if (!procedures)
            return procedures.error();
    }
    const SandboxServer& source = servers.at(0);
    const SandboxServer& staging = servers.at(1);
    const Status sourceScript = SandboxSql::runScript(
        source.rootSpec(), rootPasswords.value(ServerRole::Source), QStringLiteral("rds_source.sql"));
    if (!sourceScript)
        return sourceScript.error();

    ServerSession sourceRoot(source.rootSpec());
    ServerSession stagingRoot(staging.rootSpec());
    for (ServerSession* session : {&sourceRoot, &stagingRoot}) {
        const Status opened = session->open(rootPasswords.value(session->spec().role));
        if (!opened)
            return opened.error();
    }
    report(options, tr("Making the staging server a read replica of the source..."));
    {
        Result<ResultSet> version
            = sourceRoot.query(QStringLiteral("SELECT VERSION() AS v, @@version_comment AS c"));
        if (!version)
            return version.error();
        const Dialect dialect(ServerVersion::parse(version->text(0, u"v"), version->text(0, u"c")));
        Result<ResultSet> master = sourceRoot.query(dialect.sourceStatusStatement());
        if (!master)
            return master.error();
        const auto position = dialect.parseSourceStatus(master.value());
        if (!position)
            return EngineError::local(tr("The sandbox source has no binary log."));
        QStringList statements;
        if (options.gtid) {
            Result<ResultSet> gtid = sourceRoot.query(dialect.gtidPositionsStatement());
            if (!gtid)
                return gtid.error();
            statements << dialect.setGtidStartStatement(gtid->text(0, u"binlog"));
        }
        ChangeSourceOptions change;
        change.host = QStringLiteral("127.0.0.1");
        change.port = source.config().port;
        change.user = QStringLiteral("rdsrepladmin");
        change.password = QString::fromUtf8(replAdminPassword);
        change.logFile = position->binlogFile;
        change.logPosition = position->binlogPosition;
        change.connectRetrySeconds = 2;
        change.gtidAutoPosition = options.gtid;
        statements << dialect.changeSourceStatement(change) << dialect.startReplicaStatement();
        const Status replicating = executeAll(stagingRoot, statements);
        if (!replicating)
            return replicating.error();
    }

    if (options.gtid) {
        // A DBA's own schema on the target, written before any setup: GTIDs of the target's own in
        // the source's replication domain 0, as on a real target with its binary log on.
        ServerSession targetRoot(servers.at(2).rootSpec());
        const Status opened = targetRoot.open(rootPasswords.value(ServerRole::Target));
        if (!opened)
            return opened.error();
        const Status written = executeAll(
            targetRoot,
            {QStringLiteral("CREATE DATABASE dba_local"),
             QStringLiteral("CREATE TABLE dba_local.notes (id INT PRIMARY KEY, note VARCHAR(100))"),
             QStringLiteral("INSERT INTO dba_local.notes VALUES (1, 'the DBA''s own table')")});
        if (!written)
            return written.error();
    }

    if (options.loadDemoData) {
        report(options, tr("Loading the demo data sets into the source (as admin)..."));
        for (const QString& script : {QStringLiteral("shop_schema.sql"), QStringLiteral("shop_data.sql"),
                                      QStringLiteral("legacy_schema.sql")}) {
            const Status loaded = SandboxSql::runScript(adminSpec(ServerRole::Source, source.config().port),
                                                        adminPassword, script);
            if (!loaded)
                return loaded.error();
        }
    }
    report(options, tr("Waiting for the staging replica to catch up..."));
    const Status caughtUp = waitForCatchUp(sourceRoot, stagingRoot, 180);
    if (!caughtUp)
        return caughtUp.error();

    // Fast purging only once staging is connected and caught up.
    const Status settings
        = executeAll(sourceRoot,
                     {QStringLiteral("SET SESSION sql_log_bin = 0"),
                      QStringLiteral("UPDATE mysql.rds_sandbox_settings SET value = '%1' WHERE name = "
                                     "'purge_window_seconds'")
                          .arg(options.sourceIsRds ? options.purgeWindowSeconds
                                                   : 10 * 365 * 86400), // the server's own expiry purges
                      QStringLiteral("UPDATE mysql.rds_sandbox_settings SET value = '%1' WHERE name = "
                                     "'rotate_seconds'")
                          .arg(options.rotateSeconds)});
    if (!settings)
        return settings.error();

    if (options.writeLoad) {
        const Status load = setWriteLoad(directory, true);
        if (!load)
            return load.error();
    }

    const Status profile = writeProfile(directory, ports, options.loadDemoData);
    if (!profile)
        return profile.error();
    const Status secrets = SecretsFile::write(dir.filePath(QStringLiteral("secrets.cnf")),
                                              {{QStringLiteral("source"), adminPassword},
                                               {QStringLiteral("staging"), adminPassword},
                                               {QStringLiteral("target"), targetPassword},
                                               {QStringLiteral("replication"), randomPassword()}});
    if (!secrets)
        return secrets.error();
    return read(directory);
}

Status Sandbox::stop(const QString& directory)
{
    const QString absolute = QDir(directory).absolutePath();
    if (!QFile::exists(absolute + QLatin1Char('/') + kStateFile))
        return EngineError::local(tr("%1 holds no sandbox.").arg(absolute));
    QList<QFuture<Status>> stops;
    for (ServerRole role : ServerRoles::all()) {
        const QString folder = roleFolder(absolute, role);
        stops.append(QtConcurrent::run([folder] { return SandboxServer::stop(folder); }));
    }
    for (QFuture<Status>& stop : stops) {
        const Status stopped = stop.result();
        if (!stopped)
            return stopped.error();
    }
    return Done{};
}

Status Sandbox::setWriteLoad(const QString& directory, bool enabled)
{
    const Result<std::unique_ptr<ServerSession>> session = rootSession(directory, ServerRole::Source);
    if (!session)
        return session.error();
    // A plain ALTER EVENT would make root the event's definer; the procedure keeps rdsadmin.
    return executeAll(*session.value(),
                      {QStringLiteral("CALL mysql.rds_sandbox_set_load(%1)").arg(enabled ? 1 : 0)});
}

Status Sandbox::restart(const QString& directory, ServerRole role)
{
    const QString folder = roleFolder(QDir(directory).absolutePath(), role);
    auto access = rootAccess(directory, role);
    if (!access)
        return access.error();
    const Status stopped = SandboxServer::stop(folder);
    if (!stopped)
        return stopped;
    const Status started = SandboxServer::launch(folder);
    if (!started)
        return started;
    return SandboxServer::waitUntilReady(folder, access->first, access->second, 60);
}

QStringList Sandbox::copiedSchemas()
{
    return {QStringLiteral("shop"), QStringLiteral("shop_media"), QStringLiteral("shop_audit"),
            QStringLiteral("legacy-crm")};
}

Result<Sandbox::Info> Sandbox::read(const QString& directory)
{
    const QString absolute = QDir(directory).absolutePath();
    const QString statePath = absolute + QLatin1Char('/') + kStateFile;
    if (!QFile::exists(statePath))
        return EngineError::local(tr("%1 holds no sandbox.").arg(absolute));
    QSettings state(statePath, QSettings::IniFormat);
    Info info;
    info.directory = absolute;
    for (ServerRole role : ServerRoles::all()) {
        state.beginGroup(ServerRoles::key(role));
        info.ports.insert(role, state.value(QStringLiteral("port")).toInt());
        info.serverIds.insert(role, state.value(QStringLiteral("server_id")).toUInt());
        state.endGroup();
    }
    info.profilePath = absolute + QStringLiteral("/profile.ini");
    info.secretsPath = absolute + QStringLiteral("/secrets.cnf");
    return info;
}

Result<std::unique_ptr<ServerSession>> Sandbox::rootSession(const QString& directory, ServerRole role)
{
    const Result<QPair<ConnectionSpec, QByteArray>> access = rootAccess(directory, role);
    if (!access)
        return access.error();
    auto session = std::make_unique<ServerSession>(access->first);
    const Status opened = session->open(access->second);
    if (!opened)
        return opened.error();
    return session;
}

Result<QPair<ConnectionSpec, QByteArray>> Sandbox::rootAccess(const QString& directory, ServerRole role)
{
    const QString absolute = QDir(directory).absolutePath();
    QFile file(rootOptionFile(absolute, role));
    if (!file.open(QIODevice::ReadOnly))
        return EngineError::local(tr("%1 holds no sandbox.").arg(absolute));
    Result<OptionFile> options = OptionFile::parse(file.readAll());
    if (!options)
        return options.error();
    ConnectionSpec spec;
    spec.role = role;
    spec.user = QStringLiteral("root");
    spec.unixSocket = QFile::decodeName(options->value(QStringLiteral("client"), QStringLiteral("socket")));
    spec.tls = TlsMode::Disabled;
    spec.readTimeoutSeconds = 120;
    return qMakePair(spec, options->value(QStringLiteral("client"), QStringLiteral("password")));
}
