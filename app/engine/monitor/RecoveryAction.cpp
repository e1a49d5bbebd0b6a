#include "RecoveryAction.h"

#include "db/ErrorCatalog.h"
#include "replication/Dialect.h"
#include "setup/SetupConnections.h"

QList<RecoveryAction> RecoveryActions::offeredFor(Health health, const std::optional<Diagnosis>& diagnosis,
                                                  const BinlogRunway& runway, bool sourceIsRds)
{
    if (diagnosis && diagnosis->id == QLatin1String(ErrorCatalog::BinlogPurged))
        return {RecoveryAction::Reseed};
    QList<RecoveryAction> actions;
    if (diagnosis && diagnosis->id == QLatin1String(ErrorCatalog::FiltersMissing))
        return {RecoveryAction::RestoreFilters};
    const bool networkGaveUp = health == Health::IoError && diagnosis
        && (diagnosis->id == QLatin1String(ErrorCatalog::Unreachable)
            || diagnosis->id == QLatin1String(ErrorCatalog::ConnectionLost));
    if (health == Health::Stopped || networkGaveUp)
        actions << RecoveryAction::StartReplica;
    if (sourceIsRds
        && (runway.state == BinlogRunway::State::Shrinking || runway.state == BinlogRunway::State::Critical))
        actions << RecoveryAction::RaiseRetention;
    return actions;
}

int RecoveryActions::raisedRetentionHours(double currentHours)
{
    return qBound(48, int(currentHours * 2), int(BinlogRetention::RdsMaximumHours));
}

QString RecoveryActions::label(RecoveryAction action, int retentionHours)
{
    switch (action) {
    case RecoveryAction::StartReplica:
        return tr("Start replication again");
    case RecoveryAction::RaiseRetention:
        return tr("Raise retention to %1 h").arg(retentionHours);
    case RecoveryAction::RestoreFilters:
        return tr("Set the replication filters again");
    case RecoveryAction::Reseed:
        break;
    }
    return tr("Seed the target again with the wizard...");
}

ServerRole RecoveryActions::roleFor(RecoveryAction action)
{
    return action == RecoveryAction::RaiseRetention ? ServerRole::Source : ServerRole::Target;
}

QStringList RecoveryActions::statementsFor(RecoveryAction action, const ServerSnapshot& snapshot)
{
    if (!snapshot.facts)
        return {};
    const Dialect dialect(snapshot.facts->version);
    switch (action) {
    case RecoveryAction::StartReplica:
        return {dialect.startReplicaStatement()};
    case RecoveryAction::RaiseRetention:
        return {
            Dialect::rdsSetBinlogRetentionStatement(raisedRetentionHours(snapshot.facts->retention.hours))};
    case RecoveryAction::RestoreFilters:
        return snapshot.expectedFilters ? snapshot.expectedFilters->restoreStatements(dialect)
                                        : QStringList();
    case RecoveryAction::Reseed:
        break;
    }
    return {};
}

Status RecoveryActions::run(const StatusCollector::Request& server, const QStringList& statements)
{
    return SetupConnections::runStatements(server.spec, server.password, statements);
}
