#pragma once

#include "db/ServerSession.h"
#include "profile/Profile.h"
#include "sandbox/SandboxOptions.h"

#include <QHash>
#include <QTemporaryDir>

class SetupWizard;
class StartWindow;

// A production-shaped sandbox for one benchmark, in a temporary folder, stopped when this goes;
// with the profile and passwords, and the wizard walked to its plan.
class BenchSandbox
{
public:
    explicit BenchSandbox(bool writeLoad);
    ~BenchSandbox();
    BenchSandbox(const BenchSandbox&) = delete;
    BenchSandbox& operator=(const BenchSandbox&) = delete;

    // Empty when it started; otherwise why not.
    QString error() const { return m_error; }
    QString directory() const { return m_options.directory; }
    QString profilePath() const { return m_profilePath; }
    QString secretsPath() const { return m_secretsPath; }
    QString setupsFolder() const { return m_dir.filePath(QStringLiteral("setups")); }
    const Profile& profile() const { return m_profile; }
    std::unique_ptr<ServerSession> rootSession(ServerRole role) const;

    // Opens the wizard from `window` on this sandbox (every question answered yes) and walks it to
    // its completed plan page; null with `error` set when a page does not complete.
    SetupWizard* wizardAtPlan(StartWindow& window, QString* error) const;

private:
    QTemporaryDir m_dir;
    SandboxOptions m_options;
    QString m_error;
    QString m_profilePath;
    QString m_secretsPath;
    Profile m_profile;
    QHash<ServerRole, QByteArray> m_passwords;
    QByteArray m_replicationPassword;
};
