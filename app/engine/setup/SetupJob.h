#pragma once

#include "SetupRunner.h"

#include <QObject>

#include <memory>

class QThread;
class QueuedConfirmer;

// One setup run: owns the worker thread and the runner on it, and forwards what the runner
// reports. cancel() aborts the running statement (a CHECKSUM TABLE, the copy's pipelines) and
// nothing further starts. Destroying a running job cancels it and returns at once: the worker
// ends by itself and deletes itself and its thread; no one waits for it.
class SetupJob : public QObject
{
    Q_OBJECT

public:
    // Questions come out as asked(); answer them with answer().
    explicit SetupJob(SetupInput input, QObject* parent = nullptr);
    // Questions go to `confirmer` on the worker thread (a terminal prompt, --yes).
    SetupJob(SetupInput input, std::shared_ptr<Confirmer> confirmer, QObject* parent = nullptr);
    ~SetupJob() override;

    void start();
    void cancel();
    bool isRunning() const { return m_running; }
    void answer(bool yes);

signals:
    void asked(const SetupStep& step, const QString& question, const QStringList& commands);
    void planReady(const QList<SetupStep>& steps);
    void stepStarted(int index, const SetupStep& step);
    void stepFinished(int index, bool ok, const QString& message);
    void seedProgress(const SeedProgress& progress);
    void logLine(const QString& line);
    void finished(bool ok, const QString& summary);

private:
    SetupInput m_input;
    std::shared_ptr<Confirmer> m_confirmer;
    QueuedConfirmer* m_queued = nullptr; // the same object as m_confirmer, when questions are queued
    std::shared_ptr<RunCancellation> m_cancellation = std::make_shared<RunCancellation>();
    bool m_running = false;
};
