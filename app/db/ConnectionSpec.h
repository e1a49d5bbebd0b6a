#pragma once

#include "ServerRole.h"
#include "TlsMode.h"

#include <QString>

// Where and how to reach one server. Holds no password: secrets travel separately.
struct ConnectionSpec
{
    ServerRole role = ServerRole::Source;
    QString host;
    int port = 3306;
    QString user;
    TlsMode tls = TlsMode::Preferred;
    QString sslCa;
    QString sslCert;
    QString sslKey;
    QString unixSocket; // only for the sandbox's own root sessions
    int connectTimeoutSeconds = 5;
    int readTimeoutSeconds = 10;

    // "host:port" for messages.
    QString endpoint() const;
    // "source admin@host:port" for messages and logs.
    QString describe() const;
};
