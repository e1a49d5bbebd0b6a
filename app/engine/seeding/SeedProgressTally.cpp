#include "SeedProgressTally.h"

SeedProgressTally::SeedProgressTally(const SeedRequest& request, Seeder::ProgressCallback callback)
    : m_callback(std::move(callback))
{
    m_state.estimatedBytes = request.estimatedBytes;
    m_state.tablesTotal = request.tableCount;
    m_timer.start();
}

void SeedProgressTally::addBytes(qint64 bytes)
{
    QMutexLocker lock(&m_mutex);
    m_state.bytes += bytes;
    reportLocked(false);
}

void SeedProgressTally::tableStarted(const QString& table)
{
    QMutexLocker lock(&m_mutex);
    m_state.currentTable = table;
    ++m_state.tablesDone;
}

void SeedProgressTally::finish()
{
    QMutexLocker lock(&m_mutex);
    m_state.tablesDone = qMax(m_state.tablesDone, m_state.tablesTotal);
    m_state.estimatedBytes = m_state.bytes;
    reportLocked(true);
}

void SeedProgressTally::reportLocked(bool force)
{
    m_state.elapsedMs = m_timer.elapsed();
    if (!m_callback || (!force && m_state.elapsedMs - m_lastReport < 200))
        return;
    m_lastReport = m_state.elapsedMs;
    m_callback(m_state);
}
