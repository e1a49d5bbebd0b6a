#include "Preflight.h"

#include "GtidChoice.h"
#include "ReplicationAuth.h"
#include "ServerCompatibility.h"
#include "SetupChecks.h"
#include "SetupConnections.h"
#include "db/SqlSession.h"
#include "db/SqlText.h"
#include "replication/Dialect.h"

#include <QtMath>

#include <algorithm>

using Outcome = PreflightCheck::Outcome;
using Id = PreflightCheck::Id;

Preflight::Preflight(const Profile& profile, const SetupConnections& servers)
    : m_profile(profile)
    , m_servers(servers)
{
}

QList<ServerRole> Preflight::roles() const
{
    return SetupConnections::rolesOf(m_profile);
}

ServerRole Preflight::copyRole() const
{
    return SetupConnections::copyRoleOf(m_profile);
}

void Preflight::add(Id id, const QString& title, Outcome outcome, const QString& reason, const QString& fix,
                    ServerRole fixRole, const QStringList& statements)
{
    PreflightCheck check;
    check.id = id;
    check.title = title;
    check.outcome = outcome;
    check.reason = reason;
    check.fix = fix;
    check.fixRole = fixRole;
    check.fixStatements = statements;
    check.fixApplicable = !statements.isEmpty();
    m_checks.append(check);
}

std::optional<ResultSet> Preflight::query(ServerRole role, const QString& sql)
{
    SqlSession* session = m_servers.sessions.value(role).get();
    if (!session)
        return std::nullopt;
    Result<ResultSet> result = session->query(sql);
    if (!result)
        return std::nullopt;
    return result.value();
}

QString Preflight::schemaList() const
{
    return SqlText::literalList(m_servers.schemas);
}

QList<PreflightCheck> Preflight::runOn(const Profile& profile, const QHash<ServerRole, QByteArray>& passwords)
{
    return runOn(profile, SetupConnections::open(profile, passwords));
}

QList<PreflightCheck> Preflight::runOn(const Profile& profile, const SetupConnections& connections)
{
    return Preflight(profile, connections).run();
}

QList<PreflightCheck> Preflight::run()
{
    m_checks.clear();
    m_account.reset();
    connections();
    compatibility();
    binaryLog();
    retention();
    serverIds();
    stagingSource();
    clonePosition();
    targetReplicating();
    chosenSchemas();
    overwrittenSchemas();
    replicationAccount();
    replicationAuth();
    sourceFromTarget();
    maxAllowedPacket();
    definers();
    events();
    timeZones();
    gtid();
    crossFlavour();
    return m_checks;
}

void Preflight::connections()
{
    for (ServerRole role : roles()) {
        const QString title = tr("Connection to the %1").arg(ServerRoles::displayName(role));
        const Id id = PreflightCheck::connection(role);
        if (m_servers.errors.contains(role)) {
            const EngineError e = m_servers.errors.value(role);
            add(id, title, Outcome::Blocking,
                (e.code ? QStringLiteral("[%1] %2 ").arg(e.code).arg(e.serverMessage) : QString())
                    + e.explanation,
                e.fix);
        } else if (has(role)) {
            add(id, title, Outcome::Pass,
                tr("%1 at %2").arg(facts(role).version.displayName(), m_profile.connection(role).endpoint()));
        }
    }
}

void Preflight::compatibility()
{
    if (!has(ServerRole::Source) || !has(ServerRole::Target))
        return;
    const QString problem
        = ServerCompatibility::problem(facts(ServerRole::Source).version, facts(ServerRole::Target).version);
    add(Id::Compatibility, tr("Versions"), problem.isEmpty() ? Outcome::Pass : Outcome::Blocking,
        problem.isEmpty() ? tr("%1 can replicate from %2.")
                                .arg(facts(ServerRole::Target).version.displayName(),
                                     facts(ServerRole::Source).version.displayName())
                          : problem,
        problem.isEmpty()
            ? QString()
            : ServerCompatibility::fix(facts(ServerRole::Source).version, facts(ServerRole::Target).version));
}

