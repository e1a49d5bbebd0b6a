#include "ProfileCommand.h"

#include "CliOutput.h"
#include "secrets/KeychainSecretStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTimer>

void ProfileCommand::addProfileOptions(QCommandLineParser& parser)
{
    parser.addOption({QStringLiteral("profile"), tr("The setup's profile (INI file)."), tr("file")});
    parser.addOption(
        {QStringLiteral("secrets"), tr("Option file with the passwords (mode 0600)."), tr("file")});
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
    connect(m_passwords, &PasswordResolver::resolved, this, std::move(ready));
    QTimer::singleShot(0, this, [this, groups] { m_passwords->resolve(groups); });
}

QHash<ServerRole, QByteArray> ProfileCommand::serverPasswords() const
{
    QHash<ServerRole, QByteArray> passwords;
    for (ServerRole role : ServerRoles::all())
        passwords.insert(role, m_passwords->password(role));
    return passwords;
}
