#include "StepSupport.h"
#include "Steps.h"

namespace {

// Write freeze: the DBA takes the applications' access away (and gives it back later).
class FreezeWritesStep : public SetupStepDefinition
{
    Q_DECLARE_TR_FUNCTIONS(FreezeWritesStep)

public:
    SetupStep::Id id() const override { return SetupStep::Id::FreezeWrites; }
    QString title() const override { return tr("Hold off application writes on the source"); }
    SetupStep::Kind kind() const override { return SetupStep::Kind::Manual; }
    ServerRole role(const Profile&) const override { return ServerRole::Source; }
    bool belongsTo(SetupStrategy strategy) const override { return strategy == SetupStrategy::WriteFreeze; }

    QString description(StepContext&) const override
    {
        return tr(
            "Remove the applications' access to the source (e.g. the security group's ingress rules; write "
            "them down to restore later). Confirm when no application writes any more.");
    }

    Result<StepWork> work(StepContext& context) const override
    {
        StepWork work;
        work.question = description(context);
        work.declined = tr("The manual step '%1' was not confirmed.").arg(title());
        return work;
    }
};

class RestoreWritesStep : public SetupStepDefinition
{
    Q_DECLARE_TR_FUNCTIONS(RestoreWritesStep)

public:
    SetupStep::Id id() const override { return SetupStep::Id::RestoreWrites; }
    QString title() const override { return tr("Give the applications their access back"); }
    SetupStep::Kind kind() const override { return SetupStep::Kind::Manual; }
    ServerRole role(const Profile&) const override { return ServerRole::Source; }
    bool belongsTo(SetupStrategy strategy) const override { return strategy == SetupStrategy::WriteFreeze; }

    QString description(StepContext&) const override { return tr("Restore the access rules you removed."); }

    Result<StepWork> work(StepContext& context) const override
    {
        StepWork work;
        work.question = description(context);
        work.declined = tr("The manual step '%1' was not confirmed.").arg(title());
        return work;
    }
};

} // namespace

std::unique_ptr<SetupStepDefinition> Steps::freezeWrites()
{
    return std::make_unique<FreezeWritesStep>();
}

std::unique_ptr<SetupStepDefinition> Steps::restoreWrites()
{
    return std::make_unique<RestoreWritesStep>();
}
