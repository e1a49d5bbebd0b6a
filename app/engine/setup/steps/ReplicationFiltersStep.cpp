#include "StepSupport.h"
#include "Steps.h"
#include "replication/ReplicationFilters.h"

namespace {

// RDS's own tables, and the schemas that were not copied, must not reach the target.
class ReplicationFiltersStep : public SetupStepDefinition
{
    Q_DECLARE_TR_FUNCTIONS(ReplicationFiltersStep)

public:
    SetupStep::Id id() const override { return SetupStep::Id::ReplicationFilters; }
    QString title() const override { return tr("Replication filters"); }
    SetupStep::Kind kind() const override { return SetupStep::Kind::Confirm; }
    ServerRole role(const Profile&) const override { return ServerRole::Target; }

    QString description(StepContext& context) const override
    {
        const ReplicationFilters filters = ReplicationFilters::forProfile(context.profile());
        return tr("RDS writes tables in the mysql schema (rds_heartbeat2 and others) that the target does "
                  "not have; "
                  "when only some schemas are copied, writes to the others must not reach the target either. "
                  "These "
                  "filters are lost when the target restarts: add these lines to its configuration file as "
                  "well "
                  "(status reports a target that lost them):\n%1\nThe copy also took RDS's own tables "
                  "(mysql.rds_*) "
                  "from %2, so that its housekeeping writes apply harmlessly should the filters be lost.")
            .arg(filters.configLines(context.dialect(ServerRole::Target)).join(QLatin1Char('\n')),
                 ServerRoles::displayName(context.copyRole()));
    }

    Result<StepWork> work(StepContext& context) const override
    {
        StepWork work;
        const Dialect dialect = context.dialect(ServerRole::Target);
        const ReplicationFilters filters = ReplicationFilters::forProfile(context.profile());
        for (const QString& sql : filters.statements(dialect))
            work.statements << PlannedStatement{ServerRole::Target, sql};
        work.question = context.profile().databases.isEmpty()
            ? tr("Make the target ignore RDS's own tables (mysql.rds%)?")
            : tr("Make the target ignore RDS's own tables and replicate only %1?")
                  .arg(context.profile().databases.join(QStringLiteral(", ")));
        work.declined = tr("Declined: the first heartbeat from RDS would stop the target with error 1146.");
        return work;
    }

    Status verify(StepContext& context) const override
    {
        context.log(tr("These filters are lost when the target restarts. Add these lines to its "
                       "configuration file:\n%1")
                        .arg(ReplicationFilters::forProfile(context.profile())
                                 .configLines(context.dialect(ServerRole::Target))
                                 .join(QLatin1Char('\n'))));
        return Done{};
    }
};

} // namespace

std::unique_ptr<SetupStepDefinition> Steps::replicationFilters()
{
    return std::make_unique<ReplicationFiltersStep>();
}
