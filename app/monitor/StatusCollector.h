#pragma once

#include "ServerSnapshot.h"

#include <QByteArray>
#include <QFuture>
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

    // Blocking: connects, inspects, disconnects. Call on a worker thread.
    static ServerSnapshot collectOne(const Request& request);
    // All requests in parallel on `pool`; results in request order.
    static QFuture<ServerSnapshot> collect(QThreadPool* pool, const QList<Request>& requests);
};
