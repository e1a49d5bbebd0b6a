#include "SeedProgress.h"

#include <QtGlobal>

namespace {

// How much of the work is done, as a fraction, from whichever measure is counted.
double fractionDone(const SeedProgress& progress)
{
    if (progress.estimatedRows > 0)
        return double(progress.rows) / double(progress.estimatedRows);
    if (progress.estimatedBytes > 0)
        return double(progress.bytes) / double(progress.estimatedBytes);
    return -1;
}

} // namespace

int SeedProgress::percent() const
{
    const double done = fractionDone(*this);
    if (done < 0)
        return -1;
    return int(qBound(0.0, done * 100.0, 99.0));
}

qint64 SeedProgress::etaSeconds() const
{
    const double done = fractionDone(*this);
    if (done <= 0 || elapsedMs <= 0)
        return -1;
    return qint64(qMax(0.0, double(elapsedMs) * (1.0 - qMin(done, 1.0)) / done / 1000.0));
}

qint64 SeedProgress::bytesPerSecond() const
{
    return elapsedMs >= 1000 ? bytes * 1000 / elapsedMs : 0;
}
