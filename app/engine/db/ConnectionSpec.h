#pragma once

#include "EngineError.h"
#include "ServerRole.h"
#include "SshTunnelSpec.h"
#include "TlsMode.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

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
    SshTunnelSpec ssh; // reached through this bastion (host and port as the bastion resolves them)
    int connectTimeoutSeconds = 5;
    int readTimeoutSeconds = 10;

    // "host:port" for messages.
    QString endpoint() const;
    // "source admin@host:port" for messages and logs.
    QString describe() const;
    // What is wrong with this spec before any connection is tried (host, port, TLS files), or an
    // empty optional.
    std::optional<EngineError> problem() const;

    bool operator==(const ConnectionSpec& other) const;
    bool operator!=(const ConnectionSpec& other) const { return !(*this == other); }

    Q_DECLARE_TR_FUNCTIONS(ConnectionSpec) // last: it ends in "private:"
};
