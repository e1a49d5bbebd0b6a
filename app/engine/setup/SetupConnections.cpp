#include "SetupConnections.h"

#include "db/ServerSession.h"
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
    return SetupStrategies::copiesFromStaging(profile.strategy) ? ServerRole::Staging : ServerRole::Source;
}

Result<QStringList> SetupConnections::userSchemas(SqlSession& session)
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

Result<std::shared_ptr<ServerSession>> SetupConnections::openSession(const ConnectionSpec& spec,
                                                                     const QByteArray& password)
{
    auto session = std::make_shared<ServerSession>(spec);
    Status opened = session->open(password);
    // The one set of session settings: SqlText's literals assume backslash escapes.
    if (opened)
        opened = session->execute(
            QStringLiteral("SET SESSION sql_mode = REPLACE(@@SESSION.sql_mode, 'NO_BACKSLASH_ESCAPES', '')"));
    if (!opened)
        return opened.error().withContext(spec.describe());
    return session;
}

Status SetupConnections::runStatements(const ConnectionSpec& spec, const QByteArray& password,
                                       const QStringList& statements)
{
    Result<std::shared_ptr<ServerSession>> session = openSession(spec, password);
    if (!session)
        return session.error();
    for (const QString& sql : statements) {
        const Status done = session.value()->execute(sql);
        if (!done)
            return done.error().withContext(spec.describe());
    }
    return Done{};
}

SetupConnections SetupConnections::open(const Profile& profile,
                                        const QHash<ServerRole, QByteArray>& passwords)
{
    return open(profile, [&](ServerRole role) {
        return openSession(profile.connection(role), passwords.value(role));
    });
}

SetupConnections SetupConnections::open(const Profile& profile, const SessionSource& sessionOf)
{
    QHash<ServerRole, std::shared_ptr<SqlSession>> sessions;
    QHash<ServerRole, EngineError> errors;
    for (ServerRole role : rolesOf(profile)) {
        Result<std::shared_ptr<ServerSession>> session = sessionOf(role);
        if (session)
            sessions.insert(role, session.value());
        else
            errors.insert(role, session.error());
    }
    return fromSessions(profile, sessions, errors);
}

SetupConnections
SetupConnections::fromSessions(const Profile& profile,
                               const QHash<ServerRole, std::shared_ptr<SqlSession>>& sessions,
                               const QHash<ServerRole, EngineError>& errors)
{
    SetupConnections c;
    c.errors = errors;
    for (auto it = sessions.cbegin(); it != sessions.cend(); ++it) {
        Result<ServerFacts> facts = ServerInspector(*it.value()).inspect();
        if (!facts) {
            c.errors.insert(it.key(), facts.error().withContext(it.value()->spec().describe()));
            continue;
        }
        c.facts.insert(it.key(), facts.value());
        c.sessions.insert(it.key(), it.value());
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
