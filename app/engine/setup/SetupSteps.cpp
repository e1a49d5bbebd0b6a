#include "SetupSteps.h"

#include "SetupStepDefinition.h"
#include "steps/Steps.h"

#include <vector>

namespace {

using Factory = std::unique_ptr<SetupStepDefinition> (*)();

// The steps in the order they run, each with its stable key.
struct Entry
{
    const char* key;
    Factory make;
};

constexpr Entry kEntries[] = {
    {"retention", &Steps::retention},
    {"replication-account", &Steps::replicationAccount},
    {"freeze-writes", &Steps::freezeWrites},
    {"stop-staging", &Steps::stopStaging},
    {"create-clone", &Steps::createClone},
    {"read-clone-position", &Steps::readClonePosition},
    {"read-coordinates", &Steps::readCoordinates},
    {"prepare-target", &Steps::prepareTarget},
    {"definer-accounts", &Steps::definerAccounts},
    {"seed", &Steps::seed},
    {"copy-objects", &Steps::copyObjects},
    {"recheck-coordinates", &Steps::recheckCoordinates},
    {"verify-copy", &Steps::verifyCopy},
    {"disable-events", &Steps::disableEvents},
    {"replication-filters", &Steps::replicationFilters},
    {"point-target", &Steps::pointTarget},
    {"restore-writes", &Steps::restoreWrites},
    {"start-replica", &Steps::startReplica},
    {"verify-replication", &Steps::verifyReplication},
    {"resume-staging", &Steps::resumeStaging},
    {"delete-clone", &Steps::deleteClone},
};

// Built once, never changed: the steps are stateless.
const std::vector<std::unique_ptr<SetupStepDefinition>>& owned()
{
    static const std::vector<std::unique_ptr<SetupStepDefinition>> steps = [] {
        std::vector<std::unique_ptr<SetupStepDefinition>> made;
        for (const Entry& entry : kEntries)
            made.push_back(entry.make());
        return made;
    }();
    return steps;
}

} // namespace

const QList<const SetupStepDefinition*>& SetupSteps::all()
{
    static const QList<const SetupStepDefinition*> list = [] {
        QList<const SetupStepDefinition*> l;
        for (const auto& step : owned())
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
    const QList<const SetupStepDefinition*>& steps = all();
    for (int i = 0; i < steps.size(); ++i) {
        if (steps.at(i)->id() == id)
            return QString::fromLatin1(kEntries[i].key);
    }
    return {};
}

std::optional<SetupStep::Id> SetupSteps::fromKey(const QString& key)
{
    const QList<const SetupStepDefinition*>& steps = all();
    for (int i = 0; i < steps.size(); ++i) {
        if (key == QLatin1String(kEntries[i].key))
            return steps.at(i)->id();
    }
    return std::nullopt;
}
