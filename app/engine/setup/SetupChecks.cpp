#include "SetupChecks.h"

#include "db/SqlSession.h"
#include "db/SqlText.h"
#include "profile/Profile.h"

Result<SetupChecks::ReplicationAccount> SetupChecks::replicationAccount(SqlSession& source,
                                                                        const Profile& profile)
{
    ReplicationAccount state;
    Result<ResultSet> exists = source.query(
        QStringLiteral("SELECT COUNT(*) AS n FROM mysql.user WHERE User = %1 AND Host = %2")
            .arg(SqlText::literal(profile.replicationUser), SqlText::literal(profile.replicationHost)));
    if (!exists)
        return exists.error();
    state.exists = exists->text(0, u"n").toInt() > 0;
    if (!state.exists)
        return state;
    Result<ResultSet> grants
        = source.query(QStringLiteral("SHOW GRANTS FOR %1")
                           .arg(SqlText::account(profile.replicationUser, profile.replicationHost)));
    if (!grants)
        return grants.error();
    for (int row = 0; row < grants->rowCount(); ++row) {
        const QString grant = grants->rows().at(row).value(0).toString();
        state.mayReplicate = state.mayReplicate
            || grant.contains(QLatin1String("REPLICATION SLAVE"), Qt::CaseInsensitive)
            || grant.contains(QLatin1String("ALL PRIVILEGES ON *.*"), Qt::CaseInsensitive);
    }
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
