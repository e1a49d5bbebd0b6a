#pragma once

#include "ServerSnapshot.h"
#include "profile/Profile.h"

#include <QByteArray>
#include <QFuture>
#include <QHash>
#include <QList>

class QThreadPool;

// Takes snapshots of servers on worker threads, each with its own connection.
class StatusCollector
{
public:
    struct Request
    {
        ConnectionSpec spec;
        QByteArray password;
    };

    // One request per server the profile names (staging only when it has a host).
    static QList<Request> requestsFor(const Profile& profile, const QHash<ServerRole, QByteArray>& passwords);
    // Blocking: connects, inspects, disconnects. Call on a worker thread.
    static ServerSnapshot collectOne(const Request& request);
    // All requests in parallel on `pool`; results in request order.
    static QFuture<ServerSnapshot> collect(QThreadPool* pool, const QList<Request>& requests);
};
