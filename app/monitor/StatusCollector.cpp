#include "StatusCollector.h"

#include "db/ServerSession.h"
#include "replication/ServerInspector.h"

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
    ServerSnapshot snapshot;
    snapshot.role = request.spec.role;
    snapshot.endpoint = request.spec.endpoint();
    ServerSession session(request.spec);
    const Status opened = session.open(request.password);
    if (!opened) {
        snapshot.error = opened.error();
        snapshot.takenAt = QDateTime::currentDateTimeUtc();
        return snapshot;
    }
    snapshot.reachable = true;
    ServerInspector inspector(session);
    Result<ServerFacts> facts = inspector.inspect();
    if (facts)
        snapshot.facts = facts.value();
    else {
        snapshot.error = facts.error();
        // Lost in the middle: treat as unreachable unless the server answered with an error.
        snapshot.reachable = facts.error().diagnosisId != QLatin1String("connection_lost");
    }
    snapshot.takenAt = QDateTime::currentDateTimeUtc();
    return snapshot;
}

QFuture<ServerSnapshot> StatusCollector::collect(QThreadPool* pool, const QList<Request>& requests)
{
    return QtConcurrent::mapped(pool, requests, &StatusCollector::collectOne);
}