void Preflight::binaryLog()
{
    if (!has(ServerRole::Source))
        return;
    const ServerFacts& s = facts(ServerRole::Source);
    if (!s.logBin) {
        add(Id::LogBin, tr("Binary log on the source"), Outcome::Blocking,
            tr("The source writes no binary log, so nothing can replicate from it."),
            tr("On RDS, enable automated backups (retention period above 0); elsewhere set log_bin."));
        return;
    }
    add(Id::LogBin, tr("Binary log on the source"), Outcome::Pass, tr("log_bin is ON."));
    const bool row = s.binlogFormat.compare(QLatin1String("ROW"), Qt::CaseInsensitive) == 0;
    add(Id::BinlogFormat, tr("Binary log format"), row ? Outcome::Pass : Outcome::Warning,
        row ? tr("binlog_format is ROW.")
            : tr("binlog_format is %1: statements are replayed on the target, where triggers fire again and "
                 "non-deterministic statements may differ.")
                  .arg(s.binlogFormat),
        row ? QString() : tr("Set binlog_format=ROW in the source's parameter group."));
}

void Preflight::retention()
{
    if (!has(ServerRole::Source))
        return;
    const ServerFacts& s = facts(ServerRole::Source);
    const int wanted = m_profile.retentionHours;
    const QString title = tr("Binary log retention");
    const int maximum = BinlogRetention::maximumHours(s.aurora);
    if (s.rds && wanted > maximum) {
        add(Id::Retention, title, Outcome::Blocking,
            s.aurora ? tr("The profile asks for %1 h; Aurora allows at most %2 h.").arg(wanted).arg(maximum)
                     : tr("The profile asks for %1 h; RDS allows at most %2 h.").arg(wanted).arg(maximum),
            tr("Set retention_hours to at most %1.").arg(maximum));
        return;
    }
    // Rough seed time: the data at 20 MB/s, three times over (dump, load, catch-up), plus a day.
    qint64 bytes = 0;
    if (auto size = query(copyRole(),
                          QStringLiteral("SELECT COALESCE(SUM(DATA_LENGTH + INDEX_LENGTH), 0) AS b FROM "
                                         "information_schema.TABLES WHERE TABLE_SCHEMA IN (%1)")
                              .arg(schemaList())))
        bytes = size->text(0, u"b").toLongLong();
    const double neededHours = double(bytes) * 3.0 / (20.0 * 1024 * 1024) / 3600.0 + 24.0;
    const QString statement = Dialect::rdsSetBinlogRetentionStatement(wanted);
    if (!s.rds) {
        const bool enough = !s.retention.isSet || s.retention.hours >= std::max(neededHours, double(wanted));
        const Dialect dialect(s.version);
        add(Id::Retention, title, enough ? Outcome::Pass : Outcome::Warning,
            s.retention.isSet
                ? tr("The self-managed source's binary logs expire after %1 h.").arg(s.retention.hours)
                : tr("The self-managed source's binary logs do not expire."),
            enough
                ? QString()
                : (dialect.binlogExpiryPersists()
                       ? tr("Raise the expiry to %1 h, or let the setup do it.").arg(wanted)
                       : tr("Raise the expiry to %1 h, or let the setup do it, and add '%2' to the source's "
                            "configuration file: a restart loses what is set at runtime.")
                             .arg(wanted)
                             .arg(dialect.binlogExpiryConfigLine(wanted))),
            ServerRole::Source, enough ? QStringList{} : QStringList{dialect.binlogExpiryStatement(wanted)});
        return;
    }
    if (!s.retention.isSet) {
        add(Id::Retention, title, Outcome::Warning,
            tr("'binlog retention hours' is NULL: RDS purges binary logs as soon as it no longer needs them, "
               "and a "
               "target that falls behind fails with error 1236. The setup raises it to %1 h.")
                .arg(wanted),
            tr("Set it now, or let the setup do it."), ServerRole::Source, {statement});
    } else if (s.retention.hours < neededHours) {
        add(Id::Retention, title, Outcome::Warning,
            tr("'binlog retention hours' is %1, less than the %2 h the copy and catch-up may take.")
                .arg(s.retention.hours)
                .arg(qCeil(neededHours)),
            tr("Raise it."), ServerRole::Source, {statement});
    } else {
        add(Id::Retention, title, Outcome::Pass,
            tr("'binlog retention hours' is %1.").arg(s.retention.hours));
    }
}

