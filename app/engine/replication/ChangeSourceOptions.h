#pragma once

#include <QString>
#include <QStringList>

// What a replica is pointed at: the parameters of CHANGE MASTER TO / CHANGE REPLICATION SOURCE TO.
struct ChangeSourceOptions
{
    QString host;
    int port = 3306;
    QString user;
    QString password;
    QString logFile;
    quint64 logPosition = 0;
    // GTID auto-positioning instead of file/position: MariaDB MASTER_USE_GTID=slave_pos, MySQL
    // SOURCE_AUTO_POSITION=1 (logFile and logPosition unused).
    bool gtidAutoPosition = false;
    bool positionKnown = true; // false: a plan before the coordinates are read (shown as <position>)
    bool ssl = false;
    QString sslCa;
    QString sslCert;
    QString sslKey;
    bool sslVerifyServerCert = false;
    bool getPublicKey = false; // MySQL 8 caching_sha2_password without TLS
    int connectRetrySeconds = 10;
    int heartbeatPeriodSeconds = 0; // 0: the server's default
};
