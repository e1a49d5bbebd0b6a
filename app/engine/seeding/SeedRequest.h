#pragma once

#include "db/ConnectionSpec.h"
#include "db/Result.h"

#include <QByteArray>
#include <QHash>
#include <QStringList>

#include <functional>

class SqlSession;

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
    int pipelines = 1; // parallel dump|load pipelines (whole schemas each), or chunk workers
    QString keepCopyDir; // when set, a gzip copy of each pipeline's dump is also written here
    int stallSeconds = 300; // no byte moving for this long: the copy fails (a server hangs)

    // The chunked copy only:
    // Where the origin's data is in the source's history (the stopped staging replica's executed
    // position), read before the snapshots open, once they are open and at the end: any change
    // aborts the copy. Unset: the caller checks it (the write freeze re-reads the source after).
    std::function<Result<QString>(SqlSession&)> positionProbe;
    qint64 chunkBytes = 16 * 1024 * 1024; // about this much of a table per chunk
    QString journalPath; // the chunk journal; empty: the copy cannot be resumed inside a table
    bool resume = false; // continue the copy the journal records
    std::function<void(const QString&)> log; // lines for the run's log (called from any thread)
    // For tests: runs after each chunk is loaded and before it is checked.
    std::function<void(const QString& table, int chunk)> afterChunkLoaded;
};
