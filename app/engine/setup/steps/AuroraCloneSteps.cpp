#include "StepSupport.h"
#include "Steps.h"
#include "setup/AuroraChecklist.h"
#include "setup/SetupChecks.h"

namespace {

QList<PlannedStatement> commandsOf(const QList<AuroraChecklist::Item>& items, ServerRole role)
{
    QList<PlannedStatement> statements;
    for (const AuroraChecklist::Item& item : items)
        for (const QString& command : item.commands)
            statements << PlannedStatement{role, command, true};
    return statements;
}

// Aurora: the DBA makes the clone (AWS's side, which SQL cannot do) and confirms it exists; the
// plan lists the exact commands, nothing of them runs here.
class CreateCloneStep : public SetupStepDefinition
{
    Q_DECLARE_TR_FUNCTIONS(CreateCloneStep)

public:
    SetupStep::Id id() const override { return SetupStep::Id::CreateClone; }
    QString title() const override { return tr("Make the Aurora clone (AWS)"); }
    SetupStep::Kind kind() const override { return SetupStep::Kind::Manual; }
    ServerRole role(const Profile&) const override { return ServerRole::Staging; }
    bool belongsTo(SetupStrategy strategy) const override { return strategy == SetupStrategy::AuroraClone; }

    QString description(StepContext& context) const override
    {
        return tr("Aurora readers are not binlog replicas: the copy comes from a clone of the cluster, made "
                  "with these AWS commands (run by you, not by this tool):\n%1")
            .arg(AuroraChecklist::toText(AuroraChecklist(context.profile()).beforeSetup()));
    }

    Result<StepWork> work(StepContext& context) const override
    {
        StepWork work;
        const AuroraChecklist checklist(context.profile());
        work.statements = commandsOf(checklist.beforeSetup(), ServerRole::Staging);
        work.question
            = tr("Is the clone %1 available at %2, made after binary logging and retention were set on "
                 "the cluster, and is the crash-recovery position its event's?")
                  .arg(checklist.clone(), context.profile().staging.endpoint());
        work.declined = tr("Declined: the copy needs the Aurora clone.");
        return work;
    }

    Status perform(StepContext& context, const StepWork&) const override
    {
        context.log(tr("The clone was made by the DBA (confirmed)."));
        return Done{};
    }
};

// Aurora: the clone's data is at the position of its crash-recovery event, checked on the source.
class ReadClonePositionStep : public SetupStepDefinition
{
    Q_DECLARE_TR_FUNCTIONS(ReadClonePositionStep)

public:
    SetupStep::Id id() const override { return SetupStep::Id::ReadClonePosition; }
    QString title() const override { return tr("Take the clone's binary log position"); }
    SetupStep::Kind kind() const override { return SetupStep::Kind::Automatic; }
    ServerRole role(const Profile&) const override { return ServerRole::Staging; }
    bool belongsTo(SetupStrategy strategy) const override { return strategy == SetupStrategy::AuroraClone; }

    QString description(StepContext&) const override
    {
        return tr(
            "The source position of the clone's data is the one in its crash-recovery event, which must "
            "be an event's start in a binary log the source still has. The clone's own SHOW MASTER "
            "STATUS is not used: a restored cluster starts a new binary log file.");
    }

    Result<StepWork> work(StepContext& context) const override
    {
        StepWork work;
        work.reads << tr("the crash-recovery position: %1").arg(context.profile().clonePosition)
                   << context.dialect(ServerRole::Staging).replicaStatusStatement()
                   << context.dialect(ServerRole::Source).binaryLogsStatement();
        return work;
    }

    Status verify(StepContext& context) const override
    {
        Result<SourceCoordinates> at = StepSupport::currentCoordinates(context);
        if (!at)
            return at.error();
        StepReader source = context.reader(ServerRole::Source);
        if (const std::optional<EngineError> problem
            = SetupChecks::clonePositionOnSource(source, context.dialect(ServerRole::Source), at.value()))
            return *problem;
        SourceCoordinates coordinates = at.value();
        // MySQL: the clone's executed GTID set is the one at its position.
        const ServerFacts& clone = context.facts(ServerRole::Staging);
        if (clone.version.isMySql())
            coordinates.gtid = clone.gtidBinlogPos;
        const Status gtid = StepSupport::attachGtid(context, coordinates);
        if (!gtid)
            return gtid;
        context.coordinates = coordinates;
        context.log(tr("The clone's data is at source position %1.").arg(coordinates.toString()));
        return Done{};
    }

    Result<bool> stillDone(StepContext&) const override
    {
        return false; // only reads: take it again
    }
};

// Aurora: the clone is no longer needed, and costs money while it exists.
class DeleteCloneStep : public SetupStepDefinition
{
    Q_DECLARE_TR_FUNCTIONS(DeleteCloneStep)

public:
    SetupStep::Id id() const override { return SetupStep::Id::DeleteClone; }
    QString title() const override { return tr("Delete the Aurora clone (AWS)"); }
    SetupStep::Kind kind() const override { return SetupStep::Kind::Manual; }
    ServerRole role(const Profile&) const override { return ServerRole::Staging; }
    bool belongsTo(SetupStrategy strategy) const override { return strategy == SetupStrategy::AuroraClone; }

    QString description(StepContext& context) const override
    {
        const AuroraChecklist::Item item = AuroraChecklist(context.profile()).deleteClone();
        return tr("%1 The target replicates from the writer, not from the clone:\n%2")
            .arg(item.why, item.commands.join(QLatin1Char('\n')));
    }

    Result<StepWork> work(StepContext& context) const override
    {
        StepWork work;
        const AuroraChecklist checklist(context.profile());
        work.statements = commandsOf({checklist.deleteClone()}, ServerRole::Staging);
        work.question
            = tr("Delete the clone %1 now (it costs money while it exists)? Confirm once it is deleted.")
                  .arg(checklist.clone());
        work.declined = tr("The clone %1 still exists and costs money: delete it when you no longer need it.")
                            .arg(checklist.clone());
        work.optional = true;
        return work;
    }

    Status perform(StepContext& context, const StepWork&) const override
    {
        context.log(tr("The clone was deleted by the DBA (confirmed)."));
        return Done{};
    }
};

} // namespace

std::unique_ptr<SetupStepDefinition> Steps::createClone()
{
    return std::make_unique<CreateCloneStep>();
}

std::unique_ptr<SetupStepDefinition> Steps::readClonePosition()
{
    return std::make_unique<ReadClonePositionStep>();
}

std::unique_ptr<SetupStepDefinition> Steps::deleteClone()
{
    return std::make_unique<DeleteCloneStep>();
}
