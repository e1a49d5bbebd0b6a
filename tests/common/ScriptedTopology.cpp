#include "ScriptedTopology.h"

ScriptedTopology ScriptedTopology::of(const QString& recorded, bool rdsStaging)
{
    ScriptedTopology s;
    s.source.recorded = s.staging.recorded = s.target.recorded = recorded;
    s.source.role = ServerRole::Source;
    s.staging.role = ServerRole::Staging;
    s.staging.serverId = 1517654908;
    s.staging.replica = true;
    s.staging.rds = rdsStaging;
    s.target.role = ServerRole::Target;
    s.target.serverId = 1;
    s.target.rds = false;
    return s;
}

Profile ScriptedTopology::profile(SetupStrategy strategy)
{
    Profile profile;
    profile.strategy = strategy;
    for (ServerRole role : ServerRoles::all()) {
        profile.connection(role).role = role;
        profile.connection(role).host = QStringLiteral("%1.example.internal").arg(ServerRoles::key(role));
        profile.connection(role).user = QStringLiteral("admin");
    }
    profile.source.host = QStringLiteral("10.0.3.17"); // where the recorded replicas point
    profile.databases = QStringList{QStringLiteral("shop")};
    return profile;
}

SetupConnections
ScriptedTopology::connect(const Profile& profile,
                          QHash<ServerRole, std::shared_ptr<ScriptedSession>>* scripted) const
{
    QHash<ServerRole, std::shared_ptr<SqlSession>> sessions;
    for (const ScriptedServer* server : {&source, &staging, &target}) {
        if (!SetupConnections::rolesOf(profile).contains(server->role))
            continue;
        const std::shared_ptr<ScriptedSession> session = server->build();
        sessions.insert(server->role, session);
        if (scripted)
            scripted->insert(server->role, session);
    }
    return SetupConnections::fromSessions(profile, sessions);
}
