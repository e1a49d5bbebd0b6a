#include "QueuedConfirmer.h"

bool QueuedConfirmer::confirm(const SetupStep& step, const QString& question, const QStringList& commands)
{
    {
        QMutexLocker lock(&m_mutex);
        if (m_abandoned)
            return false;
        m_waiting = true;
        m_yes = false;
    }
    emit asked(step, question, commands);
    m_answered.acquire(); // released by answer() or abandon()
    QMutexLocker lock(&m_mutex);
    return m_yes;
}

void QueuedConfirmer::answer(bool yes)
{
    QMutexLocker lock(&m_mutex);
    if (!m_waiting)
        return; // no question is open (or it was abandoned)
    m_waiting = false;
    m_yes = yes;
    m_answered.release();
}

void QueuedConfirmer::abandon()
{
    QMutexLocker lock(&m_mutex);
    m_abandoned = true;
    if (m_waiting) {
        m_waiting = false;
        m_yes = false;
        m_answered.release();
    }
}
