#pragma once

#include <QString>

// How the seed's coordinates are taken (see docs/procedure).
enum class SetupStrategy
{
    StagingReplica, // zero downtime: from a stopped RDS read replica
    WriteFreeze, // from the source itself while application writes are held off
};

namespace SetupStrategies {
QString key(SetupStrategy strategy);
bool fromKey(const QString& key, SetupStrategy* strategy);
} // namespace SetupStrategies
