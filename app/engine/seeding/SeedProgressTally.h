#pragma once

#include "Seeder.h"

#include <QElapsedTimer>
#include <QMutex>

// Sums the progress of parallel pipelines and reports it at most every 200 ms. Thread-safe.
class SeedProgressTally
{
public:
    SeedProgressTally(const SeedRequest& request, Seeder::ProgressCallback callback);

    void addBytes(qint64 bytes);
    void tableStarted(const QString& table);
    // The final report: every byte counted, every table done.
    void finish();

private:
    void reportLocked(bool force);

    QMutex m_mutex;
    SeedProgress m_state;
    Seeder::ProgressCallback m_callback;
    QElapsedTimer m_timer;
    qint64 m_lastReport = -1000;
};
