#include "StepSupport.h"
#include "Steps.h"
#include "db/SqlText.h"
#include "setup/SetupChecks.h"

namespace {

// Events run on the source; their results arrive by replication. On the target they stay disabled.
class DisableEventsStep : public SetupStepDefinition
{
    Q_DECLARE_TR_FUNCTIONS(DisableEventsStep)

public:
    SetupStep::Id id() const override { return SetupStep::Id::DisableEvents; }
    QString title() const override { return tr("Keep copied events from running on the target"); }
    SetupStep::Kind kind() const override { return SetupStep::Kind::Confirm; }
    ServerRole role(const Profile&) const override { return ServerRole::Target; }

    QString description(StepContext&) const override
    {
        return tr(
            "Events run on the source; their results arrive by replication. The copy creates them disabled "
            "as on a replica; any copied event still enabled on the target is disabled here.");
    }

    Result<StepWork> work(StepContext& context) const override
    {
        StepWork work;
        if (!context.has(ServerRole::Target))
            return work;
        StepReader target = context.reader(ServerRole::Target);
        const Result<QList<SetupChecks::Event>> events
            = SetupChecks::enabledEvents(target, context.schemas());
        if (!events)
            return events.error();
        const QString state = context.dialect(ServerRole::Target).eventDisabledOnReplicaClause();
        for (const SetupChecks::Event& event : events.value())
            work.statements << PlannedStatement{ServerRole::Target,
                                                QStringLiteral("ALTER DEFINER=%1 EVENT %2.%3 %4")
                                                    .arg(SqlText::definerAccount(event.definer),
                                                         SqlText::identifier(event.schema),
                                                         SqlText::identifier(event.name), state)};
        work.nothing = tr("No copied event is enabled on the target.");
        work.question = tr("Disable the copied events on the target (they run on the source)?");
        work.declined = tr("Declined: events running on the target would collide with replicated writes.");
        return work;
    }
};

} // namespace

std::unique_ptr<SetupStepDefinition> Steps::disableEvents()
{
    return std::make_unique<DisableEventsStep>();
}
