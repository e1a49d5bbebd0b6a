#pragma once

#include "db/ConnectionSpec.h"

#include <QByteArray>
#include <QStringList>

// What to copy from where to where.
struct SeedRequest
{
    ConnectionSpec from; // the stopped staging replica, or the frozen source
    QByteArray fromPassword;
    ConnectionSpec to; // the target
    QByteArray toPassword;
    QStringList schemas;
    qint64 estimatedBytes = 0;
    int tableCount = 0;
};
