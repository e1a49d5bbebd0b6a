#pragma once

#include <QList>
#include <QString>

// The three servers of a setup, named as in the procedure.
enum class ServerRole
{
    Source,
    Staging,
    Target
};

namespace ServerRoles {
// Stable key used in profiles, secrets files, JSON and keychain entries.
QString key(ServerRole role);
// Translated name for people.
QString displayName(ServerRole role);
bool fromKey(const QString& key, ServerRole* role);
QList<ServerRole> all();
} // namespace ServerRoles
