#pragma once

#include "ChangeSourceOptions.h"
#include "ReplicaStatus.h"
#include "ServerVersion.h"
#include "SourceStatus.h"
#include "db/ResultSet.h"

#include <QStringList>

#include <optional>

// The one place that knows which SQL a given server flavour and version speaks for replication,
// and what its result columns are called. Nothing else spells SHOW SLAVE/REPLICA STATUS,
// CHANGE MASTER/REPLICATION SOURCE, START/STOP SLAVE/REPLICA or the renamed columns.
class Dialect
{
public:
    explicit Dialect(ServerVersion version);

    const ServerVersion& version() const { return m_version; }

    // MySQL 8.0.22+ and 8.4 use "replica/source" words; 5.7, older 8.0 and MariaDB "slave/master".
    bool usesReplicaSourceTerms() const;

    QString sourceStatusStatement() const;
    QString binaryLogsStatement() const;
    QString binlogEventsStatement(const QString& file, quint64 from, int limit) const;
    QString replicaStatusStatement() const;
    QString startReplicaStatement() const;
    QString stopReplicaStatement() const;
    // On RDS the master user has no privilege to stop or start replication (nor to set binlog
    // retention): Amazon's stored procedures in the mysql schema do it.
    enum class Hosting
    {
        SelfManaged,
        Rds
    };
    QString startReplicaStatement(Hosting hosting) const;
    QString stopReplicaStatement(Hosting hosting) const;
    static QString rdsConfigurationStatement();
    static QString rdsSetBinlogRetentionStatement(int hours);
    static QString rdsReplicaStatusStatement();
    // A self-managed source's binary log expiry (RDS: rdsSetBinlogRetentionStatement): MySQL 8
    // SET PERSIST binlog_expire_logs_seconds, MariaDB 10.6+ SET GLOBAL binlog_expire_logs_seconds,
    // older servers SET GLOBAL expire_logs_days (whole days, rounded up).
    QString binlogExpiryStatement(int hours) const;
    // False where the expiry set at runtime is lost in a restart: the configuration file's line.
    bool binlogExpiryPersists() const;
    QString binlogExpiryConfigLine(int hours) const;
    QString stopReplicaSqlThreadStatement() const;
    QString startReplicaSqlThreadStatement() const;
    QString resetReplicaAllStatement() const;
    QString changeSourceStatement(const ChangeSourceOptions& options) const;
    // GTID positioning. MariaDB: the GTID position a binlog file/position is at, read on the
    // source (column `gtid`, NULL when the file is gone or the position is not an event's start).
    // Empty on MySQL, whose replicas report their executed set themselves.
    QString gtidAtPositionStatement(const QString& file, quint64 position) const;
    // Where the replica starts applying: MariaDB gtid_slave_pos, MySQL gtid_purged (which needs an
    // empty gtid_executed on the target).
    QString setGtidStartStatement(const QString& gtidSet) const;
    // RESET MASTER, or MySQL 8.4's RESET BINARY LOGS AND GTIDS: empties a target's own GTIDs.
    QString resetBinaryLogsStatement() const;
    // The server's own GTID positions: columns `binlog` (what its binary log holds) and `applied`
    // (MariaDB gtid_slave_pos; MySQL gtid_executed).
    QString gtidPositionsStatement() const;

    // Replication filter ignoring these wildcard patterns (e.g. "mysql.rds%"); MariaDB sets a
    // global variable, MySQL uses CHANGE REPLICATION FILTER. The replica must be stopped.
    QString ignoreTablesFilterStatement(const QStringList& wildPatterns) const;
    // Replicate only tables matching these patterns (e.g. "shop.%"). The replica must be stopped.
    QString doTablesFilterStatement(const QStringList& wildPatterns) const;
    // The same filters as lines of the server's configuration file ([mysqld] section): neither
    // SET GLOBAL nor CHANGE REPLICATION FILTER survives a restart.
    QStringList filterConfigLines(const QStringList& ignorePatterns, const QStringList& doPatterns) const;
    // Where the replica's wild-table filters were set: columns `name` and `origin`, one row per
    // filter; empty statement when the server cannot tell.
    QString filterOriginStatement() const;
    // True when every filter the result lists was set at startup (configuration file), so it
    // survives a restart; nullopt when the result tells nothing.
    std::optional<bool> parseFiltersPersistent(const ResultSet& result) const;
    // The replicas connected to this source, with their server ids.
    QString replicaHostsStatement() const;
    QList<quint64> parseReplicaHostIds(const ResultSet& result) const;

    // The plugin a new account gets (column `plugin`): MySQL 8.0 @@default_authentication_plugin,
    // 8.4 the first entry of @@authentication_policy ("*" or empty: caching_sha2_password). Empty
    // statement where it is always mysql_native_password (MySQL 5.7, MariaDB).
    QString defaultAuthPluginStatement() const;
    QString defaultAuthPlugin(const ResultSet& result) const;

    // CREATE EVENT's state for an event that must not run on a replica.
    QString eventDisabledOnReplicaClause() const;
    // An account nobody can log in with: locked, and a password hash no password has.
    QString createLockedAccountStatement(const QString& account) const;

    // Replica status columns, in the order tried: this version's name first, then the other.
    enum class ReplicaField
    {
        IoState,
        SourceHost,
        SourcePort,
        SourceUser,
        ReadSourceLogFile,
        ReadSourceLogPos,
        RelayLogFile,
        RelayLogPos,
        ExecSourceLogFile,
        ExecSourceLogPos,
        RelayLogSpace,
        IoRunning,
        SqlRunning,
        SecondsBehind,
        LastIoErrno,
        LastIoError,
        LastSqlErrno,
        LastSqlError,
        SourceServerId,
        SourceUuid,
        SqlDelay,
        SqlRunningState,
        UsingGtid,
        GtidIoPos,
        RetrievedGtidSet,
        ExecutedGtidSet,
        ReplicateWildIgnoreTable,
        ReplicateWildDoTable,
        ReplicateDoDb,
    };
    QStringList columnNames(ReplicaField field) const;

    // nullopt when the result has no row: the server is not a replica.
    std::optional<ReplicaStatus> parseReplicaStatus(const ResultSet& result) const;
    // nullopt when the result has no row: binary logging is off.
    std::optional<SourceStatus> parseSourceStatus(const ResultSet& result) const;

private:
    ServerVersion m_version;
};
