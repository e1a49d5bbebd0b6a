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

    void resolve(const QList<ServerRole>& roles);
    QByteArray password(ServerRole role) const { return m_passwords.value(role); }

    // Keychain entry of a role of the profile at `profilePath`.
    static QString keychainKey(const QString& profilePath, ServerRole role);

signals:
    void resolved();
    void failed(const QString& message);

private:
    void next();

    Profile m_profile;
    QString m_profilePath;
    QString m_secretsPath;
    SecretStore* m_keychain;
    QList<ServerRole> m_pending;
    QHash<ServerRole, QByteArray> m_passwords;
};