void Preflight::serverIds()
{
    if (!has(ServerRole::Target))
        return;
    const ServerFacts& t = facts(ServerRole::Target);
    if (SetupChecks::targetIsSource(m_profile, m_servers.facts)) {
        add(Id::ServerIds, tr("Server identities"), Outcome::Blocking,
            tr("The target is the source itself (%1).").arg(m_profile.target.endpoint()),
            tr("Enter the external server that is to become the replica as the target."));
        return;
    }
    QStringList clashes;
    for (const SetupChecks::IdentityClash& clash : SetupChecks::identityClashes(m_servers.facts, roles()))
        clashes << SetupChecks::describe(clash, t.serverId);
    add(Id::ServerIds, tr("Server identities"), clashes.isEmpty() ? Outcome::Pass : Outcome::Blocking,
        clashes.isEmpty() ? tr("The target's server_id %1 is its own.").arg(t.serverId)
                          : clashes.join(QLatin1Char(' ')),
        clashes.isEmpty() ? QString()
                          : tr("Give the target its own server_id (and, for a cloned machine, delete "
                               "auto.cnf and restart)."));
}

void Preflight::stagingSource()
{
    if (m_profile.strategy != SetupStrategy::StagingReplica || !has(ServerRole::Staging)
        || !has(ServerRole::Source))
        return;
    const ServerFacts& st = facts(ServerRole::Staging);
    const QString title = tr("Staging replica replicates from the source");
    if (const std::optional<EngineError> problem
        = SetupChecks::stagingProblem(st, facts(ServerRole::Source))) {
        add(Id::StagingSource, title, Outcome::Blocking, problem->explanation, problem->fix);
    } else {
        add(Id::StagingSource, title, Outcome::Pass,
            tr("Replicating from server id %1 (IO %2, SQL %3).")
                .arg(st.replicaStatus->sourceServerId)
                .arg(st.replicaStatus->ioRunning, st.replicaStatus->sqlRunning));
    }
}

void Preflight::clonePosition()
{
    SqlSession* source = m_servers.sessions.value(ServerRole::Source).get();
    if (m_profile.strategy != SetupStrategy::AuroraClone || !has(ServerRole::Staging) || !source)
        return;
    const QString title = tr("The clone's binary log position");
    const Result<SourceCoordinates> at = SetupChecks::clonePosition(m_profile, facts(ServerRole::Staging));
    std::optional<EngineError> problem = at
        ? SetupChecks::clonePositionOnSource(*source, Dialect(facts(ServerRole::Source).version), at.value())
        : std::optional<EngineError>(at.error());
    if (problem)
        add(Id::ClonePosition, title, Outcome::Blocking, problem->explanation, problem->fix);
    else
        add(Id::ClonePosition, title, Outcome::Pass,
            tr("The clone's data is at %1 in the source's binary log (its crash-recovery event); the target "
               "will replicate from the source from there.")
                .arg(at->toString()));
}

void Preflight::targetReplicating()
{
    if (!has(ServerRole::Target))
        return;
    const ServerFacts& t = facts(ServerRole::Target);
    if (!t.replicaStatus) {
        add(Id::TargetReplicating, tr("Target is free"), Outcome::Pass, tr("The target is not a replica."));
        return;
    }
    const Dialect dialect(t.version);
    add(Id::TargetReplicating, tr("Target is free"), Outcome::Blocking,
        tr("The target already replicates from %1:%2 (IO %3, SQL %4).")
            .arg(t.replicaStatus->sourceHost)
            .arg(t.replicaStatus->sourcePort)
            .arg(t.replicaStatus->ioRunning, t.replicaStatus->sqlRunning),
        tr("Stop it and remove its replication settings, if this target may be reused."), ServerRole::Target,
        {dialect.stopReplicaStatement(), dialect.resetReplicaAllStatement()});
}

void Preflight::chosenSchemas()
{
    if (m_profile.databases.isEmpty())
        return;
    auto existing = query(copyRole(),
                          QStringLiteral("SELECT SCHEMA_NAME AS s FROM information_schema.SCHEMATA "
                                         "WHERE SCHEMA_NAME IN (%1)")
                              .arg(schemaList()));
    if (!existing)
        return;
    QStringList missing = m_servers.schemas;
    for (int row = 0; row < existing->rowCount(); ++row)
        missing.removeAll(existing->text(row, u"s"));
    add(Id::ChosenSchemas, tr("Chosen schemas"), missing.isEmpty() ? Outcome::Pass : Outcome::Blocking,
        missing.isEmpty()
            ? tr("Every chosen schema exists on the %1.").arg(ServerRoles::displayName(copyRole()))
            : tr("These chosen schemas do not exist on the %1: %2.")
                  .arg(ServerRoles::displayName(copyRole()), missing.join(QStringLiteral(", "))),
        missing.isEmpty() ? QString() : tr("Choose schemas that exist (the profile's databases option)."));
}

