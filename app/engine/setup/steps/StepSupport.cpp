#include "StepSupport.h"

#include "db/ErrorCatalog.h"
#include "replication/BinlogInspector.h"
#include "replication/MariaDbGtidList.h"
#include "replication/ServerInspector.h"
#include "setup/SetupChecks.h"

Result<SourceCoordinates> StepSupport::stagingCoordinates(SqlSession& session, const Dialect& dialect,
                                                          bool rds)
{
    bool viaProcedure = false;
    Result<std::optional<ReplicaStatus>> status
        = ServerInspector(session).readReplicaStatus(dialect, rds, &viaProcedure);
    if (!status)
        return status.error();
    if (!status.value())
        return EngineError::local(tr("The staging replica is not a replica."),
                                  tr("Choose an RDS read replica of the source as the staging replica."));
    const ReplicaStatus& r = *status.value();
    if (r.sqlThreadRunning())
        return EngineError::local(
            tr("The staging replica's SQL thread is running: its data is moving."),
            tr("It may have been restarted (an RDS reboot restarts replication). Run the "
               "setup again."));
    return SourceCoordinates{r.execSourceLogFile, r.execSourceLogPos, r.executedGtidSet};
}

Result<SourceCoordinates> StepSupport::currentCoordinates(StepContext& context)
{
    const ServerRole role = context.copyRole();
    const Dialect dialect = context.dialect(role);
    if (context.profile().strategy == SetupStrategy::AuroraClone) {
        // Never the clone's SHOW MASTER STATUS: a restored cluster starts a binary log of its own.
        StepReader reader = context.reader(role);
        return clonePosition(reader, dialect, context.facts(role), context.profile());
    }
    if (role == ServerRole::Staging) {
        StepReader reader = context.reader(role);
        return stagingCoordinates(reader, dialect, context.facts(role).rds);
    }
    Result<ResultSet> status = context.query(role, dialect.sourceStatusStatement());
    if (!status)
        return status.error();
    const auto source = dialect.parseSourceStatus(status.value());
    if (!source)
        return EngineError::local(tr("The source has no binary log."),
                                  tr("Enable binary logging (on RDS: backups)."));
    return SourceCoordinates{source->binlogFile, source->binlogPosition, source->executedGtidSet};
}

Result<SourceCoordinates> StepSupport::clonePosition(SqlSession& session, const Dialect& dialect,
                                                     const ServerFacts& inspected, const Profile& profile)
{
    // The clone's replica status now (a clone has none; a replica that runs is no clone).
    ServerFacts now = inspected;
    bool viaProcedure = false;
    const Result<std::optional<ReplicaStatus>> status
        = ServerInspector(session).readReplicaStatus(dialect, inspected.rds, &viaProcedure);
    if (!status)
        return status.error();
    now.replicaStatus = status.value();
    now.replicaStatusError.reset();
    return SetupChecks::clonePosition(profile, now);
}

std::function<Result<QString>(SqlSession&)> StepSupport::copyPositionProbe(const StepContext& context)
{
    if (context.copyRole() != ServerRole::Staging)
        return {};
    const Dialect dialect = context.dialect(ServerRole::Staging);
    const ServerFacts facts = context.facts(ServerRole::Staging);
    if (context.profile().strategy == SetupStrategy::AuroraClone) {
        const Profile profile = context.profile();
        return [dialect, facts, profile](SqlSession& session) -> Result<QString> {
            const Result<SourceCoordinates> at = clonePosition(session, dialect, facts, profile);
            if (!at)
                return at.error();
            return at->toString();
        };
    }
    const bool rds = facts.rds;
    return [dialect, rds](SqlSession& session) -> Result<QString> {
        const Result<SourceCoordinates> at = stagingCoordinates(session, dialect, rds);
        if (!at)
            return at.error();
        return at->toString();
    };
}

Status StepSupport::attachGtid(StepContext& context, SourceCoordinates& coordinates)
{
    const Result<GtidChoice> choice = context.gtid();
    if (!choice)
        return choice.error();
    if (!choice->byGtid()) {
        coordinates.gtid.clear();
        return Done{};
    }
    if (choice->mode == GtidChoice::Mode::MySqlAutoPosition) {
        // The replica's Executed_Gtid_Set or the source's, read with the position itself.
        if (coordinates.gtid.isEmpty())
            return EngineError::local(
                tr("The %1 reports no executed GTID set at %2.")
                    .arg(ServerRoles::displayName(context.copyRole()), coordinates.toString()),
                tr("Check gtid_mode on the source and the staging replica, or set gtid=off."));
        return Done{};
    }
    const QString statement
        = context.dialect(ServerRole::Source).gtidAtPositionStatement(coordinates.file, coordinates.position);
    const Result<ResultSet> gtid = context.query(ServerRole::Source, statement);
    if (!gtid)
        return gtid.error();
    const QString position = gtid->isEmpty() ? QString() : gtid->text(0, u"gtid");
    if (position.isEmpty() || !MariaDbGtidList::parse(position))
        return EngineError::local(
            tr("The source cannot tell the GTID position at %1 (BINLOG_GTID_POS returned '%2').")
                .arg(coordinates.toString(), position),
            tr("The binary log file may be gone already: raise the binlog retention and run the setup "
               "again, or set gtid=off."));
    coordinates.gtid = position;
    context.log(tr("GTID position at %1: %2.").arg(coordinates.toString(), position));
    return Done{};
}

Status StepSupport::sourceQuietBetween(StepContext& context, const SourceCoordinates& from,
                                       const SourceCoordinates& to)
{
    StepReader reader = context.reader(ServerRole::Source);
    const Status quiet
        = BinlogInspector(reader, context.dialect(ServerRole::Source)).onlyRdsWritesBetween(from, to);
    if (!quiet)
        return EngineError::local(
            tr("The source's position moved from %1 to %2: writes are still arriving. %3")
                .arg(from.toString(), to.toString(), quiet.error().explanation),
            tr("Hold off every application write, then run the setup again."),
            QString::fromLatin1(ErrorCatalog::PositionMoved));
    return Done{};
}

QString StepSupport::resumeStagingStatement(const StepContext& context)
{
    const bool rds = context.has(ServerRole::Staging) && context.facts(ServerRole::Staging).rds;
    return context.dialect(ServerRole::Staging)
        .startReplicaStatement(rds ? Dialect::Hosting::Rds : Dialect::Hosting::SelfManaged);
}

EngineError StepSupport::declined(const QString& text)
{
    return EngineError::local(text, {}, QString::fromLatin1(ErrorCatalog::Declined));
}
