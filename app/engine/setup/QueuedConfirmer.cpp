#include "QueuedConfirmer.h"

bool QueuedConfirmer::confirm(const SetupStep& step, const QString& question, const QStringList& commands)
{
    {
        QMutexLocker lock(&m_mutex);
        if (m_abandoned)
            return false;
        m_waiting = true;
    }
    emit asked(step, question, commands);
    while (!m_answered.tryAcquire(1, 100)) {
        if (m_abandoned) {
            QMutexLocker lock(&m_mutex);
            m_waiting = false;
            return false;
        }
    }
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
    m_abandoned = true;
}