void Preflight::overwrittenSchemas()
{
    SqlSession* target = m_servers.sessions.value(ServerRole::Target).get();
    if (!target)
        return;
    const Result<QStringList> names = SetupChecks::existingSchemas(*target, m_servers.schemas);
    if (!names)
        return;
    add(Id::OverwrittenSchemas, tr("Schemas on the target"),
        names->isEmpty() ? Outcome::Pass : Outcome::Warning,
        names->isEmpty()
            ? tr("None of the copied schemas exists on the target.")
            : tr("The copy replaces these schemas on the target: %1.").arg(names->join(QStringLiteral(", "))),
        names->isEmpty() ? QString() : tr("Back them up first if they hold anything of value."));
}

void Preflight::replicationAccount()
{
    const Profile& p = m_profile;
    SqlSession* source = m_servers.sessions.value(ServerRole::Source).get();
    if (!source)
        return;
    const Result<SetupChecks::ReplicationAccount> state = SetupChecks::replicationAccount(*source, p);
    if (!state)
        return;
    m_account = state.value(); // the password exchange check reads the same account
    const QString account = SqlText::account(p.replicationUser, p.replicationHost);
    const QString title = tr("Replication account");
    if (!state->exists) {
        add(Id::ReplicationAccount, title, Outcome::Warning,
            tr("%1 does not exist on the source; the setup creates it.").arg(account),
            tr("Let the setup create it, or create it now."), ServerRole::Source,
            {QStringLiteral("CREATE USER %1 IDENTIFIED BY '***'").arg(account),
             QStringLiteral("GRANT REPLICATION SLAVE ON *.* TO %1").arg(account)});
        m_checks.last().fixApplicable = false; // shown with the password masked: the setup runs it
        return;
    }
    const bool granted = state->mayReplicate;
    add(Id::ReplicationAccount, title, granted ? Outcome::Pass : Outcome::Warning,
        granted ? tr("%1 exists with REPLICATION SLAVE.").arg(account)
                : tr("%1 exists but lacks REPLICATION SLAVE.").arg(account),
        granted ? QString() : tr("Grant it."), ServerRole::Source,
        granted ? QStringList()
                : QStringList{QStringLiteral("GRANT REPLICATION SLAVE ON *.* TO %1").arg(account)});
}

void Preflight::replicationAuth()
{
    // MySQL 8's caching_sha2_password needs TLS or the source's public key; MySQL 5.7's and
    // MariaDB's accounts use mysql_native_password unless a DBA chose otherwise.
    SqlSession* source = m_servers.sessions.value(ServerRole::Source).get();
    if (!source || !has(ServerRole::Source) || !facts(ServerRole::Source).version.isMySql()
        || !facts(ServerRole::Source).version.atLeast(8, 0))
        return;
    QString plugin = m_account && m_account->exists ? m_account->plugin : QString();
    const bool exists = !plugin.isEmpty();
    if (!exists) {
        const Dialect dialect(facts(ServerRole::Source).version);
        const std::optional<ResultSet> defaults
            = query(ServerRole::Source, dialect.defaultAuthPluginStatement());
        plugin = dialect.defaultAuthPlugin(defaults.value_or(ResultSet()));
    }
    const ReplicationAuth auth = ReplicationAuth::decide(
        plugin, exists, m_profile.source.tls != TlsMode::Disabled, m_profile.sourcePublicKey);
    const Outcome outcome = auth.exchange == ReplicationAuth::Exchange::Impossible ? Outcome::Blocking
        : auth.exchange == ReplicationAuth::Exchange::PublicKey                    ? Outcome::Warning
                                                                                   : Outcome::Pass;
    add(Id::ReplicationAuth, tr("Replication password exchange"), outcome, auth.reason(), auth.fix());
}

void Preflight::sourceFromTarget()
{
    // The app's tunnel serves only the app: the target's IO thread connects to the source itself,
    // and no SQL lets the target try a TCP connection before replication starts.
    const SshTunnelSpec& ssh = m_profile.source.ssh;
    if (!ssh.enabled())
        return;
    add(Id::SourceFromTarget, tr("The target's own way to the source"), Outcome::Warning,
        tr("This tool reaches the source through the SSH tunnel at %1, but the target will connect to %2 "
           "directly, which cannot be tried before replication starts.")
            .arg(ssh.host, m_profile.source.endpoint()),
        tr("Make sure the target's network reaches %1 (routes, security groups, the source's allowed "
           "hosts); a target that cannot connect after START SLAVE is diagnosed with error 2003.")
            .arg(m_profile.source.endpoint()));
}

