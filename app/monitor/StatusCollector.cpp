#include "StatusCollector.h"

#include "ServerProbe.h"

#include <QtConcurrent/QtConcurrentMap>

QList<StatusCollector::Request> StatusCollector::requestsFor(const Profile& profile,
                                                             const QHash<ServerRole, QByteArray>& passwords)
{
    QList<Request> requests;
    for (ServerRole role : ServerRoles::all()) {
        const ConnectionSpec& spec = profile.connection(role);
        if (!spec.host.isEmpty())
            requests.append({spec, passwords.value(role)});
    }
    return requests;
}

ServerSnapshot StatusCollector::collectOne(const Request& request)
{
    return ServerProbe(request.spec, request.password).probe();
}

QFuture<ServerSnapshot> StatusCollector::collect(QThreadPool* pool, const QList<Request>& requests)
{
    return QtConcurrent::mapped(pool, requests, &StatusCollector::collectOne);
}
