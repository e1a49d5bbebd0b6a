#include "SecretStore.h"

QString SecretStore::keyFor(const QString& setupId, const QString& role)
{
    return setupId + QLatin1Char('/') + role;
}
