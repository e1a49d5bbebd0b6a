#include "SetupStrategy.h"

namespace SetupStrategies {

QString key(SetupStrategy strategy)
{
    return strategy == SetupStrategy::WriteFreeze ? QStringLiteral("write-freeze")
                                                  : QStringLiteral("staging-replica");
}

bool fromKey(const QString& key, SetupStrategy* strategy)
{
    const QString k = key.trimmed().toLower();
    if (k == QLatin1String("staging-replica")) {
        *strategy = SetupStrategy::StagingReplica;
        return true;
    }
    if (k == QLatin1String("write-freeze")) {
        *strategy = SetupStrategy::WriteFreeze;
        return true;
    }
    return false;
}

} // namespace SetupStrategies
