#include "StatusCollector.h"

#include "ServerProbe.h"

#include <QtConcurrent/QtConcurrentMap>

QList<StatusCollector::Request> StatusCollector::requestsFor(const Profile& profile,
                                                             const QHash<ServerRole, QByteArray>& passwords)
{
    QList<Request> requests;
    for (ServerRole role : ServerRoles::all()) {
        const ConnectionSpec& spec = profile.connection(role);
        if (spec.host.isEmpty() || (role == ServerRole::Staging && !profile.watchesStaging()))
            continue;
        Request request{spec, passwords.value(role), std::nullopt};
        if (role == ServerRole::Target)
            request.expectedFilters = ReplicationFilters::forProfile(profile);
        requests.append(request);
    }
    return requests;
}

std::shared_ptr<ServerProbe> StatusCollector::probeFor(const Request& request)
{
    auto probe = std::make_shared<ServerProbe>(request.spec, request.password);
    if (request.expectedFilters)
        probe->setExpectedFilters(*request.expectedFilters);
    return probe;
}

ServerSnapshot StatusCollector::collectOne(const Request& request)
{
    return probeFor(request)->probe();
}

QList<std::shared_ptr<ServerProbe>> StatusCollector::probesFor(const QList<Request>& requests)
{
    QList<std::shared_ptr<ServerProbe>> probes;
    for (const Request& request : requests)
        probes << probeFor(request);
    return probes;
}

QFuture<ServerSnapshot> StatusCollector::collect(QThreadPool* pool,
                                                 const QList<std::shared_ptr<ServerProbe>>& probes)
{
    return QtConcurrent::mapped(pool, probes,
                                [](const std::shared_ptr<ServerProbe>& probe) { return probe->probe(); });
}

void StatusCollector::shareServerIds(const QList<std::shared_ptr<ServerProbe>>& probes,
                                     const QList<ServerSnapshot>& snapshots)
{
    QSet<quint64> ids;
    for (const ServerSnapshot& snapshot : snapshots) {
        if (snapshot.role != ServerRole::Source && snapshot.facts)
            ids.insert(snapshot.facts->serverId);
    }
    for (const std::shared_ptr<ServerProbe>& probe : probes) {
        if (probe->spec().role == ServerRole::Source)
            probe->addOtherServerIds(ids);
    }
}
