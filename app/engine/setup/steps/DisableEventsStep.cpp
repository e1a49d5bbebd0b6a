#include "StepSupport.h"
#include "Steps.h"
#include "db/SqlText.h"

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
        Result<ResultSet> events = context.query(
            ServerRole::Target,
            QStringLiteral(
                "SELECT EVENT_SCHEMA AS s, EVENT_NAME AS n, DEFINER AS d FROM information_schema.EVENTS "
                "WHERE STATUS = 'ENABLED' AND EVENT_SCHEMA IN (%1)")
                .arg(SqlText::literalList(context.schemas())));
        if (!events)
            return events.error();
        const QString state = context.dialect(ServerRole::Target).eventDisabledOnReplicaClause();
        for (int row = 0; row < events->rowCount(); ++row)
            work.statements << PlannedStatement{ServerRole::Target,
                                                QStringLiteral("ALTER DEFINER=%1 EVENT %2.%3 %4")
                                                    .arg(SqlText::definerAccount(events->text(row, u"d")),
                                                         SqlText::identifier(events->text(row, u"s")),
                                                         SqlText::identifier(events->text(row, u"n")),
                                                         state)};
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
