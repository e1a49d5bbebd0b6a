#pragma once

#include "db/Result.h"
#include "db/ServerRole.h"
#include "db/ServerSession.h"
#include "profile/Profile.h"

#include <QHash>
#include <QProcessEnvironment>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

// A sandbox that an integration test starts (through the real CLI) in a temp folder and stops.
class SandboxFixture
{
public:
    struct CliResult
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };

    SandboxFixture();
    ~SandboxFixture();

    // Runs `replica-wizard-cli sandbox start --dir <temp> <extra>`; false with a message on failure.
    bool start(const QStringList& extraArguments, QString* message);
    void stop();

    QString directory() const;
    QString profilePath() const;
    QString secretsPath() const;
    Profile profile() const;
    QByteArray password(ServerRole role) const;
    // Every server's password (not the replication account's).
    QHash<ServerRole, QByteArray> passwords() const;
    ConnectionSpec spec(ServerRole role) const;

    // An open session as the profile's user (admin) or as root over the socket.
    std::unique_ptr<ServerSession> adminSession(ServerRole role) const;
    std::unique_ptr<ServerSession> rootSession(ServerRole role) const;

    static CliResult runCli(const QStringList& arguments, int timeoutMs = 120000);
    static CliResult runCli(const QStringList& arguments, int timeoutMs,
                            const QProcessEnvironment& environment);

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    bool m_started = false;
};
