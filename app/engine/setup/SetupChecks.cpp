#include "SetupChecks.h"

#include "AccountGrants.h"
#include "GtidChoice.h"
#include "db/SqlSession.h"
#include "db/SqlText.h"
#include "profile/Profile.h"
#include "replication/Dialect.h"
#include "replication/MariaDbGtidList.h"

Result<SetupChecks::ReplicationAccount> SetupChecks::replicationAccount(SqlSession& source,
                                                                        const Profile& profile)
{
    ReplicationAccount state;
    const Result<bool> exists
        = AccountGrants::exists(source, profile.replicationUser, profile.replicationHost);
    if (!exists)
        return exists.error();
    state.exists = exists.value();
    if (!state.exists)
        return state;
    const Result<AccountGrants> grants
        = AccountGrants::read(source, SqlText::account(profile.replicationUser, profile.replicationHost));
    if (!grants)
        return grants.error();
    state.mayReplicate = grants->holdsGlobally(QStringLiteral("REPLICATION SLAVE"));
    return state;
}

QList<SetupChecks::IdentityClash> SetupChecks::identityClashes(const QHash<ServerRole, ServerFacts>& facts,
                                                               const QList<ServerRole>& roles)
{
    QList<IdentityClash> clashes;
    if (!facts.contains(ServerRole::Target))
        return clashes;
    const ServerFacts& target = facts.value(ServerRole::Target);
    for (ServerRole other : {ServerRole::Source, ServerRole::Staging}) {
        if (!facts.contains(other) || !roles.contains(other))
            continue;
        if (facts.value(other).serverId == target.serverId)
            clashes << IdentityClash{other, false};
        if (!target.serverUuid.isEmpty() && facts.value(other).serverUuid == target.serverUuid)
            clashes << IdentityClash{other, true};
    }
    return clashes;
}

Result<QStringList> SetupChecks::existingSchemas(SqlSession& server, const QStringList& schemas)
{
    Result<ResultSet> existing = server.query(
        QStringLiteral("SELECT SCHEMA_NAME AS s FROM information_schema.SCHEMATA WHERE SCHEMA_NAME IN (%1)")
            .arg(SqlText::literalList(schemas)));
    if (!existing)
        return existing.error();
    QStringList names;
    for (int row = 0; row < existing->rowCount(); ++row)
        names << existing->text(row, u"s");
    return names;
}

Result<QList<SetupChecks::Event>> SetupChecks::enabledEvents(SqlSession& server, const QStringList& schemas)
{
    Result<ResultSet> events = server.query(
        QStringLiteral(
            "SELECT EVENT_SCHEMA AS s, EVENT_NAME AS n, DEFINER AS d FROM information_schema.EVENTS "
            "WHERE STATUS = 'ENABLED' AND EVENT_SCHEMA IN (%1)")
            .arg(SqlText::literalList(schemas)));
    if (!events)
        return events.error();
    QList<Event> list;
    for (int row = 0; row < events->rowCount(); ++row)
        list << Event{events->text(row, u"s"), events->text(row, u"n"), events->text(row, u"d")};
    return list;
}

std::optional<EngineError> SetupChecks::stagingProblem(const ServerFacts& staging, const ServerFacts& source)
{
    if (staging.replicaStatusError)
        return staging.replicaStatusError;
    if (!staging.replicaStatus)
        return EngineError::local(
            tr("The staging server is not a replica."),
            tr("Choose an RDS read replica of the source, or the write-freeze strategy."));
    if (staging.replicaStatus->sourceServerId != source.serverId)
        return EngineError::local(tr("The staging replica replicates from server id %1, the source is %2.")
                                      .arg(staging.replicaStatus->sourceServerId)
                                      .arg(source.serverId),
                                  tr("Choose a read replica of this source."));
    return std::nullopt;
}

bool SetupChecks::targetIsSource(const Profile& profile, const QHash<ServerRole, ServerFacts>& facts)
{
    if (!facts.contains(ServerRole::Target) || !facts.contains(ServerRole::Source))
        return false;
    const ServerFacts& target = facts.value(ServerRole::Target);
    const ServerFacts& source = facts.value(ServerRole::Source);
    const bool sameEndpoint = profile.target.host.compare(profile.source.host, Qt::CaseInsensitive) == 0
        && profile.target.port == profile.source.port;
    return source.serverId == target.serverId
        && (sameEndpoint || (!target.serverUuid.isEmpty() && source.serverUuid == target.serverUuid));
}

QString SetupChecks::describe(const IdentityClash& clash, quint64 targetServerId)
{
    return clash.uuid
        ? tr("The target's server_uuid equals the %1's.").arg(ServerRoles::displayName(clash.other))
        : tr("The target's server_id %1 equals the %2's.")
              .arg(targetServerId)
              .arg(ServerRoles::displayName(clash.other));
}

std::optional<SetupChecks::GtidProblem> SetupChecks::gtidProblem(const Profile& profile,
                                                                 const QHash<ServerRole, ServerFacts>& facts)
{
    if (!facts.contains(ServerRole::Source) || !facts.contains(ServerRole::Target))
        return std::nullopt;
    const ServerFacts& source = *facts.constFind(ServerRole::Source);
    const ServerFacts& target = *facts.constFind(ServerRole::Target);
    const Result<GtidChoice> choice = GtidChoice::forProfile(profile, facts);
    if (!choice)
        return GtidProblem{choice.error(), {}};
    const Dialect dialect(target.version);
    if (choice->mode == GtidChoice::Mode::MySqlAutoPosition && !target.gtidBinlogPos.isEmpty())
        return GtidProblem{
            EngineError::local(
                tr("%1 The target has GTIDs of its own (gtid_executed %2): gtid_purged can only be set on an "
                   "empty gtid_executed.")
                    .arg(choice->reason, target.gtidBinlogPos),
                tr("Reset the target's binary logs and GTIDs (this deletes the target's own binary logs), or "
                   "set gtid=off.")),
            {dialect.resetBinaryLogsStatement()}};
    if (choice->mode != GtidChoice::Mode::MariaDbSlavePos || !target.gtidStrictMode)
        return std::nullopt;
    // In gtid_strict_mode the target refuses (1950) an event whose sequence number is not above what
    // its own binary log holds in the same domain.
    const auto own = MariaDbGtidList::parse(target.gtidBinlogPos);
    const auto theirs = MariaDbGtidList::parse(source.gtidBinlogPos);
    QStringList clashes;
    for (const MariaDbGtid& gtid : own ? own->gtids() : QList<MariaDbGtid>{}) {
        const std::optional<MariaDbGtid> there = theirs ? theirs->inDomain(gtid.domain) : std::nullopt;
        if (there && gtid.sequence >= there->sequence)
            clashes << tr("domain %1: the target's binary log is at %2-%3-%4, the source at %5-%6-%7")
                           .arg(gtid.domain)
                           .arg(gtid.domain)
                           .arg(gtid.server)
                           .arg(gtid.sequence)
                           .arg(there->domain)
                           .arg(there->server)
                           .arg(there->sequence);
    }
    if (clashes.isEmpty())
        return std::nullopt;
    return GtidProblem{
        EngineError::local(
            tr("%1 The target runs gtid_strict_mode=ON and its own binary log is ahead of the source in the "
               "source's replication domain (%2): replication would stop with error 1950.")
                .arg(choice->reason, clashes.join(QStringLiteral("; "))),
            tr("Reset the target's binary logs (this deletes them), give the target's own writes another "
               "gtid_domain_id, or set gtid=off.")),
        {dialect.resetBinaryLogsStatement()}};
}
