#pragma once

#include "ScriptedSession.h"
#include "db/ServerRole.h"

#include <memory>

// A scripted server that answers what inspection, preflight and planning ask, from the recorded
// result sets of one server version (tests/data/resultsets/<recorded>__*.json).
struct ScriptedServer
{
    QString recorded = QStringLiteral("mariadb-10.11.6");
    ServerRole role = ServerRole::Source;
    quint64 serverId = 933302652; // the recorded replicas replicate from this id
    bool rds = true;
    bool retentionSet = false; // RDS: 'binlog retention hours' NULL
    double retentionHours = 0;
    bool logBin = true;
    QString binlogFormat = QStringLiteral("ROW");
    bool replica = false; // answers its recorded replica status
    // GTIDs: MySQL gtid_mode and gtid_executed; MariaDB gtid_strict_mode and gtid_binlog_pos. The
    // replica status' Auto_Position / Using_Gtid when usingGtid is set.
    QString gtidMode = QStringLiteral("OFF");
    QString gtidExecuted;
    bool gtidStrictMode = false;
    QString gtidBinlogPos;
    QString usingGtid;
    QString auroraVersion; // non-empty: Aurora MySQL
    bool replicaSqlRunning = true;
    quint64 maxAllowedPacket = 67108864;
    QStringList schemas{QStringLiteral("shop")};
    bool replicationAccount = false;
    QStringList replicationGrants{QStringLiteral("GRANT REPLICATION SLAVE ON *.* TO `repl`@`%`")};
    // The replication account's plugin (mysql.user), and the default for new accounts (MySQL 8.0
    // @@default_authentication_plugin; 8.4 @@authentication_policy, "*,," meaning the default).
    QString replicationPlugin = QStringLiteral("caching_sha2_password");
    QString defaultAuthentication = QStringLiteral("caching_sha2_password");
    QString authenticationPolicy = QStringLiteral("*,,");
    QStringList enabledEvents; // "schema.event"
    QString timeZone = QStringLiteral("SYSTEM");
    int timeZoneNames = 0; // rows of mysql.time_zone_name

    std::shared_ptr<ScriptedSession> build() const;
};
