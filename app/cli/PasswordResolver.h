#pragma once

#include "db/ServerRole.h"
#include "profile/Profile.h"

#include <QByteArray>
#include <QHash>
#include <QObject>

#include <memory>

class SecretStore;

// Finds the password of each connection of a profile: from the secrets file when one is given,
// else from the OS keychain, else by asking on the terminal without echo.
class PasswordResolver : public QObject
{
    Q_OBJECT

public:
    PasswordResolver(Profile profile, QString profilePath, QString secretsPath, SecretStore* keychain,
                     QObject* parent = nullptr);

    // Groups are "source", "staging", "target", "replication" (the replication account) and
    // "<role>_ssh" (the SSH tunnel's password or key passphrase).
    void resolve(const QStringList& groups);
    // Off: a password in neither the secrets file nor the keychain fails instead of being asked for.
    void setInteractive(bool on) { m_interactive = on; }
    QByteArray password(const QString& group) const { return m_passwords.value(group); }
    QByteArray password(ServerRole role) const { return password(ServerRoles::key(role)); }

    // Keychain entry of a group of the profile at `profilePath`.
    static QString keychainKey(const QString& profilePath, const QString& group);

signals:
    void resolved();
    void failed(const QString& message);

private:
    void next();

    Profile m_profile;
    QString m_profilePath;
    QString m_secretsPath;
    SecretStore* m_keychain;
    QStringList m_pending;
    bool m_interactive = true;
    QHash<QString, QByteArray> m_passwords;
};
