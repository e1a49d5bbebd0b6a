#pragma once

#include <QString>

// How far a seed is: bytes streamed against the size estimate, and the table being copied.
struct SeedProgress
{
    qint64 bytes = 0;
    qint64 estimatedBytes = 0; // 0: unknown
    QString currentTable; // "schema.table"
    int tablesDone = 0;
    int tablesTotal = 0;
    qint64 elapsedMs = 0;

    // 0..100, or -1 when the total is unknown.
    int percent() const;
    // Remaining seconds from the rate so far, or -1.
    qint64 etaSeconds() const;
};
