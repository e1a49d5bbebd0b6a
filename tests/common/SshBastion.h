#pragma once

#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QTemporaryDir>

#include <memory>

// A real OpenSSH server on a free loopback port, with a host key, a configuration and an
// authorized client key of its own (all in a temporary folder), for tunnels through a bastion; and
// a HOME folder whose ~/.ssh the CLI under test uses. Runs as the current user.
class SshBastion
{
public:
    SshBastion();
    ~SshBastion();

    // Generates the keys and starts sshd; false with a message when it cannot run here.
    bool start(QString* message);
    // Before start(): the bastion also takes this password for user(). sshd checks passwords
    // against /etc/shadow, so it then runs in a mount namespace of its own where a shadow file of
    // this test's stands in for the machine's (which stays untouched); that needs root.
    void setPassword(const QByteArray& password) { m_password = password; }
    static bool canCheckPasswords(QString* why);
    void kill(); // SIGKILL, as a crash or a network cut would end it
    bool restart(QString* message); // the same port and host key

    int port() const { return m_port; }
    QString user() const;
    QString clientKey() const; // authorized private key (no passphrase)
    QString strangerKey() const; // a private key the bastion does not accept
    QString home() const; // HOME for the CLI: its .ssh/known_hosts is this test's
    QString knownHostsPath() const;
    QString hostKeyFingerprint() const; // SHA256:...
    QString otherHostKeyLine() const; // a known_hosts line for this port with a different key
    // Everything sshd logged (LogLevel DEBUG1: its forwarded connections).
    QByteArray log();

    // HOME set to home(), no ssh-agent unless agentSocket is given.
    QProcessEnvironment environment(const QString& agentSocket = {}) const;
    // Starts ssh-agent on a socket in the folder and adds the client key; the socket, or empty.
    QString startAgent(QString* message);

private:
    bool run(const QString& program, const QStringList& arguments, QString* message,
             const QProcessEnvironment& environment = QProcessEnvironment::systemEnvironment());
    bool launch(QString* message);
    bool writeShadow(QString* message);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QProcess> m_sshd;
    QByteArray m_log;
    QByteArray m_password;
    int m_port = 0;
    qint64 m_agentPid = 0;
};
