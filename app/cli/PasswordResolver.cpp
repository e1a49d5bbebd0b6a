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

QString PasswordResolver::keychainKey(const QString& profilePath, const QString& group)
{
    return SecretStore::keyFor(QFileInfo(profilePath).absoluteFilePath(), group);
}

void PasswordResolver::resolve(const QStringList& groups)
{
    m_pending = groups;
    if (!m_secretsPath.isEmpty()) {
        Result<SecretsFile> secrets = SecretsFile::load(m_secretsPath);
        if (!secrets) {
            emit failed(secrets.error().toText());
            return;
        }
        for (const QString& group : groups) {
            if (!secrets->has(group)) {
                emit failed(tr("The secrets file %1 has no password for [%2].").arg(m_secretsPath, group));
                return;
            }
            m_passwords.insert(group, secrets->password(group));
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
    const QString group = m_pending.takeFirst();
    ServerRole role = ServerRole::Source;
    const bool isServer = ServerRoles::fromKey(group, &role);
    QString who = isServer
        ? m_profile.connection(role).describe()
        : tr("the replication account %1@%2").arg(m_profile.replicationUser, m_profile.replicationHost);
    if (group.endsWith(QLatin1String("_ssh")) && ServerRoles::fromKey(group.chopped(4), &role)) {
        const SshTunnelSpec& ssh = m_profile.connection(role).ssh;
        who = tr("the SSH login %1@%2").arg(ssh.user, ssh.host);
    }
    const auto ask = [this, group, who](const QString& keychainReason) {
        if (!m_interactive) {
            emit failed(tr("No password for %1 (%2).").arg(who, keychainReason));
            return;
        }
        const auto typed = TerminalPrompt::readPassword(tr("Password for %1: ").arg(who));
        if (!typed) {
            emit failed(
                tr("No password for %1 (%2): give --secrets FILE, store it in the keychain, or run on a "
                   "terminal.")
                    .arg(who, keychainReason));
            return;
        }
        m_passwords.insert(group, *typed);
        next();
    };
    if (!m_keychain) {
        ask(tr("no keychain"));
        return;
    }
    m_keychain->read(keychainKey(m_profilePath, group), this,
                     [this, group, ask](std::optional<QByteArray> secret, const QString& reason) {
                         if (secret) {
                             m_passwords.insert(group, *secret);
                             next();
                         } else {
                             ask(reason);
                         }
                     });
}
