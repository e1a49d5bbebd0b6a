#pragma once

#include <QString>

// How far a seed is: rows and bytes moved against the estimates, the tables being copied, and
// the tables done.
struct SeedProgress
{
    qint64 bytes = 0;
    qint64 estimatedBytes = 0; // 0: unknown
    qint64 rows = 0;
    qint64 estimatedRows = 0; // 0: unknown (the dump pipeline counts bytes only)
    QString currentTable; // "schema.table", several comma-separated while they are copied at once
    int tablesDone = 0;
    int tablesTotal = 0;
    qint64 elapsedMs = 0;

    // 0..100, or -1 when the total is unknown: by rows when they are counted, else by bytes.
    int percent() const;
    // Remaining seconds from the rate so far, or -1.
    qint64 etaSeconds() const;
    // Bytes per second so far, 0 before the first second.
    qint64 bytesPerSecond() const;
};
