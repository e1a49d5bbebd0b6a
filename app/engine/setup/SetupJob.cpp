#include "SetupJob.h"

#include "QueuedConfirmer.h"

#include <QThread>

SetupJob::SetupJob(SetupInput input, QObject* parent)
    : QObject(parent)
    , m_input(std::move(input))
{
    auto queued = std::make_shared<QueuedConfirmer>();
    m_queued = queued.get();
    connect(m_queued, &QueuedConfirmer::asked, this, &SetupJob::asked);
    m_confirmer = queued;
}

SetupJob::SetupJob(SetupInput input, std::shared_ptr<Confirmer> confirmer, QObject* parent)
    : QObject(parent)
    , m_input(std::move(input))
    , m_confirmer(std::move(confirmer))
{
}

SetupJob::~SetupJob()
{
    if (m_queued) {
        disconnect(m_queued, nullptr, this, nullptr);
        m_queued->abandon();
    }
    cancel();
}

void SetupJob::start()
{
    if (m_running)
        return;
    m_running = true;
    auto* thread = new QThread;
    thread->setObjectName(QStringLiteral("setup-runner"));
    auto* runner = new SetupRunner(m_input, m_confirmer.get(), m_cancellation);
    runner->moveToThread(thread);
    connect(runner, &SetupRunner::planReady, this, &SetupJob::planReady);
    connect(runner, &SetupRunner::stepStarted, this, &SetupJob::stepStarted);
    connect(runner, &SetupRunner::stepFinished, this, &SetupJob::stepFinished);
    connect(runner, &SetupRunner::seedProgress, this, &SetupJob::seedProgress);
    connect(runner, &SetupRunner::logLine, this, &SetupJob::logLine);
    connect(runner, &SetupRunner::finished, this, [this](bool ok, const QString& summary) {
        m_running = false;
        emit finished(ok, summary);
    });
    // The worker's end tears it down; the confirmer lives as long as the worker may ask it.
    connect(runner, &SetupRunner::finished, thread, &QThread::quit);
    connect(thread, &QThread::finished, runner, &QObject::deleteLater);
    connect(thread, &QThread::finished, thread, [thread, keep = m_confirmer] { thread->deleteLater(); });
    connect(thread, &QThread::started, runner, &SetupRunner::run);
    thread->start();
}

void SetupJob::cancel()
{
    if (m_queued)
        m_queued->answer(false);
    if (m_running)
        m_cancellation->cancel(); // aborts the running statement and the copy; nothing further starts
}

void SetupJob::answer(bool yes)
{
    if (m_queued)
        m_queued->answer(yes);
}
