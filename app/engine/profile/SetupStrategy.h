#pragma once

#include <QString>

// How the seed's coordinates are taken (see docs/procedure).
enum class SetupStrategy
{
    StagingReplica, // zero downtime: from a stopped RDS read replica
    WriteFreeze, // from the source itself while application writes are held off
    // Aurora MySQL, whose readers are not binlog replicas: from a clone (or snapshot restore) of the
    // cluster, at the binlog position Aurora reports in the clone's crash-recovery event.
    AuroraClone,
};

namespace SetupStrategies {
QString key(SetupStrategy strategy);
bool fromKey(const QString& key, SetupStrategy* strategy);
// The strategies that copy from a second server (the staging replica, or the clone).
bool copiesFromStaging(SetupStrategy strategy);
} // namespace SetupStrategies
