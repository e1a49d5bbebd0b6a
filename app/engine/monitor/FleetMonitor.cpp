#include "FleetMonitor.h"

#include "Diagnosis.h"

FleetMonitor::FleetMonitor(int intervalMs, QObject* parent)
    : QObject(parent)
    , m_intervalMs(intervalMs)
{
}

FleetMonitor::~FleetMonitor() = default;

Severity FleetMonitor::Row::worst() const
{
    Severity result = Severity::Ok;
    for (ServerRole role : roles)
        result = HealthClassifier::worst(
            result,
            health.contains(role) ? HealthClassifier::severity(health.value(role)) : Severity::Unknown);
    return result;
}

QString FleetMonitor::Row::worstText() const
{
    const Severity severity = worst();
    if (severity == Severity::Ok)
        return {};
    for (ServerRole role : roles) {
        if (!health.contains(role)) {
            if (severity == Severity::Unknown)
                return QCoreApplication::translate("FleetMonitor", "%1: not checked yet")
                    .arg(ServerRoles::key(role));
            continue;
        }
        if (HealthClassifier::severity(health.value(role)) != severity)
            continue;
        QString text = QStringLiteral("%1: %2").arg(ServerRoles::key(role),
                                                    HealthClassifier::displayName(health.value(role)));
        if (!summary.value(role).isEmpty())
            text += QStringLiteral(" — ") + summary.value(role);
        return text;
    }
    return {};
}

void FleetMonitor::setSetups(const QList<Setup>& setups)
{
    m_watched.clear(); // the pollers' running probes finish on their own and are dropped
    m_rows.clear();
    m_watched.resize(size_t(setups.size()));
    for (int i = 0; i < setups.size(); ++i) {
        const Setup& setup = setups[i];
        Row row;
        row.id = setup.id;
        row.label = setup.label;
        row.profilePath = setup.profilePath;
        row.notify = setup.profile.notify;
        QList<StatusCollector::Request> requests;
        for (const StatusCollector::Request& request :
             StatusCollector::requestsFor(setup.profile, setup.passwords)) {
            if (request.spec.role == ServerRole::Staging && !setup.profile.watchesStaging())
                continue;
            row.roles << request.spec.role;
            // Never a login without the password: on production servers failed logins are noticed.
            if (request.password.isEmpty())
                row.summary.insert(request.spec.role,
                                   tr("No remembered password: open the setup's dashboard "
                                      "and let the keychain remember it."));
            else
                requests << request;
        }
        m_rows.append(row);
        StatusPoller::Options options;
        options.intervalMs = m_intervalMs;
        options.maxBackoffMs = qMax(m_intervalMs, 60000);
        auto poller = std::make_unique<StatusPoller>(requests, options);
        connect(poller.get(), &StatusPoller::snapshotReady, this,
                [this, i](const ServerSnapshot& snapshot) { landed(i, snapshot); });
        m_watched[size_t(i)].poller = std::move(poller);
    }
    emit rowsReset();
    for (Watched& watched : m_watched)
        watched.poller->start();
}

void FleetMonitor::landed(int index, const ServerSnapshot& snapshot)
{
    if (index < 0 || index >= m_rows.size())
        return;
    Row& row = m_rows[index];
    if (!row.roles.contains(snapshot.role))
        return;
    Watched& watched = m_watched[size_t(index)];
    watched.last.insert(snapshot.role, snapshot);
    const ServerSnapshot* source
        = watched.last.contains(ServerRole::Source) ? &watched.last[ServerRole::Source] : nullptr;

    const Health now = HealthClassifier::classify(snapshot);
    const bool seenBefore = row.health.contains(snapshot.role);
    const Health before = row.health.value(snapshot.role, Health::Unknown);
    row.health.insert(snapshot.role, now);
    QString summary;
    if (snapshot.role != ServerRole::Source) {
        if (const std::optional<Diagnosis> diagnosis = Diagnoser::diagnose(snapshot, source))
            summary = diagnosis->summary;
    }
    if (summary.isEmpty() && snapshot.error)
        summary = snapshot.error->explanation.isEmpty() ? snapshot.error->serverMessage
                                                        : snapshot.error->explanation;
    row.summary.insert(snapshot.role, summary);
    if (snapshot.role == ServerRole::Target) {
        const ReplicaStatus* status
            = snapshot.facts && snapshot.facts->replicaStatus ? &*snapshot.facts->replicaStatus : nullptr;
        row.secondsBehind = status ? status->secondsBehindSource : std::nullopt;
        row.trueLagSeconds = snapshot.heartbeatLagSeconds;
    }
    if (source && source->reachable) {
        const ServerSnapshot* target
            = watched.last.contains(ServerRole::Target) ? &watched.last[ServerRole::Target] : nullptr;
        row.runway
            = BinlogRunway::estimate(*source, target, target ? BinlogRunway::dataTime(*target) : std::nullopt,
                                     QDateTime::currentDateTimeUtc());
    } else {
        row.runway = BinlogRunway();
        row.runway.text = BinlogRunway::tr("Unknown: the source has not answered.");
    }
    row.lastCheck = snapshot.takenAt.isValid() ? snapshot.takenAt : QDateTime::currentDateTimeUtc();
    emit rowChanged(index);
    if (seenBefore && before != now)
        emit healthChanged(index, snapshot.role, before, now);
}
