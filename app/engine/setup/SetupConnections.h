#pragma once

#include "DefinerPlan.h"
#include "db/EngineError.h"
#include "db/SqlSession.h"
#include "profile/Profile.h"
#include "replication/ServerFacts.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QStringList>

#include <functional>
#include <memory>

class ServerSession;

// The servers of a setup, connected and inspected on the calling (worker) thread: one session
// per role, its facts, or why it could not be reached; and the schemas a copy would take.
struct SetupConnections
{
    Q_DECLARE_TR_FUNCTIONS(SetupConnections)

public:
    QHash<ServerRole, std::shared_ptr<SqlSession>> sessions;
    QHash<ServerRole, ServerFacts> facts;
    QHash<ServerRole, EngineError> errors;
    QStringList schemas;
    // The copy's views, routines, triggers and events (without definitions), and what the copy
    // does about their DEFINER accounts; unset when the copy's origin or the target is not reachable.
    QList<SchemaObject> objects;
    std::optional<DefinerPlan> definers;
    std::optional<EngineError> definersError;

    static QList<ServerRole> rolesOf(const Profile& profile);
    static ServerRole copyRoleOf(const Profile& profile);
    static SetupConnections open(const Profile& profile, const QHash<ServerRole, QByteArray>& passwords);
    // The same with sessions from `sessionOf` (a role's connection, perhaps one kept open).
    using SessionSource = std::function<Result<std::shared_ptr<ServerSession>>(ServerRole role)>;
    static SetupConnections open(const Profile& profile, const SessionSource& sessionOf);
    // The same over sessions that are already open (real ones, or scripted ones in tests).
    static SetupConnections fromSessions(const Profile& profile,
                                         const QHash<ServerRole, std::shared_ptr<SqlSession>>& sessions,
                                         const QHash<ServerRole, EngineError>& errors = {});
    // One connection with the tool's session settings; every session that runs the tool's SQL
    // is opened here (setup, preflight fixes, the dashboard's actions).
    static Result<std::shared_ptr<ServerSession>> openSession(const ConnectionSpec& spec,
                                                              const QByteArray& password);
    // Blocking: opens such a session, runs the statements in order, closes it.
    static Status runStatements(const ConnectionSpec& spec, const QByteArray& password,
                                const QStringList& statements);
    // Every user schema of the server (not mysql, sys, performance_schema, information_schema).
    static Result<QStringList> userSchemas(SqlSession& session);
    // Re-reads objects and definers on the open sessions (the runner does so before the steps
    // that depend on them).
    void inspectObjects(const Profile& profile);

    bool complete() const { return errors.isEmpty(); }
};
