#include "SetupStrategy.h"

namespace SetupStrategies {

QString key(SetupStrategy strategy)
{
    switch (strategy) {
    case SetupStrategy::WriteFreeze:
        return QStringLiteral("write-freeze");
    case SetupStrategy::AuroraClone:
        return QStringLiteral("aurora-clone");
    case SetupStrategy::StagingReplica:
        break;
    }
    return QStringLiteral("staging-replica");
}

bool fromKey(const QString& key, SetupStrategy* strategy)
{
    const QString k = key.trimmed().toLower();
    for (SetupStrategy s :
         {SetupStrategy::StagingReplica, SetupStrategy::WriteFreeze, SetupStrategy::AuroraClone}) {
        if (k == SetupStrategies::key(s)) {
            *strategy = s;
            return true;
        }
    }
    return false;
}

bool copiesFromStaging(SetupStrategy strategy)
{
    return strategy != SetupStrategy::WriteFreeze;
}

} // namespace SetupStrategies
