#pragma once

#include "Confirmer.h"

#include <QMutex>
#include <QObject>
#include <QSemaphore>

// Asks on the thread that owns this object (the GUI's) while the runner's worker thread waits:
// confirm() emits asked() and waits for answer(); abandon() makes a waiting and every later
// question come back "no" at once, so a worker never waits for a window that is gone.
class QueuedConfirmer : public QObject, public Confirmer
{
    Q_OBJECT

public:
    using QObject::QObject;

    bool confirm(const SetupStep& step, const QString& question, const QStringList& commands) override;
    // From the owning thread: the answer to the question asked last.
    void answer(bool yes);
    void abandon();

signals:
    void asked(const SetupStep& step, const QString& question, const QStringList& commands);

private:
    QMutex m_mutex;
    bool m_waiting = false;
    bool m_yes = false;
    QSemaphore m_answered;
    bool m_abandoned = false;
};
