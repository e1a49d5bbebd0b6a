#pragma once

#include <QString>

#include <functional>

// How `sandbox start` builds its three servers.
struct SandboxOptions
{
    QString directory;
    bool writeLoad = false; // steady writes on the source from the start
    bool loadDemoData = true; // the shop data set (~100k rows)
    bool adminMayShowReplicaStatus = true; // false: admin has only CALL mysql.rds_replica_status
    bool targetServerIdEqualsSource = false;
    int purgeWindowSeconds = 60; // with retention NULL, binlogs older than this are purged
    int rotateSeconds = 30; // the source's binlog is rotated this often
    // When set: TLS on every server with ca.pem and <role>-cert.pem / <role>-key.pem from here.
    QString tlsDir;
    std::function<void(const QString&)> progress;
};
