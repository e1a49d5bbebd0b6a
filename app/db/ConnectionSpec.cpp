#include "ConnectionSpec.h"

QString ConnectionSpec::endpoint() const
{
    if (!unixSocket.isEmpty())
        return unixSocket;
    return QStringLiteral("%1:%2").arg(host).arg(port);
}

QString ConnectionSpec::describe() const
{
    return QStringLiteral("%1 %2@%3").arg(ServerRoles::displayName(role), user, endpoint());
}