void Preflight::maxAllowedPacket()
{
    if (!has(ServerRole::Target) || !has(copyRole()))
        return;
    const quint64 target = facts(ServerRole::Target).maxAllowedPacket;
    const quint64 origin = facts(copyRole()).maxAllowedPacket;
    const bool ok = target >= origin;
    add(Id::MaxAllowedPacket, tr("Packet size"), ok ? Outcome::Pass : Outcome::Warning,
        ok ? tr("The target's max_allowed_packet (%1 MiB) is at least the %2's.")
                 .arg(target / (1024 * 1024))
                 .arg(ServerRoles::displayName(copyRole()))
           : tr("The target's max_allowed_packet (%1 MiB) is smaller than the %2's (%3 MiB): large rows may "
                "fail to load or replicate.")
                 .arg(target / (1024 * 1024))
                 .arg(ServerRoles::displayName(copyRole()))
                 .arg(origin / (1024 * 1024)),
        ok ? QString() : tr("Set max_allowed_packet and slave_max_allowed_packet to 1G on the target."),
        ServerRole::Target,
        ok ? QStringList()
           : QStringList{QStringLiteral("SET GLOBAL max_allowed_packet = 1073741824"),
                         QStringLiteral("SET GLOBAL slave_max_allowed_packet = 1073741824")});
}

void Preflight::definers()
{
    const Id id = Id::Definers;
    const QString title = tr("DEFINER accounts");
    if (m_servers.definersError) {
        add(id, title, Outcome::Warning,
            tr("The definers of the copied objects could not be read: %1")
                .arg(m_servers.definersError->toText()),
            tr("Check that the account may read information_schema and SHOW GRANTS on the %1.")
                .arg(ServerRoles::displayName(copyRole())));
        return;
    }
    if (!m_servers.definers)
        return;
    const DefinerPlan& plan = *m_servers.definers;
    if (plan.accounts.isEmpty()) {
        add(id, title, Outcome::Pass, tr("The copied schemas have no views, routines, triggers or events."));
        return;
    }
    QStringList lines;
    QStringList fixes; // for accounts that exist on the target but lack privileges there
    bool warn = false;
    for (const DefinerAccount& account : plan.accounts) {
        QString line;
        if (plan.policy.kind == DefinerPolicy::Kind::Remap) {
            line = account.onTarget
                ? tr("%1 becomes the DEFINER of %n object(s).", nullptr, int(account.objects.size()))
                      .arg(account.account())
                : tr("%1, the account to remap to, does not exist on the target.").arg(account.account());
        } else if (account.onTarget) {
            line = tr("%1 (%n object(s)) exists on the target and is used as it is.", nullptr,
                      int(account.objects.size()))
                       .arg(account.account());
        } else {
            QStringList grants;
            for (const DefinerGrant& grant : account.grants)
                grants << grant.statement(account.account());
            line = tr("%1 (%n object(s)) is missing on the target: the setup creates it locked and runs %2.",
                      nullptr, int(account.objects.size()))
                       .arg(account.account(),
                            grants.isEmpty() ? tr("no GRANT") : grants.join(QStringLiteral("; ")));
            if (!account.onOrigin) {
                line += QLatin1Char(' ')
                    + tr("It does not exist on the %1 either: its objects fail there too (error 1449).")
                          .arg(ServerRoles::displayName(copyRole()));
                warn = true;
            } else if (!account.originGrantsKnown) {
                line += QLatin1Char(' ')
                    + tr("Its grants on the %1 could not be read completely (roles?): it gets what its "
                         "objects "
                         "need.")
                          .arg(ServerRoles::displayName(copyRole()));
            }
        }
        if (!account.lacking.isEmpty()) {
            line += QLatin1Char(' ')
                + tr("On the target it lacks: %1.").arg(account.lacking.join(QStringLiteral("; ")));
            fixes << account.lacking;
            warn = true;
        }
        lines << line;
    }
    if (plan.remapAccountMissing()) {
        add(id, title, Outcome::Blocking, lines.join(QLatin1Char('\n')),
            tr("Create the account on the target, or choose to create the missing definers instead."),
            ServerRole::Target);
        return;
    }
    add(id, title, warn ? Outcome::Warning : Outcome::Pass, lines.join(QLatin1Char('\n')),
        fixes.isEmpty() ? QString() : tr("Grant what is lacking on the target."), ServerRole::Target, fixes);
}

