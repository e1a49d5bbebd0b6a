#include "SshBastion.h"

#include <QDir>
#include <QFile>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

#include <csignal>
#include <unistd.h>

SshBastion::SshBastion()
    : m_dir(std::make_unique<QTemporaryDir>())
{
}

SshBastion::~SshBastion()
{
    kill();
    if (m_agentPid > 0)
        ::kill(pid_t(m_agentPid), SIGTERM);
}

QString SshBastion::user() const
{
    return qEnvironmentVariable("USER", QStringLiteral("root"));
}

QString SshBastion::clientKey() const
{
    return m_dir->filePath(QStringLiteral("client_key"));
}

QString SshBastion::strangerKey() const
{
    return m_dir->filePath(QStringLiteral("stranger_key"));
}

QString SshBastion::home() const
{
    return m_dir->filePath(QStringLiteral("home"));
}

QString SshBastion::knownHostsPath() const
{
    return home() + QStringLiteral("/.ssh/known_hosts");
}

bool SshBastion::run(const QString& program, const QStringList& arguments, QString* message,
                     const QProcessEnvironment& environment)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    if (!process.waitForFinished(30000) || process.exitStatus() != QProcess::NormalExit
        || process.exitCode() != 0) {
        *message = program + QLatin1Char(' ') + arguments.join(QLatin1Char(' ')) + QStringLiteral(": ")
            + QString::fromUtf8(process.readAllStandardError());
        return false;
    }
    return true;
}

bool SshBastion::start(QString* message)
{
    if (!m_dir->isValid()) {
        *message = QStringLiteral("no temporary folder");
        return false;
    }
    QDir().mkpath(home() + QStringLiteral("/.ssh"));
    QFile::setPermissions(home() + QStringLiteral("/.ssh"),
                          QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    const QString keygen = QStringLiteral("ssh-keygen");
    for (const QString& key : {QStringLiteral("host_key"), QStringLiteral("other_host_key"),
                               QStringLiteral("client_key"), QStringLiteral("stranger_key")}) {
        if (!run(keygen,
                 {QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"), QStringLiteral("-N"),
                  QString(), QStringLiteral("-C"), key, QStringLiteral("-f"), m_dir->filePath(key)},
                 message))
            return false;
    }
    QFile::copy(m_dir->filePath(QStringLiteral("client_key.pub")),
                m_dir->filePath(QStringLiteral("authorized_keys")));
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost)) {
        *message = QStringLiteral("no free port");
        return false;
    }
    m_port = probe.serverPort();
    probe.close();
    if (!m_password.isEmpty() && !writeShadow(message))
        return false;
    QFile config(m_dir->filePath(QStringLiteral("sshd_config")));
    if (!config.open(QIODevice::WriteOnly))
        return false;
    config.write(QStringLiteral("Port %1\nListenAddress 127.0.0.1\nHostKey %2\nAuthorizedKeysFile %3\n"
                                "PidFile %4\nStrictModes no\nUsePAM no\nPasswordAuthentication %5\n"
                                "KbdInteractiveAuthentication no\nPubkeyAuthentication yes\n"
                                "PermitRootLogin %6\nAllowTcpForwarding yes\n"
                                "LogLevel DEBUG1\n")
                     .arg(m_port)
                     .arg(m_dir->filePath(QStringLiteral("host_key")),
                          m_dir->filePath(QStringLiteral("authorized_keys")),
                          m_dir->filePath(QStringLiteral("sshd.pid")),
                          m_password.isEmpty() ? QStringLiteral("no") : QStringLiteral("yes"),
                          m_password.isEmpty() ? QStringLiteral("prohibit-password") : QStringLiteral("yes"))
                     .toUtf8());
    config.close();
    QDir().mkpath(QStringLiteral("/run/sshd")); // privilege separation; exists where sshd runs as a service
    return launch(message);
}

bool SshBastion::canCheckPasswords(QString* why)
{
    if (::geteuid() != 0) {
        *why = QStringLiteral("password login needs root here: sshd checks passwords against /etc/shadow, "
                              "and only root can put a test's shadow file in its place (in a private mount "
                              "namespace)");
        return false;
    }
    return true;
}

bool SshBastion::writeShadow(QString* message)
{
    QProcess hash; // the password goes in on stdin, never on a command line
    hash.start(QStringLiteral("openssl"),
               {QStringLiteral("passwd"), QStringLiteral("-6"), QStringLiteral("-stdin")});
    hash.write(m_password + '\n');
    hash.closeWriteChannel();
    if (!hash.waitForFinished(10000) || hash.exitCode() != 0) {
        *message = QStringLiteral("openssl passwd: ") + QString::fromUtf8(hash.readAllStandardError());
        return false;
    }
    QFile shadow(m_dir->filePath(QStringLiteral("shadow")));
    if (!shadow.open(QIODevice::WriteOnly)) {
        *message = QStringLiteral("cannot write the shadow file");
        return false;
    }
    shadow.write(user().toUtf8() + ':' + hash.readAllStandardOutput().trimmed() + ":19000:0:99999:7:::\n");
    return true;
}

