#pragma once

#include "SandboxOptions.h"
#include "SandboxServer.h"
#include "db/Result.h"

#include <QCoreApplication>
#include <QHash>

// Three MariaDB servers on loopback that behave like Amazon RDS where Replica Wizard can tell:
// a source (the RDS primary), a staging replica (an RDS read replica of it) and a plain target.
// See docs/sandbox.md. Writes DIR/profile.ini, DIR/secrets.cnf (0600) and DIR/sandbox.ini.
class Sandbox
{
    Q_DECLARE_TR_FUNCTIONS(Sandbox)

public:
    struct Info
    {
        QString directory;
        QHash<ServerRole, int> ports;
        QHash<ServerRole, quint32> serverIds;
        QString profilePath;
        QString secretsPath;
    };

    static Result<Info> start(const SandboxOptions& options);
    static Status stop(const QString& directory);
    // Turns the steady write load on the source on or off.
    static Status setWriteLoad(const QString& directory, bool enabled);
    static Result<Info> read(const QString& directory);

    // Root session of one server (Unix socket) and its password, for tests and tooling.
    static Result<QPair<ConnectionSpec, QByteArray>> rootAccess(const QString& directory, ServerRole role);

private:
    static Result<Info> build(const QString& directory, const SandboxOptions& options);

public:
    static constexpr quint32 SourceServerId = 933302652;
    static constexpr quint32 StagingServerId = 1517654908;
    static constexpr quint32 TargetServerId = 807509301;
};