void Preflight::events()
{
    SqlSession* origin = m_servers.sessions.value(copyRole()).get();
    if (!origin)
        return;
    const Result<QList<SetupChecks::Event>> enabled = SetupChecks::enabledEvents(*origin, m_servers.schemas);
    if (!enabled)
        return;
    QStringList names;
    for (const SetupChecks::Event& event : enabled.value())
        names << event.qualifiedName();
    add(Id::Events, tr("Events"), names.isEmpty() ? Outcome::Pass : Outcome::Warning,
        names.isEmpty()
            ? tr("No copied event would run on the target.")
            : tr("These events would run on the target too and collide with replicated writes: %1. The setup "
                 "disables them there (DISABLE ON SLAVE).")
                  .arg(names.join(QStringLiteral(", "))),
        names.isEmpty() ? QString() : tr("Let the setup disable them on the target."));
}

void Preflight::timeZones()
{
    auto zone = query(ServerRole::Source, QStringLiteral("SELECT @@GLOBAL.time_zone AS z"));
    auto tzTables
        = query(ServerRole::Target, QStringLiteral("SELECT COUNT(*) AS n FROM mysql.time_zone_name"));
    if (!zone || !tzTables)
        return;
    const QString name = zone->text(0, u"z");
    const bool named = name != QLatin1String("SYSTEM") && !name.startsWith(QLatin1Char('+'))
        && !name.startsWith(QLatin1Char('-'));
    const bool missing = named && tzTables->text(0, u"n").toInt() == 0;
    add(Id::TimeZones, tr("Time zones"), missing ? Outcome::Warning : Outcome::Pass,
        missing
            ? tr("The source uses the named time zone %1, but the target has no time zone tables.").arg(name)
            : tr("The source's time zone is %1.").arg(name),
        missing ? tr("Load them on the target: mariadb-tzinfo-to-sql /usr/share/zoneinfo | mariadb mysql")
                : QString());
}

void Preflight::gtid()
{
    if (!has(ServerRole::Source) || !has(ServerRole::Target))
        return;
    const QString title = tr("Positioning (GTID or file/position)");
    if (const std::optional<SetupChecks::GtidProblem> problem
        = SetupChecks::gtidProblem(m_profile, m_servers.facts)) {
        add(Id::Gtid, title, Outcome::Blocking, problem->error.explanation, problem->error.fix,
            ServerRole::Target, problem->fixStatements);
        return;
    }
    const Result<GtidChoice> choice = GtidChoice::forProfile(m_profile, m_servers.facts);
    add(Id::Gtid, title, Outcome::Pass, choice ? choice->reason : QString());
}

void Preflight::crossFlavour()
{
    // A MySQL 8 source into a MariaDB target: what MariaDB cannot take from MySQL's tables or row
    // events, found in the copied schemas.
    if (!has(ServerRole::Source) || !has(ServerRole::Target) || !facts(ServerRole::Source).version.isMySql()
        || !facts(ServerRole::Source).version.atLeast(8, 0) || !facts(ServerRole::Target).version.isMariaDb())
        return;
    const QString title = tr("MySQL 8 into MariaDB");
    SqlSession* origin = m_servers.sessions.value(copyRole()).get();
    const Result<SetupChecks::CrossFlavourColumns> found = origin
        ? SetupChecks::crossFlavourColumns(*origin, m_servers.schemas)
        : Result<SetupChecks::CrossFlavourColumns>(EngineError::local(QString()));
    if (!found) {
        add(Id::CrossFlavour, title, Outcome::Warning,
            tr("The columns of the copied schemas could not be read: JSON columns and utf8mb4_0900 "
               "collations, which MariaDB cannot take, are not checked."),
            tr("Check that the account may read information_schema.COLUMNS."));
        return;
    }
    if (found->isEmpty()) {
        add(Id::CrossFlavour, title, Outcome::Pass,
            tr("No JSON column and no utf8mb4_0900 collation in the copied schemas."));
        return;
    }
    const EngineError error = found->error();
    add(Id::CrossFlavour, title, Outcome::Blocking, error.explanation, error.fix);
}
