#include "SeedProgress.h"

#include <QtGlobal>

int SeedProgress::percent() const
{
    if (estimatedBytes <= 0)
        return -1;
    return int(qBound(qint64(0), bytes * 100 / estimatedBytes, qint64(99)));
}

qint64 SeedProgress::etaSeconds() const
{
    if (estimatedBytes <= 0 || bytes <= 0 || elapsedMs <= 0)
        return -1;
    const double rate = double(bytes) / double(elapsedMs); // bytes per ms
    return qint64(qMax<double>(0, double(estimatedBytes - bytes) / rate / 1000.0));
}
