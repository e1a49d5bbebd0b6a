#pragma once

#include "ProfileCommand.h"
#include "StatusFormat.h"
#include "monitor/Health.h"
#include "monitor/ServerProbe.h"
#include "monitor/StatusCollector.h"

#include <QThreadPool>

#include <memory>

// `replica-wizard-cli status`: one snapshot of a setup's source, staging and target (or, with
// --all, of every saved setup), as text, JSON, Prometheus metrics or a Nagios line, with
// monitoring-plugin exit codes; `--watch N` repeats every N seconds; `--textfile DIR` writes the
// metrics for node_exporter's textfile collector, replacing the file atomically.
class StatusCommand : public ProfileCommand
{
    Q_OBJECT

public:
    StatusCommand();
    ~StatusCommand() override;

    // Parses the arguments; returns an exit code when the command is already finished
    // (bad arguments: 3), or -1 when it runs in the event loop and calls QCoreApplication::exit.
    int start(const QStringList& arguments);

private:
    struct Watched
    {
        QString label;
        QString profilePath;
        Profile profile;
        PasswordResolver* passwords = nullptr; // null for the single setup (ProfileCommand's)
        QString problem; // why it cannot be checked (its passwords)
        QList<std::shared_ptr<ServerProbe>> probes; // kept across --watch refreshes
        QList<ServerSnapshot> snapshots;
    };

    bool loadLibrary(const QString& root);
    void resolveFleet();
    void collect();
    void print();
    bool writeTextfile(const QString& text) const;
    static QStringList groupsFor(const Profile& profile);

    StatusFormat m_format = StatusFormat::Text;
    bool m_fleet = false;
    int m_watchSeconds = 0;
    QString m_textfileDir;
    QString m_fleetSecrets;
    HealthThresholds m_thresholds;
    QThreadPool m_pool;
    std::unique_ptr<SecretStore> m_fleetKeychain;
    QList<Watched> m_setups;
    int m_pending = 0;
};
