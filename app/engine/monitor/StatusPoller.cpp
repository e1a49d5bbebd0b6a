#include "StatusPoller.h"

#include "ServerProbe.h"

#include <QFutureWatcher>
#include <QThreadPool>
#include <QtConcurrent>

namespace {

// Shared by every poller: a probe blocked on a hung server holds a thread, so there are enough
// of them for three servers of several dashboards. The pool outlives any dashboard.
QThreadPool* probePool()
{
    static QThreadPool* pool = [] {
        auto* p = new QThreadPool(QCoreApplication::instance());
        p->setMaxThreadCount(24);
        p->setExpiryTimeout(30000);
        return p;
    }();
    return pool;
}

} // namespace

StatusPoller::StatusPoller(const QList<StatusCollector::Request>& requests, Options options, QObject* parent)
    : QObject(parent)
    , m_options(options)
{
    for (const StatusCollector::Request& request : requests)
        m_slots.push_back({StatusCollector::probeFor(request)});
    m_timer.setInterval(100);
    connect(&m_timer, &QTimer::timeout, this, &StatusPoller::tick);
    m_clock.start();
}

StatusPoller::~StatusPoller()
{
    // Never wait here: running probes return at once (or by their timeouts) and drop their
    // probe when they do.
    for (Slot& slot : m_slots)
        slot.probe->abort();
}

void StatusPoller::start()
{
    m_timer.start();
    tick();
}

void StatusPoller::setPaused(bool paused)
{
    if (paused == m_paused)
        return;
    m_paused = paused;
    if (!paused) {
        for (Slot& slot : m_slots)
            slot.nextDueMs = 0;
        tick();
    }
    emit pausedChanged(paused);
}

void StatusPoller::setIntervalMs(int ms)
{
    m_options.intervalMs = qMax(250, ms);
}

void StatusPoller::setWriteHeartbeat(bool on)
{
    m_writeHeartbeat = on;
    for (Slot& slot : m_slots) {
        if (slot.probe->spec().role == ServerRole::Source)
            slot.probe->setWriteHeartbeat(on);
    }
}

void StatusPoller::tick()
{
    if (m_paused)
        return;
    const qint64 now = m_clock.elapsed();
    for (Slot& slot : m_slots) {
        if (!slot.inFlight && now >= slot.nextDueMs)
            launch(slot);
    }
}

void StatusPoller::launch(Slot& slot)
{
    slot.inFlight = true;
    const std::shared_ptr<ServerProbe> probe = slot.probe;
    auto* watcher = new QFutureWatcher<ServerSnapshot>(this);
    // m_slots is never resized after construction, so the slot stays where it is.
    connect(watcher, &QFutureWatcher<ServerSnapshot>::finished, this, [this, watcher, &slot] {
        watcher->deleteLater();
        landed(slot, watcher->result());
    });
    watcher->setFuture(QtConcurrent::run(probePool(), [probe] { return probe->probe(); }));
}

void StatusPoller::landed(Slot& slot, ServerSnapshot snapshot)
{
    slot.inFlight = false;
    qint64 wait = m_options.intervalMs;
    if (snapshot.reachable && !snapshot.error) {
        slot.failures = 0;
    } else {
        ++slot.failures;
        wait = backoffMs(slot.failures);
        snapshot.retryInSeconds = int((wait + 999) / 1000);
    }
    slot.nextDueMs = m_clock.elapsed() + wait;
    QList<std::shared_ptr<ServerProbe>> probes;
    for (const Slot& other : m_slots)
        probes << other.probe;
    StatusCollector::shareServerIds(probes, {snapshot});
    emit snapshotReady(snapshot);
}

qint64 StatusPoller::backoffMs(int failures) const
{
    qint64 wait = m_options.intervalMs;
    for (int i = 1; i < failures && wait < m_options.maxBackoffMs; ++i)
        wait *= 2;
    return qMin<qint64>(wait, m_options.maxBackoffMs);
}
