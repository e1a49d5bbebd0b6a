#pragma once

#include "Seeder.h"

#include <QElapsedTimer>
#include <QHash>
#include <QMutex>

// Sums the progress of parallel pipelines or chunk workers and reports it at most every 200 ms.
// Thread-safe.
class SeedProgressTally
{
public:
    SeedProgressTally(const SeedRequest& request, Seeder::ProgressCallback callback);

    // Exact totals, once the copy knows them (the chunked copy after planning).
    void setTotals(qint64 rows, qint64 bytes, int tables);
    void addBytes(qint64 bytes);
    void addRows(qint64 rows);
    // The dump pipeline: a table's rows begin in the stream.
    void tableStarted(const QString& table);
    // The chunked copy: a worker begins or ends work on a table; a table is finished once.
    void workStarted(const QString& table);
    void workEnded(const QString& table);
    void tableFinished();
    // The final report: every byte counted, every table done.
    void finish();

private:
    void reportLocked(bool force);

    QMutex m_mutex;
    SeedProgress m_state;
    QHash<QString, int> m_active; // tables workers are on, and how many workers each
    Seeder::ProgressCallback m_callback;
    QElapsedTimer m_timer;
    qint64 m_lastReport = -1000;
};
