#include "SeedProgressTally.h"

#include <QStringList>

SeedProgressTally::SeedProgressTally(const SeedRequest& request, Seeder::ProgressCallback callback)
    : m_callback(std::move(callback))
{
    m_state.estimatedBytes = request.estimatedBytes;
    m_state.tablesTotal = request.tableCount;
    m_timer.start();
}

void SeedProgressTally::setTotals(qint64 rows, qint64 bytes, int tables)
{
    QMutexLocker lock(&m_mutex);
    m_state.estimatedRows = rows;
    m_state.estimatedBytes = bytes;
    m_state.tablesTotal = tables;
    reportLocked(true);
}

void SeedProgressTally::addBytes(qint64 bytes)
{
    QMutexLocker lock(&m_mutex);
    m_state.bytes += bytes;
    reportLocked(false);
}

void SeedProgressTally::addRows(qint64 rows)
{
    QMutexLocker lock(&m_mutex);
    m_state.rows += rows;
    reportLocked(false);
}

void SeedProgressTally::tableStarted(const QString& table)
{
    QMutexLocker lock(&m_mutex);
    m_state.currentTable = table;
    ++m_state.tablesDone;
}

void SeedProgressTally::workStarted(const QString& table)
{
    QMutexLocker lock(&m_mutex);
    ++m_active[table];
    m_state.currentTable = QStringList(m_active.keyBegin(), m_active.keyEnd()).join(QStringLiteral(", "));
}

void SeedProgressTally::workEnded(const QString& table)
{
    QMutexLocker lock(&m_mutex);
    if (--m_active[table] <= 0)
        m_active.remove(table);
    if (!m_active.isEmpty())
        m_state.currentTable = QStringList(m_active.keyBegin(), m_active.keyEnd()).join(QStringLiteral(", "));
}

void SeedProgressTally::tableFinished()
{
    QMutexLocker lock(&m_mutex);
    ++m_state.tablesDone;
    reportLocked(false);
}

void SeedProgressTally::finish()
{
    QMutexLocker lock(&m_mutex);
    m_state.tablesDone = qMax(m_state.tablesDone, m_state.tablesTotal);
    m_state.estimatedBytes = m_state.bytes;
    if (m_state.estimatedRows > 0)
        m_state.estimatedRows = m_state.rows;
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
