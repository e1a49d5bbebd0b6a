#include "RecoveryAction.h"

#include "db/ErrorCatalog.h"
#include "db/ServerSession.h"

QList<RecoveryAction> RecoveryActions::offeredFor(Health health, const std::optional<Diagnosis>& diagnosis,
                                                  const BinlogRunway& runway, bool sourceIsRds)
{
    if (diagnosis && diagnosis->id == QLatin1String(ErrorCatalog::BinlogPurged))
        return {RecoveryAction::Reseed};
    QList<RecoveryAction> actions;
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
    case RecoveryAction::Reseed:
        break;
    }
    return tr("Seed the target again with the wizard...");
}

Status RecoveryActions::run(const StatusCollector::Request& server, const QString& statement)
{
    ServerSession session(server.spec);
    const Status opened = session.open(server.password);
    if (!opened)
        return opened;
    return session.execute(statement);
}
