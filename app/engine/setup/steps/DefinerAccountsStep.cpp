#include "StepSupport.h"
#include "Steps.h"
#include "db/ErrorCatalog.h"

namespace {

// The DEFINER accounts the copied objects name, as the definer policy says.
class DefinerAccountsStep : public SetupStepDefinition
{
    Q_DECLARE_TR_FUNCTIONS(DefinerAccountsStep)

public:
    SetupStep::Id id() const override { return SetupStep::Id::DefinerAccounts; }
    QString title() const override { return tr("DEFINER accounts on the target"); }
    SetupStep::Kind kind() const override { return SetupStep::Kind::Confirm; }
    ServerRole role(const Profile&) const override { return ServerRole::Target; }

    QString description(StepContext& context) const override
    {
        const DefinerPolicy& policy = context.profile().definers;
        if (policy.kind == DefinerPolicy::Kind::Remap)
            return tr("Every copied view, routine, trigger and event gets %1 as its DEFINER; that account "
                      "must "
                      "exist on the target. No account is created.")
                .arg(policy.remapAccount());
        return tr(
            "Views, routines, triggers and events name DEFINER accounts (on RDS usually the master user). "
            "Those missing on the target are created there locked, with no usable password, and granted "
            "exactly what their objects need on the copied schemas, so every object works as on the source.");
    }

    Result<StepWork> work(StepContext& context) const override
    {
        StepWork work;
        SetupConnections& connections = context.connections();
        if (!context.planning())
            connections.inspectObjects(context.profile()); // the objects may have changed since connecting
        if (connections.definersError)
            return *connections.definersError;
        if (!connections.definers)
            return work;
        const DefinerPlan& plan = *connections.definers;
        for (const DefinerAccount& account : plan.accounts) {
            if (!account.lacking.isEmpty())
                context.log(tr("%1 exists on the target but lacks what its objects need there: %2")
                                .arg(account.account(), account.lacking.join(QStringLiteral("; "))));
            if (!account.onOrigin)
                context.log(tr("%1 does not exist on the %2 either: its objects fail there too (error 1449).")
                                .arg(account.account(), ServerRoles::displayName(context.copyRole())));
        }
        if (plan.remapAccountMissing())
            return EngineError::local(tr("The account %1 that every copied object should get as its DEFINER "
                                         "does not exist on the target.")
                                          .arg(plan.policy.remapAccount()),
                                      tr("Create it on the target, or choose definers=create."),
                                      QString::fromLatin1(ErrorCatalog::DefinerMissing));
        for (const QString& sql : plan.statements)
            work.statements << PlannedStatement{ServerRole::Target, sql};
        work.nothing = tr("No DEFINER account needs to be created on the target.");
        work.question
            = tr("Create the DEFINER accounts the copied objects need on the target (locked, no usable "
                 "password, only the privileges their objects need)?");
        work.declined = tr("Declined: views and routines would fail on the target (errors 1449 and 1356).");
        return work;
    }
};

} // namespace

std::unique_ptr<SetupStepDefinition> Steps::definerAccounts()
{
    return std::make_unique<DefinerAccountsStep>();
}
