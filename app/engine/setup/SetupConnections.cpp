#include "SetupConnections.h"

#include "replication/Dialect.h"
#include "replication/ServerInspector.h"
#include "seeding/SchemaObjectCopier.h"

QList<ServerRole> SetupConnections::rolesOf(const Profile& profile)
{
    if (profile.strategy == SetupStrategy::WriteFreeze)
        return {ServerRole::Source, ServerRole::Target};
    return ServerRoles::all();
}

ServerRole SetupConnections::copyRoleOf(const Profile& profile)
{
    return profile.strategy == SetupStrategy::StagingReplica ? ServerRole::Staging : ServerRole::Source;
}

Result<QStringList> SetupConnections::userSchemas(ServerSession& session)
{
    Result<ResultSet> rs = session.query(
        QStringLiteral("SELECT SCHEMA_NAME AS s FROM information_schema.SCHEMATA WHERE SCHEMA_NAME NOT IN "
                       "('mysql', 'sys', 'performance_schema', 'information_schema') ORDER BY 1"));
    if (!rs)
        return rs.error();
    QStringList names;
    for (int row = 0; row < rs->rowCount(); ++row)
        names << rs->text(row, u"s");
    return names;
}

SetupConnections SetupConnections::open(const Profile& profile,
                                        const QHash<ServerRole, QByteArray>& passwords)
{
    SetupConnections c;
    for (ServerRole role : rolesOf(profile)) {
        auto session = std::make_shared<ServerSession>(profile.connection(role));
        const QString who = session->spec().describe();
        Status opened = session->open(passwords.value(role));
        // SqlText's literals assume backslash escapes.
        if (opened)
            opened = session->execute(QStringLiteral(
                "SET SESSION sql_mode = REPLACE(@@SESSION.sql_mode, 'NO_BACKSLASH_ESCAPES', '')"));
        if (!opened) {
            c.errors.insert(role, opened.error().withContext(who));
            continue;
        }
        Result<ServerFacts> facts = ServerInspector(*session).inspect();
        if (!facts) {
            c.errors.insert(role, facts.error().withContext(who));
            continue;
        }
        c.facts.insert(role, facts.value());
        c.sessions.insert(role, session);
    }
    const ServerRole copyRole = copyRoleOf(profile);
    if (!profile.databases.isEmpty()) {
        c.schemas = profile.databases;
    } else if (c.sessions.contains(copyRole)) {
        Result<QStringList> schemas = userSchemas(*c.sessions.value(copyRole));
        if (schemas)
            c.schemas = schemas.value();
        else
            c.errors.insert(copyRole, schemas.error());
    }
    c.inspectObjects(profile);
    return c;
}

void SetupConnections::inspectObjects(const Profile& profile)
{
    const ServerRole copyRole = copyRoleOf(profile);
    objects.clear();
    definers.reset();
    definersError.reset();
    if (!sessions.contains(copyRole) || !sessions.contains(ServerRole::Target) || schemas.isEmpty())
        return;
    Result<QList<SchemaObject>> listed = SchemaObjectCopier::list(*sessions.value(copyRole), schemas);
    if (!listed) {
        definersError = listed.error();
        return;
    }
    objects = listed.value();
    Result<DefinerPlan> plan = DefinerPlan::build(
        *sessions.value(copyRole), *sessions.value(ServerRole::Target),
        Dialect(facts.value(ServerRole::Target).version), objects, schemas, profile.definers);
    if (plan)
        definers = plan.value();
    else
        definersError = plan.error();
}
