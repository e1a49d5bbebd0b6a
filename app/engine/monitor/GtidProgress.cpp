#include "GtidProgress.h"

#include "replication/MariaDbGtidList.h"
#include "replication/MySqlGtidSet.h"

std::optional<GtidProgress> GtidProgress::of(const ServerSnapshot& replica, const ServerSnapshot* source)
{
    if (!replica.facts || !replica.facts->replicaStatus || !replica.facts->replicaStatus->positionsByGtid())
        return std::nullopt;
    const ServerFacts& facts = *replica.facts;
    const ReplicaStatus& status = *facts.replicaStatus;
    GtidProgress progress;
    const bool mariaDb = facts.version.isMariaDb();
    progress.mode = mariaDb ? status.usingGtid : QStringLiteral("auto-position");
    progress.applied = mariaDb ? facts.gtidSlavePos : status.executedGtidSet;
    progress.received = mariaDb ? status.gtidIoPos : status.retrievedGtidSet;
    if (!source || !source->facts)
        return progress;
    progress.sourceHas = source->facts->gtidBinlogPos;
    if (mariaDb) {
        const auto theirs = MariaDbGtidList::parse(progress.sourceHas);
        const auto mine = MariaDbGtidList::parse(progress.applied);
        if (theirs && mine && !theirs->isEmpty())
            progress.behind = theirs->sequencesAhead(*mine);
    } else {
        const auto theirs = MySqlGtidSet::parse(progress.sourceHas);
        const auto mine = MySqlGtidSet::parse(progress.applied);
        if (theirs && mine && !theirs->isEmpty())
            progress.behind = theirs->countMissingFrom(*mine);
    }
    return progress;
}
