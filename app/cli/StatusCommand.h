#pragma once

#include "PasswordResolver.h"
#include "monitor/StatusCollector.h"
#include "profile/Profile.h"
#include "secrets/SecretStore.h"

#include <QFutureWatcher>
#include <QObject>
#include <QThreadPool>

#include <memory>

// `replica-wizard-cli status`: one snapshot of source, staging and target, as text or JSON,
// with monitoring-plugin exit codes; `--watch N` repeats every N seconds.
class StatusCommand : public QObject
{
    Q_OBJECT

public:
    // Parses the arguments; returns an exit code when the command is already finished
    // (bad arguments: 3), or -1 when it runs in the event loop and calls QCoreApplication::exit.
    int start(const QStringList& arguments);

private:
    void collect();
    void print(const QList<ServerSnapshot>& snapshots);

    Profile m_profile;
    bool m_json = false;
    int m_watchSeconds = 0;
    std::unique_ptr<SecretStore> m_keychain;
    PasswordResolver* m_passwords = nullptr;
    QThreadPool m_pool;
    QFutureWatcher<ServerSnapshot> m_watcher;
};
