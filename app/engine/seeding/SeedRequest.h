#pragma once

#include "db/ConnectionSpec.h"

#include <QByteArray>
#include <QHash>
#include <QStringList>

// What to copy from where to where.
struct SeedRequest
{
    ConnectionSpec from; // the stopped staging replica, or the frozen source
    QByteArray fromPassword;
    ConnectionSpec to; // the target
    QByteArray toPassword;
    QStringList schemas;
    QStringList skippedTables; // schema.name left out of the dump (the views, created afterwards)
    // RDS's own tables (mysql.rds_*) the target gets as they are at the copy's coordinates, so that
    // RDS's housekeeping writes apply harmlessly should the target lose its filters.
    QStringList housekeepingTables;
    QHash<QString, qint64> schemaBytes; // size estimate per schema, to balance the pipelines
    qint64 estimatedBytes = 0;
    int tableCount = 0;
    int pipelines = 1; // parallel dump|load pipelines, each taking whole schemas
    QString keepCopyDir; // when set, a gzip copy of each pipeline's dump is also written here
    int stallSeconds = 300; // no byte moving for this long: the copy fails (a server hangs)
};
