#include "SetupSteps.h"

#include "SetupStepDefinition.h"
#include "steps/Steps.h"

#include <vector>

namespace {

using Id = SetupStep::Id;

struct Key
{
    Id id;
    const char* key;
};

constexpr Key kKeys[] = {
    {Id::Retention, "retention"},
    {Id::ReplicationAccount, "replication-account"},
    {Id::FreezeWrites, "freeze-writes"},
    {Id::StopStaging, "stop-staging"},
    {Id::ReadCoordinates, "read-coordinates"},
    {Id::PrepareTarget, "prepare-target"},
    {Id::DefinerAccounts, "definer-accounts"},
    {Id::Seed, "seed"},
    {Id::CopyObjects, "copy-objects"},
    {Id::RecheckCoordinates, "recheck-coordinates"},
    {Id::VerifyCopy, "verify-copy"},
    {Id::DisableEvents, "disable-events"},
    {Id::ReplicationFilters, "replication-filters"},
    {Id::PointTarget, "point-target"},
    {Id::RestoreWrites, "restore-writes"},
    {Id::StartReplica, "start-replica"},
    {Id::VerifyReplication, "verify-replication"},
    {Id::ResumeStaging, "resume-staging"},
};

} // namespace

const QList<const SetupStepDefinition*>& SetupSteps::all()
{
    // Built once, never changed: the steps are stateless.
    static const std::vector<std::unique_ptr<SetupStepDefinition>> owned = [] {
        std::vector<std::unique_ptr<SetupStepDefinition>> steps;
        steps.push_back(Steps::retention());
        steps.push_back(Steps::replicationAccount());
        steps.push_back(Steps::freezeWrites());
        steps.push_back(Steps::stopStaging());
        steps.push_back(Steps::readCoordinates());
        steps.push_back(Steps::prepareTarget());
        steps.push_back(Steps::definerAccounts());
        steps.push_back(Steps::seed());
        steps.push_back(Steps::copyObjects());
        steps.push_back(Steps::recheckCoordinates());
        steps.push_back(Steps::verifyCopy());
        steps.push_back(Steps::disableEvents());
        steps.push_back(Steps::replicationFilters());
        steps.push_back(Steps::pointTarget());
        steps.push_back(Steps::restoreWrites());
        steps.push_back(Steps::startReplica());
        steps.push_back(Steps::verifyReplication());
        steps.push_back(Steps::resumeStaging());
        return steps;
    }();
    static const QList<const SetupStepDefinition*> list = [] {
        QList<const SetupStepDefinition*> l;
        for (const auto& step : owned)
            l << step.get();
        return l;
    }();
    return list;
}

QList<const SetupStepDefinition*> SetupSteps::forStrategy(SetupStrategy strategy)
{
    QList<const SetupStepDefinition*> steps;
    for (const SetupStepDefinition* step : all()) {
        if (step->belongsTo(strategy))
            steps << step;
    }
    return steps;
}

const SetupStepDefinition* SetupSteps::find(SetupStep::Id id)
{
    for (const SetupStepDefinition* step : all()) {
        if (step->id() == id)
            return step;
    }
    return nullptr;
}

QString SetupSteps::key(SetupStep::Id id)
{
    for (const Key& k : kKeys) {
        if (k.id == id)
            return QString::fromLatin1(k.key);
    }
    return {};
}

std::optional<SetupStep::Id> SetupSteps::fromKey(const QString& key)
{
    for (const Key& k : kKeys) {
        if (key == QLatin1String(k.key))
            return k.id;
    }
    return std::nullopt;
}
