#include "StepSupport.h"
#include "Steps.h"
#include "db/ErrorCatalog.h"
#include "setup/SetupChecks.h"

namespace {

// The target must be its own server and free: an earlier replication setup is removed.
class PrepareTargetStep : public SetupStepDefinition
{
    Q_DECLARE_TR_FUNCTIONS(PrepareTargetStep)

public:
    SetupStep::Id id() const override { return SetupStep::Id::PrepareTarget; }
    QString title() const override { return tr("Prepare the target"); }
    SetupStep::Kind kind() const override { return SetupStep::Kind::Confirm; }
    ServerRole role(const Profile&) const override { return ServerRole::Target; }

    QString description(StepContext&) const override
    {
        return tr(
            "The target's server id must differ from the source's and the staging replica's. A target that "
            "already replicates is stopped and its replication settings are removed.");
    }

    Result<StepWork> work(StepContext& context) const override
    {
        StepWork work;
        if (!context.has(ServerRole::Target))
            return work;
        const ServerFacts& target = context.facts(ServerRole::Target);
        if (SetupChecks::targetIsSource(context.profile(), context.connections().facts))
            return EngineError::local(
                tr("The target is the source itself (%1).").arg(context.profile().target.endpoint()),
                tr("Enter the external server that is to become the replica as the target."),
                QString::fromLatin1(ErrorCatalog::ServerIdClash));
        const QList<SetupChecks::IdentityClash> clashes = SetupChecks::identityClashes(
            context.connections().facts, SetupConnections::rolesOf(context.profile()));
        if (!clashes.isEmpty())
            return EngineError::local(SetupChecks::describe(clashes.first(), target.serverId),
                                      tr("Give the target its own server_id (SET GLOBAL server_id and in its "
                                         "configuration file)."),
                                      QString::fromLatin1(ErrorCatalog::ServerIdClash));
        if (!target.replicaStatus) {
            work.nothing = tr("The target is not a replica.");
            return work;
        }
        const Dialect dialect = context.dialect(ServerRole::Target);
        work.statements << PlannedStatement{ServerRole::Target, dialect.stopReplicaStatement()}
                        << PlannedStatement{ServerRole::Target, dialect.resetReplicaAllStatement()};
        work.question
            = tr("The target already replicates from %1:%2. Stop it and remove its replication settings?")
                  .arg(target.replicaStatus->sourceHost)
                  .arg(target.replicaStatus->sourcePort);
        work.declined = tr("Declined: the target already replicates from another server.");
        return work;
    }
};

} // namespace

std::unique_ptr<SetupStepDefinition> Steps::prepareTarget()
{
    return std::make_unique<PrepareTargetStep>();
}
