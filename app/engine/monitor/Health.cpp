#include "Health.h"

Health HealthClassifier::classifyReplica(const ServerSnapshot& snapshot, const HealthThresholds& thresholds)
{
    if (!snapshot.reachable)
        return Health::Unreachable;
    if (!snapshot.facts)
        return Health::Unknown;
    const ServerFacts& facts = *snapshot.facts;
    if (facts.replicaStatusError)
        return Health::Unknown;
    if (!facts.replicaStatus)
        return Health::NotReplica;
    const ReplicaStatus& s = *facts.replicaStatus;
    if (s.lastSqlErrno != 0 && !s.sqlThreadRunning())
        return Health::SqlError;
    if (s.lastIoErrno != 0 && !s.ioThreadRunning())
        return Health::IoError;
    if (!s.sqlThreadRunning() || s.ioRunning.compare(QLatin1String("No"), Qt::CaseInsensitive) == 0
        || s.ioRunning.isEmpty())
        return Health::Stopped;
    if (!snapshot.missingFilters.isEmpty())
        return Health::FiltersMissing;
    if (s.ioThreadConnecting())
        return Health::Connecting;
    if (s.secondsBehindSource && *s.secondsBehindSource > thresholds.lagWarningSeconds)
        return Health::Lagging;
    return Health::Ok;
}

Health HealthClassifier::classify(const ServerSnapshot& snapshot, const HealthThresholds& thresholds)
{
    return snapshot.role == ServerRole::Source ? classifySource(snapshot)
                                               : classifyReplica(snapshot, thresholds);
}

Health HealthClassifier::classifySource(const ServerSnapshot& snapshot)
{
    if (!snapshot.reachable)
        return Health::Unreachable;
    if (!snapshot.facts)
        return Health::Unknown;
    // Without a binary log there is nothing to replicate from.
    if (!snapshot.facts->logBin || !snapshot.facts->sourceStatus)
        return Health::Stopped;
    return Health::Ok;
}

Severity HealthClassifier::severity(Health health)
{
    switch (health) {
    case Health::Ok:
    case Health::NotReplica:
        return Severity::Ok;
    case Health::Lagging:
    case Health::Connecting:
    case Health::FiltersMissing:
        return Severity::Warning;
    case Health::IoError:
    case Health::SqlError:
    case Health::Stopped:
    case Health::Unreachable:
        return Severity::Critical;
    case Health::Unknown:
        break;
    }
    return Severity::Unknown;
}

Severity HealthClassifier::worst(Severity a, Severity b)
{
    // UNKNOWN ranks below CRITICAL: a broken replica matters more than an unreadable one.
    const auto rank = [](Severity s) {
        switch (s) {
        case Severity::Ok:
            return 0;
        case Severity::Warning:
            return 1;
        case Severity::Unknown:
            return 2;
        case Severity::Critical:
            return 3;
        }
        return 0;
    };
    return rank(a) >= rank(b) ? a : b;
}

QString HealthClassifier::key(Health health)
{
    switch (health) {
    case Health::Ok:
        return QStringLiteral("ok");
    case Health::Lagging:
        return QStringLiteral("lagging");
    case Health::Connecting:
        return QStringLiteral("connecting");
    case Health::IoError:
        return QStringLiteral("io_error");
    case Health::SqlError:
        return QStringLiteral("sql_error");
    case Health::Stopped:
        return QStringLiteral("stopped");
    case Health::FiltersMissing:
        return QStringLiteral("filters_missing");
    case Health::Unreachable:
        return QStringLiteral("unreachable");
    case Health::NotReplica:
        return QStringLiteral("not_replica");
    case Health::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

QString HealthClassifier::displayName(Health health)
{
    switch (health) {
    case Health::Ok:
        return tr("OK");
    case Health::Lagging:
        return tr("lagging");
    case Health::Connecting:
        return tr("connecting");
    case Health::IoError:
        return tr("IO thread error");
    case Health::SqlError:
        return tr("SQL thread error");
    case Health::Stopped:
        return tr("stopped");
    case Health::FiltersMissing:
        return tr("filters missing");
    case Health::Unreachable:
        return tr("unreachable");
    case Health::NotReplica:
        return tr("not a replica");
    case Health::Unknown:
        break;
    }
    return tr("unknown");
}

QString HealthClassifier::severityKey(Severity severity)
{
    switch (severity) {
    case Severity::Ok:
        return QStringLiteral("OK");
    case Severity::Warning:
        return QStringLiteral("WARNING");
    case Severity::Critical:
        return QStringLiteral("CRITICAL");
    case Severity::Unknown:
        break;
    }
    return QStringLiteral("UNKNOWN");
}
