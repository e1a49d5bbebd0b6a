#pragma once

#include "ProfileCommand.h"
#include "monitor/Health.h"
#include "monitor/ServerProbe.h"
#include "monitor/StatusCollector.h"

#include <QFutureWatcher>
#include <QThreadPool>

// `replica-wizard-cli status`: one snapshot of source, staging and target, as text or JSON,
// with monitoring-plugin exit codes; `--watch N` repeats every N seconds.
class StatusCommand : public ProfileCommand
{
    Q_OBJECT

public:
    // Parses the arguments; returns an exit code when the command is already finished
    // (bad arguments: 3), or -1 when it runs in the event loop and calls QCoreApplication::exit.
    int start(const QStringList& arguments);

private:
    void collect();
    void print(const QList<ServerSnapshot>& snapshots);

    bool m_json = false;
    int m_watchSeconds = 0;
    HealthThresholds m_thresholds;
    QThreadPool m_pool;
    QList<std::shared_ptr<ServerProbe>> m_probes; // kept across --watch refreshes
    QFutureWatcher<ServerSnapshot> m_watcher;
};
