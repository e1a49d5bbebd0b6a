#pragma once

#include "PasswordResolver.h"
#include "profile/Profile.h"
#include "secrets/SecretStore.h"

#include <QObject>

#include <functional>
#include <memory>

class QCommandLineParser;

// What the commands that work on a setup share: --profile and --secrets, loading the profile,
// and finding the passwords (secrets file, keychain or terminal) before the work starts.
class ProfileCommand : public QObject
{
    Q_OBJECT

protected:
    static void addProfileOptions(QCommandLineParser& parser);
    // Loads --profile; false after printing why (the command then exits with 3).
    bool loadProfile(const QCommandLineParser& parser, const QString& command);
    // Resolves the passwords of `groups`, then calls `ready` in the event loop; exits 3 on failure.
    void resolvePasswords(const QStringList& groups, std::function<void()> ready);
    // The passwords of the profile's server roles, once resolved.
    QHash<ServerRole, QByteArray> serverPasswords() const;

    Profile m_profile;
    QString m_profilePath;
    PasswordResolver* m_passwords = nullptr;

private:
    QString m_secretsPath;
    std::unique_ptr<SecretStore> m_keychain;
};
