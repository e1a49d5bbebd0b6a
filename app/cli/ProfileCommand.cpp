#include "ProfileCommand.h"

#include "CliOutput.h"
#include "profile/SecretsFile.h"
#include "secrets/KeychainSecretStore.h"
#include "tunnel/TunnelRegistry.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTimer>

void ProfileCommand::addProfileOptions(QCommandLineParser& parser)
{
    parser.addOption({QStringLiteral("profile"), tr("The setup's profile (INI file)."), tr("file")});
    parser.addOption(
        {QStringLiteral("secrets"), tr("Option file with the passwords (mode 0600)."), tr("file")});
    parser.addOption({QStringLiteral("accept-host-key"),
                      tr("Accept an SSH bastion's unknown host key with this SHA256 fingerprint (it is then "
                         "added to ~/.ssh/known_hosts)."),
                      tr("fingerprint")});
}

bool ProfileCommand::loadProfile(const QCommandLineParser& parser, const QString& command)
{
    m_profilePath = parser.value(QStringLiteral("profile"));
    if (m_profilePath.isEmpty()) {
        CliOutput::err(tr("%1 needs --profile FILE.").arg(command));
        return false;
    }
    Result<Profile> profile = ProfileFile::load(m_profilePath);
    if (!profile) {
        CliOutput::err(profile.error().toText());
        return false;
    }
    m_profile = profile.value();
    m_secretsPath = parser.value(QStringLiteral("secrets"));
    for (const QString& fingerprint : parser.values(QStringLiteral("accept-host-key")))
        TunnelRegistry::instance().acceptHostKey(fingerprint);
    return true;
}

void ProfileCommand::resolvePasswords(const QStringList& groups, std::function<void()> ready)
{
    if (m_secretsPath.isEmpty())
        m_keychain = std::make_unique<KeychainSecretStore>();
    m_passwords = new PasswordResolver(m_profile, m_profilePath, m_secretsPath, m_keychain.get(), this);
    connect(m_passwords, &PasswordResolver::failed, this, [](const QString& message) {
        CliOutput::err(message);
        QCoreApplication::exit(3);
    });
    // A tunnel logging in by password (or with an encrypted key) needs its secret too: "<role>_ssh".
    QStringList all = groups;
    QHash<QString, SshTunnelSpec> tunnels;
    for (ServerRole role : ServerRoles::all()) {
        const SshTunnelSpec& ssh = m_profile.connection(role).ssh;
        if (!groups.contains(ServerRoles::key(role)) || !ssh.enabled()
            || ssh.auth == SshTunnelSpec::Auth::Agent)
            continue;
        const QString group = ServerRoles::key(role) + QStringLiteral("_ssh");
        bool wanted = ssh.auth == SshTunnelSpec::Auth::Password;
        if (ssh.auth == SshTunnelSpec::Auth::Key
            && !m_secretsPath.isEmpty()) { // an encrypted key's passphrase
            const Result<SecretsFile> secrets = SecretsFile::load(m_secretsPath);
            wanted = secrets && secrets->has(group);
        }
        if (wanted) {
            all << group;
            tunnels.insert(group, ssh);
        }
    }
    connect(m_passwords, &PasswordResolver::resolved, this, [this, tunnels, ready = std::move(ready)] {
        for (auto it = tunnels.cbegin(); it != tunnels.cend(); ++it)
            TunnelRegistry::instance().setSecret(it.value(), m_passwords->password(it.key()));
        ready();
    });
    QTimer::singleShot(0, this, [this, all] { m_passwords->resolve(all); });
}

QHash<ServerRole, QByteArray> ProfileCommand::serverPasswords() const
{
    QHash<ServerRole, QByteArray> passwords;
    for (ServerRole role : ServerRoles::all())
        passwords.insert(role, m_passwords->password(role));
    return passwords;
}
