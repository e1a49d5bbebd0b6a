#include "PasswordResolver.h"

#include "TerminalPrompt.h"
#include "profile/SecretsFile.h"
#include "secrets/SecretStore.h"

#include <QFileInfo>

PasswordResolver::PasswordResolver(Profile profile, QString profilePath, QString secretsPath,
                                   SecretStore* keychain, QObject* parent)
    : QObject(parent)
    , m_profile(std::move(profile))
    , m_profilePath(std::move(profilePath))
    , m_secretsPath(std::move(secretsPath))
    , m_keychain(keychain)
{
}

QString PasswordResolver::keychainKey(const QString& profilePath, ServerRole role)
{
    return SecretStore::keyFor(QFileInfo(profilePath).absoluteFilePath(), ServerRoles::key(role));
}

void PasswordResolver::resolve(const QList<ServerRole>& roles)
{
    m_pending = roles;
    if (!m_secretsPath.isEmpty()) {
        Result<SecretsFile> secrets = SecretsFile::load(m_secretsPath);
        if (!secrets) {
            emit failed(secrets.error().toText());
            return;
        }
        for (ServerRole role : roles) {
            if (!secrets->has(role)) {
                emit failed(tr("The secrets file %1 has no password for [%2].")
                                .arg(m_secretsPath, ServerRoles::key(role)));
                return;
            }
            m_passwords.insert(role, secrets->password(role));
        }
        m_pending.clear();
    }
    next();
}

void PasswordResolver::next()
{
    if (m_pending.isEmpty()) {
        emit resolved();
        return;
    }
    const ServerRole role = m_pending.takeFirst();
    const auto ask = [this, role](const QString& keychainReason) {
        const ConnectionSpec& spec = m_profile.connection(role);
        const auto typed = TerminalPrompt::readPassword(tr("Password for %1: ").arg(spec.describe()));
        if (!typed) {
            emit failed(
                tr("No password for the %1 (%2): give --secrets FILE, store it in the keychain, or run "
                   "on a terminal.")
                    .arg(ServerRoles::displayName(role), keychainReason));
            return;
        }
        m_passwords.insert(role, *typed);
        next();
    };
    if (!m_keychain) {
        ask(tr("no keychain"));
        return;
    }
    m_keychain->read(keychainKey(m_profilePath, role), this,
                     [this, role, ask](std::optional<QByteArray> secret, const QString& reason) {
                         if (secret) {
                             m_passwords.insert(role, *secret);
                             next();
                         } else {
                             ask(reason);
                         }
                     });
}
