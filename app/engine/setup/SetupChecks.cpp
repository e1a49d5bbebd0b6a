#include "SetupChecks.h"

#include "AccountGrants.h"
#include "GtidChoice.h"
#include "ServerCompatibility.h"
#include "db/SqlSession.h"
#include "db/SqlText.h"
#include "profile/Profile.h"
#include "replication/CrashRecoveryPosition.h"
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
    const Result<QString> plugin
        = AccountGrants::plugin(source, profile.replicationUser, profile.replicationHost);
    if (plugin)
        state.plugin = plugin.value();
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

Result<SourceCoordinates> SetupChecks::clonePosition(const Profile& profile, const ServerFacts& clone)
{
    const Result<CrashRecoveryPosition> line = CrashRecoveryPosition::parse(profile.clonePosition);
    if (!line)
        return line.error();
    if (clone.replicaStatusError)
        return *clone.replicaStatusError;
    if (clone.replicaStatus && clone.replicaStatus->sqlThreadRunning())
        return EngineError::local(
            tr("The clone applies replication (its SQL thread runs from %1): its data is moving, so no fixed "
               "binary log position describes it.")
                .arg(clone.replicaStatus->sourceHost),
            tr("Enter the endpoint of the Aurora clone (a standalone cluster) as the staging connection; an "
               "Aurora reader or a binlog replica is not a clone."),
            QStringLiteral("clone_moving"));
    return SourceCoordinates{line->file, line->position, {}};
}

std::optional<EngineError> SetupChecks::clonePositionOnSource(SqlSession& source, const Dialect& dialect,
                                                              const SourceCoordinates& at)
{
    const Result<ResultSet> logs = source.query(dialect.binaryLogsStatement());
    if (!logs)
        return logs.error();
    const QString fix
        = tr("Paste the crash-recovery event of a clone of this source's cluster, made while the "
             "source keeps its binary logs (raise the retention, then make a new clone).");
    const QString id = QStringLiteral("clone_position_mismatch");
    QStringList names;
    for (int row = 0; row < logs->rowCount(); ++row) {
        const QString name = logs->text(row, u"Log_name");
        names << name;
        if (name != at.file)
            continue;
        const quint64 size = logs->text(row, u"File_size").toULongLong();
        if (at.position > size)
            return EngineError::local(tr("The clone's position %1 lies beyond the end of the source's %2 (%3 "
                                         "bytes): the line is not from a clone of this source.")
                                          .arg(at.toString(), at.file)
                                          .arg(size),
                                      fix, id);
        if (at.position == size)
            return std::nullopt; // the end of the file: the next event starts the next file
        // A position inside the file must be where an event starts.
        const Result<ResultSet> event = source.query(dialect.binlogEventsStatement(at.file, at.position, 1));
        if (!event && event.error().code != 1227 && event.error().code != 1045)
            return EngineError::local(tr("No event of the source's %1 starts at %2 ([%3] %4): the line is "
                                         "not from a clone of this source.")
                                          .arg(at.file)
                                          .arg(at.position)
                                          .arg(event.error().code)
                                          .arg(event.error().serverMessage),
                                      fix, id);
        return std::nullopt;
    }
    if (names.isEmpty())
        return EngineError::local(tr("The source lists no binary log file."),
                                  tr("Enable binary logging on the source's cluster (binlog_format in its "
                                     "cluster parameter group), then make the clone."),
                                  id);
    // Same base name and an older number: purged; anything else is another server's log.
    const QString base = at.file.section(QLatin1Char('.'), 0, -2);
    if (names.first().section(QLatin1Char('.'), 0, -2) == base && at.file < names.first())
        return EngineError::local(tr("The source no longer has %1 (its oldest binary log is %2): the changes "
                                     "since the clone are lost to replication.")
                                      .arg(at.file, names.first()),
                                  fix, QString::fromLatin1("binlog_purged"));
    return EngineError::local(
        tr("The source has no binary log %1 (it has %2 to %3): the line is not from a clone of this source.")
            .arg(at.file, names.first(), names.last()),
        fix, id);
}

std::optional<EngineError> SetupChecks::cloneProblem(const Profile& profile, const ServerFacts& clone,
                                                     SqlSession& source, const Dialect& sourceDialect)
{
    const Result<SourceCoordinates> at = clonePosition(profile, clone);
    if (!at)
        return at.error();
    return clonePositionOnSource(source, sourceDialect, at.value());
}

EngineError SetupChecks::CrossFlavourColumns::error() const
{
    QStringList reasons;
    if (!json.isEmpty())
        reasons << tr("JSON columns (%1): MySQL logs them in its binary JSON format, which a MariaDB replica "
                      "cannot apply.")
                       .arg(json.join(QStringLiteral(", ")));
    if (!collations.isEmpty())
        reasons << tr("utf8mb4_0900 collations (%1): MariaDB does not know them, so the tables cannot be "
                      "created on the target.")
                       .arg(collations.join(QStringLiteral(", ")));
    return EngineError::local(
        reasons.join(QLatin1Char(' ')),
        tr("Use a MySQL 8 target, or change those columns on the source first (JSON to LONGTEXT, the "
           "collations to utf8mb4_unicode_ci or utf8mb4_general_ci)."),
        QStringLiteral("cross_flavour"));
}

Result<SetupChecks::CrossFlavourColumns> SetupChecks::crossFlavourColumns(SqlSession& origin,
                                                                          const QStringList& schemas)
{
    const Result<ResultSet> found = origin.query(
        QStringLiteral(
            "SELECT CONCAT(TABLE_SCHEMA, '.', TABLE_NAME, '.', COLUMN_NAME) AS c, DATA_TYPE AS t, "
            "COALESCE(COLLATION_NAME, '') AS k FROM information_schema.COLUMNS WHERE TABLE_SCHEMA IN "
            "(%1) AND (DATA_TYPE = 'json' OR COLLATION_NAME LIKE 'utf8mb4\\_0900\\_%') "
            "ORDER BY 1 LIMIT 20")
            .arg(SqlText::literalList(schemas)));
    if (!found)
        return found.error();
    CrossFlavourColumns columns;
    for (int row = 0; row < found->rowCount(); ++row) {
        if (found->text(row, u"t").compare(QLatin1String("json"), Qt::CaseInsensitive) == 0)
            columns.json << found->text(row, u"c");
        else
            columns.collations << QStringLiteral("%1 (%2)").arg(found->text(row, u"c"),
                                                                found->text(row, u"k"));
    }
    return columns;
}

std::optional<EngineError> SetupChecks::incompatibility(const QHash<ServerRole, ServerFacts>& facts,
                                                        SqlSession* origin, const QStringList& schemas)
{
    if (!facts.contains(ServerRole::Source) || !facts.contains(ServerRole::Target))
        return std::nullopt;
    const ServerVersion source = facts.value(ServerRole::Source).version;
    const ServerVersion target = facts.value(ServerRole::Target).version;
    const QString problem = ServerCompatibility::problem(source, target);
    if (!problem.isEmpty())
        return EngineError::local(problem, ServerCompatibility::fix(source, target),
                                  QStringLiteral("incompatible_versions"));
    if (!origin || !source.isMySql() || !source.atLeast(8, 0) || !target.isMariaDb())
        return std::nullopt;
    const Result<CrossFlavourColumns> columns = crossFlavourColumns(*origin, schemas);
    if (!columns)
        return columns.error();
    if (!columns->isEmpty())
        return columns->error();
    return std::nullopt;
}
