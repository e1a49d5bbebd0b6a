#pragma once

#include "SourceCoordinates.h"
#include "db/Result.h"
#include "db/ServerRole.h"
#include "replication/ServerFacts.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

#include <optional>

class Dialect;
class SqlSession;
struct Profile;

// Checks that preflight makes and that the setup's steps make again when they run: one function
// each, so both always agree.
class SetupChecks
{
    Q_DECLARE_TR_FUNCTIONS(SetupChecks)

public:
    struct ReplicationAccount
    {
        bool exists = false;
        bool mayReplicate = false; // REPLICATION SLAVE (or ALL PRIVILEGES ON *.*)
        QString plugin; // its authentication plugin, when it exists and mysql.user is readable
    };
    // The profile's replication account on the source.
    static Result<ReplicationAccount> replicationAccount(SqlSession& source, const Profile& profile);

    struct IdentityClash
    {
        ServerRole other = ServerRole::Source;
        bool uuid = false; // false: the server_id is the same
    };
    // The target's server_id (or server_uuid) is also the source's or the staging replica's (of
    // those in `roles`): replication refuses to start (1593).
    static QList<IdentityClash> identityClashes(const QHash<ServerRole, ServerFacts>& facts,
                                                const QList<ServerRole>& roles);
    static QString describe(const IdentityClash& clash, quint64 targetServerId);
    // Which of `schemas` exist on the server (the copy replaces them on the target).
    static Result<QStringList> existingSchemas(SqlSession& server, const QStringList& schemas);
    struct Event
    {
        QString schema;
        QString name;
        QString definer;
        QString qualifiedName() const { return schema + QLatin1Char('.') + name; }
    };
    // The events of `schemas` that are enabled on the server (on a replica they must not run).
    static Result<QList<Event>> enabledEvents(SqlSession& server, const QStringList& schemas);

    // Why the staging server cannot serve the copy (its replica status unreadable, not a replica, a
    // replica of another server), or nothing.
    static std::optional<EngineError> stagingProblem(const ServerFacts& staging, const ServerFacts& source);
    // Why the target cannot be positioned as the profile's gtid setting and the servers decide (GTIDs
    // asked for that cannot be used; a MySQL target with GTIDs of its own; a MariaDB target in
    // gtid_strict_mode whose own binary log is ahead in the source's domain), with the statements
    // that would clear it; or nothing.
    struct GtidProblem
    {
        EngineError error;
        QStringList fixStatements; // on the target
    };
    static std::optional<GtidProblem> gtidProblem(const Profile& profile,
                                                  const QHash<ServerRole, ServerFacts>& facts);
    // Aurora clone strategy: the clone's data is at the profile's crash-recovery position; nothing
    // when the clone stands still (applies no replication) and the position is an event's start in
    // a binary log the source still has. Errors name what is wrong: no or a malformed line, a
    // replicating "clone", a position purged, beyond its file or from another server's log.
    static Result<SourceCoordinates> clonePosition(const Profile& profile, const ServerFacts& clone);
    static std::optional<EngineError> clonePositionOnSource(SqlSession& source, const Dialect& dialect,
                                                            const SourceCoordinates& at);
    static std::optional<EngineError> cloneProblem(const Profile& profile, const ServerFacts& clone,
                                                   SqlSession& source, const Dialect& sourceDialect);
    // A MySQL 8 source into a MariaDB target: the copied columns MariaDB cannot take (JSON, and the
    // utf8mb4_0900 collations), qualified; at most 20.
    struct CrossFlavourColumns
    {
        QStringList json;
        QStringList collations; // "schema.table.column (collation)"
        bool isEmpty() const { return json.isEmpty() && collations.isEmpty(); }
        EngineError error() const;
    };
    static Result<CrossFlavourColumns> crossFlavourColumns(SqlSession& origin, const QStringList& schemas);
    // Why the target cannot replicate from the source at all (versions, flavours; for MySQL 8 into
    // MariaDB also the copied columns), read before any step changes a server; or nothing.
    static std::optional<EngineError> incompatibility(const QHash<ServerRole, ServerFacts>& facts,
                                                      SqlSession* origin, const QStringList& schemas);
    // The target entered is the source itself (same id, and same endpoint or server_uuid).
    static bool targetIsSource(const Profile& profile, const QHash<ServerRole, ServerFacts>& facts);
};
