#pragma once

#include <QString>

#include <optional>

// An SSH tunnel in front of one database connection: the bastion host and how to log in to it.
// Holds no secret (a password or a key's passphrase travels like the database passwords).
struct SshTunnelSpec
{
    enum class Auth
    {
        Agent, // the keys in ssh-agent (SSH_AUTH_SOCK)
        Key, // a private key file
        Password,
    };

    QString host; // empty: no tunnel
    int port = 0; // 0: ~/.ssh/config's Port for the host, else 22
    QString user; // empty: ~/.ssh/config's User, else the local user
    Auth auth = Auth::Agent;
    QString keyFile; // empty with Auth::Key: ~/.ssh/config's IdentityFile, else the default keys

    bool enabled() const { return !host.isEmpty(); }
    static QString authKey(Auth auth); // "agent", "key", "password"
    static std::optional<Auth> authFromKey(const QString& key);

    bool operator==(const SshTunnelSpec& other) const
    {
        return host == other.host && port == other.port && user == other.user && auth == other.auth
            && keyFile == other.keyFile;
    }
    bool operator!=(const SshTunnelSpec& other) const { return !(*this == other); }
};
