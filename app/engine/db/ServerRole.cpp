#include "ServerRole.h"

#include <QCoreApplication>

namespace ServerRoles {

QString key(ServerRole role)
{
    switch (role) {
    case ServerRole::Source:
        return QStringLiteral("source");
    case ServerRole::Staging:
        return QStringLiteral("staging");
    case ServerRole::Target:
        return QStringLiteral("target");
    }
    return {};
}

QString displayName(ServerRole role)
{
    switch (role) {
    case ServerRole::Source:
        return QCoreApplication::translate("ServerRole", "source");
    case ServerRole::Staging:
        return QCoreApplication::translate("ServerRole", "staging replica");
    case ServerRole::Target:
        return QCoreApplication::translate("ServerRole", "target");
    }
    return {};
}

bool fromKey(const QString& key, ServerRole* role)
{
    for (ServerRole candidate : all()) {
        if (ServerRoles::key(candidate) == key) {
            *role = candidate;
            return true;
        }
    }
    return false;
}

QList<ServerRole> all()
{
    return {ServerRole::Source, ServerRole::Staging, ServerRole::Target};
}

} // namespace ServerRoles
