#include "StepSupport.h"
#include "Steps.h"
#include "setup/RunJournal.h"
#include "setup/SetupChecks.h"

namespace {

// The staging replica stops applying changes; its executed coordinates are the copy's.
class StopStagingStep : public SetupStepDefinition
{
    Q_DECLARE_TR_FUNCTIONS(StopStagingStep)

public:
    SetupStep::Id id() const override { return SetupStep::Id::StopStaging; }
    QString title() const override { return tr("Stop the staging replica and read its coordinates"); }
    SetupStep::Kind kind() const override { return SetupStep::Kind::Confirm; }
    ServerRole role(const Profile&) const override { return ServerRole::Staging; }
    bool belongsTo(SetupStrategy strategy) const override
    {
        return strategy == SetupStrategy::StagingReplica;
    }

    QString description(StepContext&) const override
    {
        return tr(
            "The staging replica stops applying changes; its executed coordinates (Relay_Master_Log_File, "
            "Exec_Master_Log_Pos) are the source position of its data.");
    }

    Result<StepWork> work(StepContext& context) const override
    {
        StepWork work;
        work.reads << context.dialect(ServerRole::Staging).replicaStatusStatement();
        if (!context.has(ServerRole::Staging) || !context.has(ServerRole::Source))
            return work;
        const ServerFacts& staging = context.facts(ServerRole::Staging);
        const ServerFacts& source = context.facts(ServerRole::Source);
        if (const std::optional<EngineError> problem = SetupChecks::stagingProblem(staging, source))
            return *problem;
        if (context.resumedJournal && !staging.replicaStatus->sqlThreadRunning()) {
            // Stopped by the interrupted run before it could record so: its data is where it stopped.
            work.nothing = tr("The staging replica is already stopped.");
            return work;
        }
        const QString stop
            = context.dialect(ServerRole::Staging)
                  .stopReplicaStatement(staging.rds ? Dialect::Hosting::Rds : Dialect::Hosting::SelfManaged);
        work.statements << PlannedStatement{ServerRole::Staging, stop};
        work.question
            = tr("Stop replication on the staging replica %1?").arg(context.profile().staging.endpoint());
        work.declined = tr("Declined: the copy needs a stopped staging replica.");
        return work;
    }

    Status perform(StepContext& context, const StepWork& work) const override
    {
        const Status stopped = SetupStepDefinition::perform(context, work);
        if (stopped)
            context.stagingStopped = true;
        return stopped;
    }

    Status verify(StepContext& context) const override
    {
        Result<SourceCoordinates> coordinates = StepSupport::currentCoordinates(context);
        if (!coordinates)
            return coordinates.error();
        const Status gtid = StepSupport::attachGtid(context, coordinates.value());
        if (!gtid)
            return gtid;
        context.coordinates = coordinates.value();
        context.log(tr("The staging replica's data is at source position %1.").arg(coordinates->toString()));
        return Done{};
    }

    Result<bool> stillDone(StepContext& context) const override
    {
        // Until the target points at the source, the copy depends on the staging replica staying
        // stopped exactly where it was.
        if (context.resumedJournal->state(SetupSteps::key(SetupStep::Id::PointTarget))
            == RunJournal::StepState::Done)
            return true;
        const ServerFacts& staging = context.facts(ServerRole::Staging); // read when this run connected
        const bool running = staging.replicaStatus && staging.replicaStatus->sqlThreadRunning();
        const Result<SourceCoordinates> now = running ? Result<SourceCoordinates>(SourceCoordinates{})
                                                      : StepSupport::currentCoordinates(context);
        if (!now)
            return now.error();
        const SourceCoordinates recorded = context.coordinates.value_or(SourceCoordinates{});
        if (running || now.value() != recorded)
            return EngineError::local(
                tr("The staging replica was restarted since the run stopped it (its data is "
                   "moving on from %1): the copy cannot be resumed.")
                    .arg(recorded.toString()),
                tr("Run the setup again without --resume for a fresh seed."));
        context.stagingStopped = true;
        return true;
    }
};

} // namespace

std::unique_ptr<SetupStepDefinition> Steps::stopStaging()
{
    return std::make_unique<StopStagingStep>();
}
