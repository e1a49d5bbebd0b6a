#pragma once

#include "SetupStep.h"
#include "profile/SetupStrategy.h"

#include <QList>
#include <QString>

#include <optional>

class SetupStepDefinition;

// The one table of setup steps, in the order they run.
class SetupSteps
{
public:
    static const QList<const SetupStepDefinition*>& all();
    static QList<const SetupStepDefinition*> forStrategy(SetupStrategy strategy);
    static const SetupStepDefinition* find(SetupStep::Id id);

    // Stable keys for the journal, logs and JSON: "stop-staging", ...
    static QString key(SetupStep::Id id);
    static std::optional<SetupStep::Id> fromKey(const QString& key);
};
