#include "GtidChoice.h"

#include "replication/ServerFacts.h"

namespace {

GtidChoice filePosition(const QString& reason)
{
    return GtidChoice{GtidChoice::Mode::FilePosition, reason};
}

} // namespace

Result<GtidChoice> GtidChoice::decide(GtidUse wanted, const ServerFacts* source, const ServerFacts* staging,
                                      const ServerFacts* target)
{
    if (wanted == GtidUse::Off)
        return filePosition(tr("File and position: the profile says gtid=off."));
    if (!source || !target)
        return filePosition(tr("File and position until the servers are connected."));
    const QString fix
        = tr("Set gtid=off (or auto) in the profile's [options] for file/position replication.");
    if (source->version.isMySql() && target->version.isMariaDb()) {
        if (wanted == GtidUse::On)
            return EngineError::local(tr("A MariaDB target cannot use a MySQL source's GTIDs."), fix);
        return filePosition(tr("File and position: a MariaDB target cannot use a MySQL source's GTIDs."));
    }
    if (source->version.isMariaDb() != target->version.isMariaDb()) {
        if (wanted == GtidUse::On)
            return EngineError::local(tr("A MySQL target cannot use a MariaDB source's GTIDs."), fix);
        return filePosition(tr("File and position: a MySQL target cannot use a MariaDB source's GTIDs."));
    }
    if (!source->gtidOn()) {
        if (wanted == GtidUse::On)
            return EngineError::local(source->version.isMariaDb()
                                          ? tr("The source has no binary log, so no GTIDs.")
                                          : tr("The source has gtid_mode=%1, not ON.").arg(source->gtidMode),
                                      fix);
        return filePosition(tr("File and position: the source does not have GTIDs on."));
    }
    if (source->version.isMySql()) {
        if (!target->gtidOn()) {
            if (wanted == GtidUse::On)
                return EngineError::local(
                    tr("The target has gtid_mode=%1: it cannot replicate by GTID.").arg(target->gtidMode),
                    tr("Set gtid_mode=ON and enforce_gtid_consistency=ON on the target (in its "
                       "configuration file), or set gtid=off in the profile."));
            return filePosition(
                tr("File and position: the source has GTIDs on, the target not (gtid_mode=%1).")
                    .arg(target->gtidMode));
        }
        return GtidChoice{Mode::MySqlAutoPosition,
                          tr("GTID auto-positioning: the source and the target have gtid_mode=ON.")};
    }
    // MariaDB always writes GTIDs; replicating by them is a choice. Auto follows the topology: the
    // staging replica already positioned by GTID, or the source in gtid_strict_mode.
    const bool stagingByGtid = staging && staging->replicaStatus && staging->replicaStatus->positionsByGtid();
    if (wanted == GtidUse::On)
        return GtidChoice{Mode::MariaDbSlavePos,
                          tr("GTID positioning (MASTER_USE_GTID=slave_pos): the profile says gtid=on.")};
    if (stagingByGtid)
        return GtidChoice{
            Mode::MariaDbSlavePos,
            tr("GTID positioning (MASTER_USE_GTID=slave_pos), as the staging replica replicates.")};
    if (source->gtidStrictMode)
        return GtidChoice{
            Mode::MariaDbSlavePos,
            tr("GTID positioning (MASTER_USE_GTID=slave_pos): the source has gtid_strict_mode=ON.")};
    return filePosition(
        tr("File and position: the staging replica does not replicate by GTID and the source has "
           "gtid_strict_mode=OFF (gtid=on in the profile's [options] chooses GTIDs)."));
}

Result<GtidChoice> GtidChoice::forProfile(const Profile& profile, const QHash<ServerRole, ServerFacts>& facts)
{
    const auto of = [&facts](ServerRole role) {
        const auto it = facts.constFind(role);
        return it == facts.cend() ? nullptr : &*it;
    };
    return decide(profile.gtid, of(ServerRole::Source),
                  profile.strategy == SetupStrategy::StagingReplica ? of(ServerRole::Staging) : nullptr,
                  of(ServerRole::Target));
}
