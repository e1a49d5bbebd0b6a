#include "StepSupport.h"
#include "Steps.h"

namespace {

// A step the DBA does by hand (write freeze: taking the applications' access away and giving it
// back); the run waits for the confirmation.
class ManualStep : public SetupStepDefinition
{
public:
    ManualStep(SetupStep::Id id, const char* title, const char* description)
        : m_id(id)
        , m_title(title)
        , m_description(description)
    {
    }

    SetupStep::Id id() const override { return m_id; }
    QString title() const override { return QCoreApplication::translate("ManualStep", m_title); }
    SetupStep::Kind kind() const override { return SetupStep::Kind::Manual; }
    ServerRole role(const Profile&) const override { return ServerRole::Source; }
    bool belongsTo(SetupStrategy strategy) const override { return strategy == SetupStrategy::WriteFreeze; }

    QString description(StepContext&) const override
    {
        return QCoreApplication::translate("ManualStep", m_description);
    }

    Result<StepWork> work(StepContext& context) const override
    {
        StepWork work;
        work.question = description(context);
        work.declined = QCoreApplication::translate("ManualStep", "The manual step '%1' was not confirmed.")
                            .arg(title());
        return work;
    }

private:
    SetupStep::Id m_id;
    const char* m_title;
    const char* m_description;
};

} // namespace

std::unique_ptr<SetupStepDefinition> Steps::freezeWrites()
{
    return std::make_unique<ManualStep>(
        SetupStep::Id::FreezeWrites,
        QT_TRANSLATE_NOOP("ManualStep", "Hold off application writes on the source"),
        QT_TRANSLATE_NOOP("ManualStep",
                          "Remove the applications' access to the source (e.g. the security group's ingress "
                          "rules; write them down to restore later). Confirm when no application writes any "
                          "more."));
}

std::unique_ptr<SetupStepDefinition> Steps::restoreWrites()
{
    return std::make_unique<ManualStep>(
        SetupStep::Id::RestoreWrites,
        QT_TRANSLATE_NOOP("ManualStep", "Give the applications their access back"),
        QT_TRANSLATE_NOOP("ManualStep", "Restore the access rules you removed."));
}
