#include "StepSupport.h"
#include "Steps.h"
#include "seeding/SchemaObjectCopier.h"

namespace {

// Views, routines, triggers and events, after the data, as SchemaObjectCopier reads and writes them.
class CopyObjectsStep : public SetupStepDefinition
{
    Q_DECLARE_TR_FUNCTIONS(CopyObjectsStep)

public:
    SetupStep::Id id() const override { return SetupStep::Id::CopyObjects; }
    QString title() const override { return tr("Create views, routines, triggers and events"); }
    SetupStep::Kind kind() const override { return SetupStep::Kind::Confirm; }
    ServerRole role(const Profile&) const override { return ServerRole::Target; }

    QString description(StepContext& context) const override
    {
        return tr("Each object is read from %1 (SHOW CREATE) and created on the target with the sql_mode, "
                  "collation and time zone it was created with, views after the views they read, and %2. "
                  "Events "
                  "are created disabled, as on a replica.")
            .arg(ServerRoles::displayName(context.copyRole()), context.profile().definers.describe());
    }

    Result<StepWork> work(StepContext& context) const override
    {
        StepWork work;
        const ServerRole from = context.copyRole();
        if (!context.has(from))
            return work;
        // Listed when the run connected, and again once the origin stopped changing (definer step).
        const SetupConnections& connections = context.connections();
        if (connections.objects.isEmpty() && connections.definersError)
            return *connections.definersError; // they could not be listed
        StepReader reader = context.reader(from);
        Result<QList<SchemaObject>> objects = SchemaObjectCopier::read(reader, connections.objects);
        if (!objects)
            return objects.error();
        context.readObjects = objects.value();
        if (objects->isEmpty()) {
            work.nothing = tr("The copied schemas have no views, routines, triggers or events.");
            return work;
        }
        for (const QString& sql : statements(context))
            work.statements << PlannedStatement{ServerRole::Target, sql};
        work.question = tr("Create %n view(s), routine(s), trigger(s) and event(s) on the target (%1)?",
                           nullptr, int(objects->size()))
                            .arg(context.profile().definers.describe());
        work.declined
            = tr("Declined: the target holds the tables but no views, routines, triggers or events.");
        return work;
    }

    Status perform(StepContext& context, const StepWork&) const override
    {
        // The same statements as work() listed, object by object, so that a failure names the object.
        const Status saved = run(context, SchemaObjectCopier::saveSessionStatements());
        if (!saved)
            return saved;
        Status created = Done{};
        for (const SchemaObject& object : context.readObjects) {
            created = run(context,
                          SchemaObjectCopier::statementsFor(object, context.dialect(ServerRole::Target),
                                                            context.profile().definers));
            if (!created) {
                created = SchemaObjectCopier::explained(created.error(), object, context.profile().definers);
                break;
            }
        }
        const Status restored = run(context, SchemaObjectCopier::restoreSessionStatements());
        if (!created)
            return created;
        if (!restored)
            return restored;
        context.log(tr("Created %n object(s) on the target.", nullptr, int(context.readObjects.size())));
        return Done{};
    }

private:
    static QStringList statements(StepContext& context)
    {
        QStringList all = SchemaObjectCopier::saveSessionStatements();
        for (const SchemaObject& object : context.readObjects)
            all << SchemaObjectCopier::statementsFor(object, context.dialect(ServerRole::Target),
                                                     context.profile().definers);
        return all << SchemaObjectCopier::restoreSessionStatements();
    }

    static Status run(StepContext& context, const QStringList& statements)
    {
        for (const QString& sql : statements) {
            const Status done = context.execute(ServerRole::Target, sql);
            if (!done)
                return done;
        }
        return Done{};
    }
};

} // namespace

std::unique_ptr<SetupStepDefinition> Steps::copyObjects()
{
    return std::make_unique<CopyObjectsStep>();
}
