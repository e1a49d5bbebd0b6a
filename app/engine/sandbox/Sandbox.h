#pragma once

#include "SandboxOptions.h"
#include "SandboxServer.h"
#include "db/Result.h"
#include "db/ServerSession.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

#include <memory>

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
    // Turns the applications' writes on the source on or off: the shop load and the events that
    // write every second (off is what a DBA's write freeze does).
    static Status setWriteLoad(const QString& directory, bool enabled);
    // Stops one server and starts it again with the same configuration (SET GLOBAL settings are
    // gone afterwards, as on a real restart).
    static Status restart(const QString& directory, ServerRole role);
    static Result<Info> read(const QString& directory);

    // Root session of one server (Unix socket) and its password, for tests and tooling.
    static Result<QPair<ConnectionSpec, QByteArray>> rootAccess(const QString& directory, ServerRole role);
    // The same, opened.
    static Result<std::unique_ptr<ServerSession>> rootSession(const QString& directory, ServerRole role);

private:
    static Result<Info> build(const QString& directory, const SandboxOptions& options);

public:
    static constexpr quint32 SourceServerId = 933302652;
    static constexpr quint32 StagingServerId = 1517654908;
    // The DBA's own account on the target: all privileges, and not the RDS master user's name.
    static constexpr const char* TargetAdminUser = "dba";
    // The schemas a sandbox setup copies; `scratch` is written all the time but never copied.
    static QStringList copiedSchemas();
};