bool SshBastion::launch(QString* message)
{
    m_sshd = std::make_unique<QProcess>();
    m_sshd->setProcessChannelMode(QProcess::MergedChannels);
    const QStringList sshd{QStringLiteral("/usr/sbin/sshd"), QStringLiteral("-D"), QStringLiteral("-e"),
                           QStringLiteral("-f"), m_dir->filePath(QStringLiteral("sshd_config"))};
    if (m_password.isEmpty()) {
        m_sshd->start(sshd.first(), sshd.mid(1));
    } else { // unshare execs: the process is sshd itself, in a namespace with the test's shadow file
        m_sshd->start(QStringLiteral("unshare"),
                      QStringList{QStringLiteral("--mount"), QStringLiteral("--propagation"),
                                  QStringLiteral("private"), QStringLiteral("sh"), QStringLiteral("-c"),
                                  QStringLiteral("mount --bind \"$0\" /etc/shadow && exec \"$@\""),
                                  m_dir->filePath(QStringLiteral("shadow"))}
                          + sshd);
    }
    if (!m_sshd->waitForStarted(10000)) {
        *message = QStringLiteral("sshd did not start: ") + m_sshd->errorString();
        return false;
    }
    for (int waited = 0; waited < 100; ++waited) { // until it listens
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, quint16(m_port));
        if (socket.waitForConnected(100))
            return true;
        if (m_sshd->state() != QProcess::Running)
            break;
        QThread::msleep(50);
    }
    *message = QStringLiteral("sshd does not listen: ") + QString::fromUtf8(log());
    return false;
}

namespace {

// Every descendant of `pid` (from /proc), deepest first.
QList<pid_t> descendants(pid_t pid)
{
    QHash<pid_t, QList<pid_t>> children;
    for (const QString& entry : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs)) {
        bool number = false;
        const pid_t child = pid_t(entry.toInt(&number));
        QFile stat(QStringLiteral("/proc/%1/stat").arg(entry));
        if (!number || !stat.open(QIODevice::ReadOnly))
            continue;
        const QByteArray text = stat.readAll();
        const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
        children[pid_t(fields.value(1).toInt())] << child;
    }
    QList<pid_t> all;
    for (pid_t child : children.value(pid)) {
        all << descendants(child);
        all << child;
    }
    return all;
}

} // namespace

void SshBastion::kill()
{
    if (!m_sshd)
        return;
    log();
    // The sessions' own sshd processes too: the connections end as if the bastion were cut off.
    for (pid_t child : descendants(pid_t(m_sshd->processId())))
        ::kill(child, SIGKILL);
    m_sshd->kill();
    m_sshd->waitForFinished(5000);
    m_log += m_sshd->readAll();
    m_sshd.reset();
}

bool SshBastion::restart(QString* message)
{
    kill();
    return launch(message);
}

QByteArray SshBastion::log()
{
    if (m_sshd) {
        while (m_sshd->waitForReadyRead(200)) // no event loop here: pull what the pipe holds
            m_log += m_sshd->readAll();
        m_log += m_sshd->readAll();
    }
    return m_log;
}

QString SshBastion::hostKeyFingerprint() const
{
    QProcess process;
    process.start(QStringLiteral("ssh-keygen"),
                  {QStringLiteral("-l"), QStringLiteral("-E"), QStringLiteral("sha256"), QStringLiteral("-f"),
                   m_dir->filePath(QStringLiteral("host_key.pub"))});
    process.waitForFinished(10000);
    return QString::fromUtf8(process.readAllStandardOutput()).section(QLatin1Char(' '), 1, 1);
}

QString SshBastion::otherHostKeyLine() const
{
    QFile other(m_dir->filePath(QStringLiteral("other_host_key.pub")));
    if (!other.open(QIODevice::ReadOnly))
        return {};
    const QStringList parts = QString::fromUtf8(other.readAll()).split(QLatin1Char(' '));
    return QStringLiteral("[127.0.0.1]:%1 %2 %3\n").arg(m_port).arg(parts.value(0), parts.value(1));
}

QProcessEnvironment SshBastion::environment(const QString& agentSocket) const
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HOME"), home());
    environment.remove(QStringLiteral("SSH_AUTH_SOCK"));
    if (!agentSocket.isEmpty())
        environment.insert(QStringLiteral("SSH_AUTH_SOCK"), agentSocket);
    return environment;
}

QString SshBastion::startAgent(QString* message)
{
    const QString socket = m_dir->filePath(QStringLiteral("agent.sock"));
    QProcess agent;
    agent.start(QStringLiteral("ssh-agent"), {QStringLiteral("-s"), QStringLiteral("-a"), socket});
    if (!agent.waitForFinished(10000) || agent.exitCode() != 0) {
        *message = QStringLiteral("ssh-agent: ") + QString::fromUtf8(agent.readAllStandardError());
        return {};
    }
    const QString said = QString::fromUtf8(agent.readAllStandardOutput());
    const qsizetype at = said.indexOf(QLatin1String("SSH_AGENT_PID="));
    if (at >= 0)
        m_agentPid = said.mid(at + 14).section(QLatin1Char(';'), 0, 0).toLongLong();
    if (!run(QStringLiteral("ssh-add"), {clientKey()}, message, environment(socket)))
        return {};
    return socket;
}
