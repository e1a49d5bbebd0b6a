#pragma once

#include "ServerSnapshot.h"
#include "profile/Profile.h"

#include <QByteArray>
#include <QFuture>
#include <QHash>
#include <QList>

#include <memory>

class QThreadPool;
class ServerProbe;

// Takes snapshots of servers on worker threads, each with its own connection.
class StatusCollector
{
public:
    struct Request
    {
        ConnectionSpec spec;
        QByteArray password;
        std::optional<ReplicationFilters> expectedFilters; // the target's, from its profile
    };

    // One request per server the profile names (staging only when it has a host).
    static QList<Request> requestsFor(const Profile& profile, const QHash<ServerRole, QByteArray>& passwords);
    static std::shared_ptr<ServerProbe> probeFor(const Request& request);
    // Blocking: connects, inspects, disconnects. Call on a worker thread.
    static ServerSnapshot collectOne(const Request& request);
    // One probe per request, kept between looks (their connections and the binlog start times
    // they learned), as `status --watch` and the dashboard do.
    static QList<std::shared_ptr<ServerProbe>> probesFor(const QList<Request>& requests);
    // Every probe looks once, in parallel on `pool`; results in probe order.
    static QFuture<ServerSnapshot> collect(QThreadPool* pool,
                                           const QList<std::shared_ptr<ServerProbe>>& probes);
    // Tells the source's probe the server ids the replicas reported, so that reading its binlog
    // never announces one of them.
    static void shareServerIds(const QList<std::shared_ptr<ServerProbe>>& probes,
                               const QList<ServerSnapshot>& snapshots);
};
