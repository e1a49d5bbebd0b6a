#pragma once

#include <memory>

class SetupStepDefinition;

// One factory per step; each step is defined in its own file (setup/steps/), the order is
// SetupSteps'.
namespace Steps {
std::unique_ptr<SetupStepDefinition> retention();
std::unique_ptr<SetupStepDefinition> replicationAccount();
std::unique_ptr<SetupStepDefinition> freezeWrites();
std::unique_ptr<SetupStepDefinition> stopStaging();
std::unique_ptr<SetupStepDefinition> createClone();
std::unique_ptr<SetupStepDefinition> readClonePosition();
std::unique_ptr<SetupStepDefinition> readCoordinates();
std::unique_ptr<SetupStepDefinition> prepareTarget();
std::unique_ptr<SetupStepDefinition> definerAccounts();
std::unique_ptr<SetupStepDefinition> seed();
std::unique_ptr<SetupStepDefinition> copyObjects();
std::unique_ptr<SetupStepDefinition> recheckCoordinates();
std::unique_ptr<SetupStepDefinition> verifyCopy();
std::unique_ptr<SetupStepDefinition> disableEvents();
std::unique_ptr<SetupStepDefinition> replicationFilters();
std::unique_ptr<SetupStepDefinition> pointTarget();
std::unique_ptr<SetupStepDefinition> restoreWrites();
std::unique_ptr<SetupStepDefinition> startReplica();
std::unique_ptr<SetupStepDefinition> verifyReplication();
std::unique_ptr<SetupStepDefinition> resumeStaging();
std::unique_ptr<SetupStepDefinition> deleteClone();
} // namespace Steps
