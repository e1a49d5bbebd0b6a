#pragma once

#include "db/Result.h"
#include "db/ServerRole.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>

// The passwords of a setup read from a MySQL option file with groups [source], [staging],
// [target] and [replication]. The file must be mode 0600 or stricter; others are refused.
class SecretsFile
{
    Q_DECLARE_TR_FUNCTIONS(SecretsFile)

public:
    static Result<SecretsFile> load(const QString& path);
    // Writes with mode 0600 from the start (never briefly readable by others).
    static Status write(const QString& path, const QHash<QString, QByteArray>& passwordsByGroup);

    bool has(const QString& group) const { return m_passwords.contains(group); }
    QByteArray password(const QString& group) const { return m_passwords.value(group); }
    bool has(ServerRole role) const { return has(ServerRoles::key(role)); }
    QByteArray password(ServerRole role) const { return password(ServerRoles::key(role)); }

    static constexpr const char* ReplicationGroup = "replication";

private:
    QHash<QString, QByteArray> m_passwords;
};
