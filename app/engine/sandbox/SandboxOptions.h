#pragma once

#include <QString>

#include <functional>

// How `sandbox start` builds its three servers. The defaults are production-shaped: what a DBA
// meets with a real RDS database and a real external target (see docs/sandbox.md).
struct SandboxOptions
{
    QString directory;
    bool writeLoad = false; // steady shop writes on the source from the start
    bool loadDemoData = true; // the shop and legacy-crm data sets
    // RDS MariaDB 10.5+: the master user may not run SHOW SLAVE STATUS, only
    // CALL mysql.rds_replica_status. true: it may (as on older RDS versions).
    bool adminMayShowReplicaStatus = false;
    // false: the staging replica is a self-managed server (no RDS procedures; its DBA may stop
    // and start replication and read its status).
    bool stagingIsRds = true;
    // false: the source is a self-managed primary (no RDS procedures; its DBA account may set the
    // binary log expiry, which starts at one hour, binlog_expire_logs_seconds=3600).
    bool sourceIsRds = true;
    // 1 is MySQL's and MariaDB's default, so many external targets run with it.
    quint32 targetServerId = 1;
    bool targetServerIdEqualsSource = false;
    // RDS MariaDB's default; ROW where a test needs row events (e.g. to cause error 1032).
    QString binlogFormat = QStringLiteral("MIXED");
    // MariaDB GTIDs in use: gtid_strict_mode on the source and the target, the staging replica
    // positioned by GTID (MASTER_USE_GTID=slave_pos), and the target with a binary log and GTIDs of
    // its own (a DBA's schema written before the setup).
    bool gtid = false;
    int purgeWindowSeconds = 60; // with retention NULL, binlogs older than this are purged
    int rotateSeconds = 30; // the source's binlog is rotated this often
    // When set: TLS on every server with ca.pem and <role>-cert.pem / <role>-key.pem from here.
    QString tlsDir;
    std::function<void(const QString&)> progress;
};
