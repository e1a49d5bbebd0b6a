#include "SandboxFixture.h"

#include "profile/SecretsFile.h"
#include "sandbox/Sandbox.h"

#include <QProcess>

SandboxFixture::SandboxFixture()
    : m_dir(std::make_unique<QTemporaryDir>())
{
}

SandboxFixture::~SandboxFixture()
{
    stop();
}

SandboxFixture::CliResult SandboxFixture::runCli(const QStringList& arguments, int timeoutMs)
{
    return runCli(arguments, timeoutMs, QProcessEnvironment::systemEnvironment());
}

SandboxFixture::CliResult SandboxFixture::runCli(const QStringList& arguments, int timeoutMs,
                                                 const QProcessEnvironment& environment)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(RW_CLI_PATH), arguments);
    CliResult result;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(5000);
        result.err = "timed out";
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

bool SandboxFixture::start(const QStringList& extraArguments, QString* message)
{
    m_started = true;
    const CliResult result = runCli(
        QStringList{QStringLiteral("sandbox"), QStringLiteral("start"), QStringLiteral("--dir"), directory()}
            + extraArguments,
        600000);
    if (result.exitCode != 0) {
        *message = QString::fromUtf8(result.err + result.out);
        return false;
    }
    return true;
}

void SandboxFixture::stop()
{
    if (!m_started)
        return;
    m_started = false;
    runCli({QStringLiteral("sandbox"), QStringLiteral("stop"), QStringLiteral("--dir"), directory()});
}

QString SandboxFixture::directory() const
{
    return m_dir->path() + QStringLiteral("/sandbox");
}

QString SandboxFixture::profilePath() const
{
    return directory() + QStringLiteral("/profile.ini");
}

QString SandboxFixture::secretsPath() const
{
    return directory() + QStringLiteral("/secrets.cnf");
}

Profile SandboxFixture::profile() const
{
    return ProfileFile::load(profilePath()).value();
}

QByteArray SandboxFixture::password(ServerRole role) const
{
    return SecretsFile::load(secretsPath()).value().password(role);
}

ConnectionSpec SandboxFixture::spec(ServerRole role) const
{
    return profile().connection(role);
}

QHash<ServerRole, QByteArray> SandboxFixture::passwords() const
{
    QHash<ServerRole, QByteArray> all;
    for (ServerRole role : ServerRoles::all())
        all.insert(role, password(role));
    return all;
}

std::unique_ptr<ServerSession> SandboxFixture::adminSession(ServerRole role) const
{
    auto session = std::make_unique<ServerSession>(spec(role));
    if (!session->open(password(role)))
        return nullptr;
    return session;
}

std::unique_ptr<ServerSession> SandboxFixture::rootSession(ServerRole role) const
{
    Result<std::unique_ptr<ServerSession>> session = Sandbox::rootSession(directory(), role);
    return session ? std::move(session).value() : nullptr;
}
