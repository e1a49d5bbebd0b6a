#include "SetupRunner.h"

#include "AuditLog.h"
#include "CopyVerifier.h"
#include "SetupConnections.h"
#include "db/ErrorCatalog.h"
#include "db/SqlText.h"
#include "replication/BinlogInspector.h"
#include "replication/Dialect.h"
#include "replication/RdsHousekeepingTables.h"
#include "replication/ReplicationFilters.h"
#include "replication/ServerInspector.h"
#include "seeding/DumpPipeSeeder.h"
#include "seeding/SchemaObjectCopier.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QThread>

namespace {

// MariaDB and MySQL 5.7's mysql_native_password hash, so the binlog never carries the clear text.
QString nativePasswordHash(const QByteArray& password)
{
    const QByteArray once = QCryptographicHash::hash(password, QCryptographicHash::Sha1);
    return QStringLiteral("*")
        + QString::fromLatin1(QCryptographicHash::hash(once, QCryptographicHash::Sha1).toHex().toUpper());
}

} // namespace

SetupRunner::SetupRunner(SetupInput input, Confirmer* confirmer, QObject* parent)
    : QObject(parent)
    , m_input(std::move(input))
    , m_confirmer(confirmer)
    , m_audit(std::make_unique<AuditLog>(m_input.auditLogPath))
    , m_seeder(std::make_unique<DumpPipeSeeder>())
{
}

SetupRunner::~SetupRunner() = default;

void SetupRunner::cancel()
{
    m_cancelled = true;
    m_seeder->cancel();
}

ServerRole SetupRunner::copyRole() const
{
    return m_input.profile.strategy == SetupStrategy::StagingReplica ? ServerRole::Staging
                                                                     : ServerRole::Source;
}

void SetupRunner::log(const QString& line)
{
    emit logLine(SqlText::redacted(line));
}

Result<ResultSet> SetupRunner::query(ServerRole role, const QString& sql)
{
    if (m_cancelled)
        return EngineError::local(tr("Cancelled."), {}, QStringLiteral("cancelled"));
    Result<ResultSet> result = m_connections.sessions.value(role)->query(sql);
    m_audit->statement(role, sql, result ? nullptr : &result.error());
    log(QStringLiteral("[%1] %2%3")
            .arg(ServerRoles::key(role), sql,
                 result ? QString() : QStringLiteral(" → ") + result.error().toText()));
    if (!result)
        return result.error().withContext(m_connections.sessions.value(role)->spec().describe());
    return result;
}

Status SetupRunner::executeAll(ServerRole role, const QStringList& statements)
{
    for (const QString& sql : statements) {
        const Status done = execute(role, sql);
        if (!done)
            return done;
    }
    return Done{};
}

Status SetupRunner::execute(ServerRole role, const QString& sql)
{
    const Result<ResultSet> result = query(role, sql);
    if (!result)
        return result.error();
    return Done{};
}

bool SetupRunner::ask(const SetupStep& step, const QString& question, const QStringList& commands)
{
    QStringList shown;
    for (const QString& c : commands)
        shown.append(SqlText::redacted(c));
    const bool yes = m_confirmer->confirm(step, question, shown);
    m_audit->note(
        QStringLiteral("%1: %2 -> %3")
            .arg(step.key, question, yes ? QStringLiteral("confirmed") : QStringLiteral("declined")));
    return yes;
}

void SetupRunner::run()
{
    const Status prepared = prepare();
    if (!prepared) {
        emit finished(false, prepared.error().toText());
        return;
    }
    const Status journaled = startJournal();
    if (!journaled) {
        emit finished(false, journaled.error().toText());
        return;
    }
    const SetupPlan plan = SetupPlan::build(m_input.profile, m_connections);
    emit planReady(plan.steps());
    const auto fail = [this](int index, const EngineError& error) {
        m_audit->note(QStringLiteral("step failed: %1").arg(error.toText()));
        m_journal.finish(false);
        emit stepFinished(index, false, error.toText());
        emit finished(false, error.toText() + QLatin1Char('\n') + stateSummary(false));
    };
    for (int i = 0; i < plan.steps().size(); ++i) {
        const SetupStep& step = plan.steps().at(i);
        if (m_cancelled) { // before the next step is announced: nothing further starts
            m_audit->note(QStringLiteral("cancelled before step %1").arg(step.key));
            m_journal.finish(false);
            emit finished(false, tr("Cancelled.") + QLatin1Char('\n') + stateSummary(false));
            return;
        }
        emit stepStarted(i, step);
        if (m_input.resume && m_journal.state(step.key) == RunJournal::StepState::Done) {
            const Result<bool> still = stillDone(step);
            if (!still)
                return fail(i, still.error());
            if (still.value()) {
                log(tr("Already done and still in effect: %1.").arg(step.title));
                m_audit->note(QStringLiteral("step %1 already done (checked)").arg(step.key));
                emit stepFinished(i, true, tr("already done, still in effect: skipped"));
                continue;
            }
        }
        // Recorded before the step's first statement: a run killed from here on resumes here.
        const Status running = m_journal.setStep(step.key, RunJournal::StepState::Running);
        if (!running)
            return fail(i, running.error());
        m_audit->note(QStringLiteral("step %1 started").arg(step.key));
        const Status done = m_cancelled
            ? Status(EngineError::local(tr("Cancelled."), {}, QStringLiteral("cancelled")))
            : runStep(step);
        if (!done) {
            m_journal.setStep(step.key, RunJournal::StepState::Failed);
            return fail(i, done.error());
        }
        if (m_coordinates.isValid() && m_journal.coordinates() != m_coordinates) {
            const Status saved = m_journal.setCoordinates(m_coordinates);
            if (!saved)
                return fail(i, saved.error());
        }
        const Status recorded = m_journal.setStep(step.key, RunJournal::StepState::Done);
        if (!recorded)
            return fail(i, recorded.error());
        m_audit->note(QStringLiteral("step %1 done").arg(step.key));
        emit stepFinished(i, true, {});
    }
    m_journal.finish(true);
    emit finished(true, stateSummary(true));
}

Status SetupRunner::startJournal()
{
    if (!m_input.resume) {
        m_journal = RunJournal(m_input.journalPath);
        m_journal.begin(m_input.profilePath, SetupStrategies::key(m_input.profile.strategy),
                        m_connections.schemas);
        return m_journal.save();
    }
    Result<RunJournal> loaded = RunJournal::load(m_input.journalPath);
    if (!loaded)
        return loaded.error();
    m_journal = loaded.value();
    if (m_journal.isFinished() && m_journal.succeeded())
        return EngineError::local(
            tr("The run recorded in %1 finished successfully: there is nothing to resume.")
                .arg(m_journal.path()),
            tr("Use status to watch the replica, or run the setup without --resume."));
    if (m_journal.strategyKey() != SetupStrategies::key(m_input.profile.strategy))
        return EngineError::local(tr("The run recorded in %1 used another strategy (%2).")
                                      .arg(m_journal.path(), m_journal.strategyKey()),
                                  tr("Run the setup without --resume."));
    m_connections.schemas = m_journal.schemas();
    m_connections.inspectObjects(m_input.profile);
    if (m_journal.coordinates())
        m_coordinates = *m_journal.coordinates();
    using S = RunJournal::StepState;
    const auto touched = [this](const char* key) {
        return m_journal.state(QString::fromLatin1(key)) != S::Pending;
    };
    m_stagingStopped
        = touched("stop-staging") && m_journal.state(QStringLiteral("resume-staging")) != S::Done;
    m_targetTouched = touched("prepare-target") || touched("definer-accounts") || touched("seed");
    m_targetReplicating = m_journal.state(QStringLiteral("start-replica")) == S::Done;
    log(tr("Resuming the run recorded in %1.").arg(m_journal.path()));
    return Done{};
}

Result<bool> SetupRunner::stillDone(const SetupStep& step)
{
    using I = SetupStep::Id;
    switch (step.id) {
    case I::StopStaging: {
        // Until the target points at the source, the copy depends on the staging replica staying
        // stopped exactly where it was.
        if (m_journal.state(QStringLiteral("point-target")) == RunJournal::StepState::Done)
            return true;
        const ServerFacts& staging
            = m_connections.facts.value(ServerRole::Staging); // read when this run connected
        const bool running = staging.replicaStatus && staging.replicaStatus->sqlThreadRunning();
        const Result<SourceCoordinates> now
            = running ? Result<SourceCoordinates>(SourceCoordinates{}) : currentCoordinates();
        if (!now)
            return now.error();
        if (running || now.value() != m_coordinates)
            return EngineError::local(tr("The staging replica was restarted since the run stopped it (its "
                                         "data is moving on from %1): "
                                         "the copy cannot be resumed.")
                                          .arg(m_coordinates.toString()),
                                      tr("Run the setup again without --resume for a fresh seed."));
        return true;
    }
    case I::PointTarget: {
        const ServerFacts& target
            = m_connections.facts.value(ServerRole::Target); // read when this run connected
        if (!target.replicaStatus || target.replicaStatus->sourcePort != m_input.profile.source.port
            || target.replicaStatus->sourceHost.compare(m_input.profile.source.host, Qt::CaseInsensitive)
                != 0)
            return EngineError::local(
                tr("The target no longer points at the source since the run set it up."),
                tr("Run the setup again without --resume for a fresh seed."));
        return true;
    }
    case I::StartReplica: {
        const ServerFacts& target = m_connections.facts.value(ServerRole::Target);
        return target.replicaStatus && target.replicaStatus->ioThreadRunning()
            && target.replicaStatus->sqlThreadRunning();
    }
    case I::VerifyReplication:
        return false; // only reads: check again
    default:
        return true;
    }
}

Status SetupRunner::prepare()
{
    m_connections = SetupConnections::open(m_input.profile, m_input.passwords);
    if (!m_connections.complete())
        return m_connections.errors.begin().value();
    if (m_connections.schemas.isEmpty())
        return EngineError::local(
            tr("There is no user schema to copy on the %1.").arg(ServerRoles::displayName(copyRole())));
    return Done{};
}

Status SetupRunner::runStep(const SetupStep& step)
{
    using I = SetupStep::Id;
    switch (step.id) {
    case I::Retention:
        return retention(step);
    case I::ReplicationAccount:
        return replicationAccount(step);
    case I::StopStaging:
        return stopStaging(step);
    case I::ReadCoordinates:
        return readSourceCoordinates(step);
    case I::PrepareTarget:
        return prepareTarget(step);
    case I::DefinerAccounts:
        return definerAccounts(step);
    case I::Seed:
        return seed(step);
    case I::CopyObjects:
        return copyObjects(step);
    case I::RecheckCoordinates:
        return recheckCoordinates(step);
    case I::VerifyCopy:
        return verifyCopy(step);
    case I::DisableEvents:
        return disableEvents(step);
    case I::ReplicationFilters:
        return replicationFilters(step);
    case I::PointTarget:
        return pointTarget(step);
    case I::StartReplica:
        return startReplica(step);
    case I::VerifyReplication:
        return verifyReplication(step);
    case I::ResumeStaging:
        return resumeStaging(step);
    case I::FreezeWrites:
    case I::RestoreWrites:
        if (!ask(step, step.description, {}))
            return EngineError::local(tr("The manual step '%1' was not confirmed.").arg(step.title));
        return Done{};
    }
    return Done{};
}

Status SetupRunner::retention(const SetupStep& step)
{
    const ServerFacts& source = m_connections.facts.value(ServerRole::Source);
    const int wanted = m_input.profile.retentionHours;
    if (!source.rds) {
        log(tr("The source is not RDS: its binary log expiry (%1) is the DBA's to keep long enough.")
                .arg(source.retention.isSet ? tr("%1 h").arg(source.retention.hours) : tr("none")));
        return Done{};
    }
    if (source.retention.isSet && source.retention.hours >= wanted) {
        log(tr("binlog retention hours is already %1.").arg(source.retention.hours));
        return Done{};
    }
    if (wanted > BinlogRetention::RdsMaximumHours)
        return EngineError::local(tr("A retention of %1 h is above RDS's maximum of %2 h.")
                                      .arg(wanted)
                                      .arg(int(BinlogRetention::RdsMaximumHours)),
                                  tr("Choose at most %1 hours.").arg(int(BinlogRetention::RdsMaximumHours)));
    const QString sql = BinlogRetention::rdsSetStatement(wanted);
    if (!ask(step,
             tr("Set 'binlog retention hours' on the source to %1 (now %2)?")
                 .arg(wanted)
                 .arg(source.retention.isSet ? QString::number(source.retention.hours)
                                             : QStringLiteral("NULL")),
             {sql}))
        return EngineError::local(tr("Declined: the source keeps too little binary log for a safe copy."));
    const Status set = execute(ServerRole::Source, sql);
    if (!set)
        return set;
    bool rds = false;
    const Result<BinlogRetention> readBack
        = ServerInspector(*m_connections.sessions.value(ServerRole::Source))
              .readRetention(source.version, &rds);
    if (!readBack)
        return readBack.error();
    if (!readBack->isSet || readBack->hours < wanted)
        return EngineError::local(
            tr("The source did not keep the new retention (read back: %1).")
                .arg(readBack->isSet ? QString::number(readBack->hours) : QStringLiteral("NULL")));
    return Done{};
}

Status SetupRunner::replicationAccount(const SetupStep& step)
{
    const Profile& p = m_input.profile;
    const QString account = SqlText::account(p.replicationUser, p.replicationHost);
    Result<ResultSet> exists
        = query(ServerRole::Source,
                QStringLiteral("SELECT COUNT(*) AS n FROM mysql.user WHERE User = %1 AND Host = %2")
                    .arg(SqlText::literal(p.replicationUser), SqlText::literal(p.replicationHost)));
    if (!exists)
        return exists.error();
    const bool present = exists->text(0, u"n").toInt() > 0;
    QStringList statements;
    if (present) {
        Result<ResultSet> grants
            = query(ServerRole::Source, QStringLiteral("SHOW GRANTS FOR %1").arg(account));
        if (!grants)
            return grants.error();
        for (int row = 0; row < grants->rowCount(); ++row) {
            const QString grant = grants->rows().at(row).value(0).toString();
            if (grant.contains(QLatin1String("REPLICATION SLAVE"), Qt::CaseInsensitive)
                || grant.contains(QLatin1String("ALL PRIVILEGES ON *.*"), Qt::CaseInsensitive)) {
                log(tr("%1 exists with REPLICATION SLAVE; it is reused (its password must be the one given).")
                        .arg(account));
                return Done{};
            }
        }
    } else if (m_connections.facts.value(ServerRole::Source).version.isMariaDb()) {
        // MariaDB binlogs CREATE USER as written: send the hash, not the password.
        statements << QStringLiteral("CREATE USER %1 IDENTIFIED BY PASSWORD %2")
                          .arg(account, SqlText::literal(nativePasswordHash(m_input.replicationPassword)));
    } else {
        statements << QStringLiteral("CREATE USER %1 IDENTIFIED BY %2")
                          .arg(account, SqlText::literal(QString::fromUtf8(m_input.replicationPassword)));
    }
    statements << QStringLiteral("GRANT REPLICATION SLAVE ON *.* TO %1").arg(account);
    if (!ask(step,
             present ? tr("Grant REPLICATION SLAVE to %1 on the source?").arg(account)
                     : tr("Create the replication account %1 on the source?").arg(account),
             statements))
        return EngineError::local(tr("Declined: the target needs a replication account on the source."));
    return executeAll(ServerRole::Source, statements);
}

Result<SourceCoordinates> SetupRunner::currentCoordinates()
{
    const ServerRole role = copyRole();
    const Dialect dialect(m_connections.facts.value(role).version);
    if (role == ServerRole::Staging) {
        bool viaProcedure = false;
        Result<std::optional<ReplicaStatus>> status
            = ServerInspector(*m_connections.sessions.value(role))
                  .readReplicaStatus(dialect, m_connections.facts.value(role).rds, &viaProcedure);
        if (!status)
            return status.error();
        if (!status.value())
            return EngineError::local(tr("The staging replica is not a replica."),
                                      tr("Choose an RDS read replica of the source as the staging replica."));
        const ReplicaStatus& r = *status.value();
        if (r.sqlThreadRunning())
            return EngineError::local(
                tr("The staging replica's SQL thread is running: its data is moving."),
                tr("It may have been restarted (an RDS reboot restarts replication). Run the "
                   "setup again."));
        return SourceCoordinates{r.execSourceLogFile, r.execSourceLogPos};
    }
    Result<ResultSet> status = query(role, dialect.sourceStatusStatement());
    if (!status)
        return status.error();
    const auto source = dialect.parseSourceStatus(status.value());
    if (!source)
        return EngineError::local(tr("The source has no binary log."),
                                  tr("Enable binary logging (on RDS: backups)."));
    return SourceCoordinates{source->binlogFile, source->binlogPosition};
}

Status SetupRunner::stopStaging(const SetupStep& step)
{
    const ServerFacts& staging = m_connections.facts.value(ServerRole::Staging);
    const ServerFacts& source = m_connections.facts.value(ServerRole::Source);
    if (!staging.replicaStatus)
        return EngineError::local(tr("The staging server is not a replica."),
                                  tr("Choose an RDS read replica of the source as the staging replica."));
    if (staging.replicaStatus->sourceServerId != source.serverId)
        return EngineError::local(
            tr("The staging replica replicates from server id %1, not from the source (%2).")
                .arg(staging.replicaStatus->sourceServerId)
                .arg(source.serverId),
            tr("Choose a read replica of this source."));
    if (m_input.resume && !staging.replicaStatus->sqlThreadRunning()) {
        // Stopped by the interrupted run before it could record so: its data is where it stopped.
        m_stagingStopped = true;
        Result<SourceCoordinates> coordinates = currentCoordinates();
        if (!coordinates)
            return coordinates.error();
        m_coordinates = coordinates.value();
        log(tr("The staging replica is already stopped; its data is at source position %1.")
                .arg(m_coordinates.toString()));
        return Done{};
    }
    const QString stop = staging.rds ? QStringLiteral("CALL mysql.rds_stop_replication()")
                                     : Dialect(staging.version).stopReplicaStatement();
    if (!ask(step, tr("Stop replication on the staging replica %1?").arg(m_input.profile.staging.endpoint()),
             {stop}))
        return EngineError::local(tr("Declined: the copy needs a stopped staging replica."));
    const Status stopped = execute(ServerRole::Staging, stop);
    if (!stopped)
        return stopped;
    m_stagingStopped = true;
    Result<SourceCoordinates> coordinates = currentCoordinates();
    if (!coordinates)
        return coordinates.error();
    m_coordinates = coordinates.value();
    log(tr("The staging replica's data is at source position %1.").arg(m_coordinates.toString()));
    return Done{};
}

Status SetupRunner::readSourceCoordinates(const SetupStep&)
{
    // Only the tool, RDS itself and replication may still be connected.
    const QStringList allowed{m_input.profile.source.user,
                              m_input.profile.replicationUser,
                              QStringLiteral("rdsadmin"),
                              QStringLiteral("rdsrepladmin"),
                              QStringLiteral("event_scheduler"),
                              QStringLiteral("system user"),
                              QStringLiteral("unauthenticated user")};
    Result<ResultSet> sessions = query(ServerRole::Source, QStringLiteral("SHOW PROCESSLIST"));
    if (!sessions)
        return sessions.error();
    QStringList others;
    for (int row = 0; row < sessions->rowCount(); ++row) {
        const QString user = sessions->text(row, u"User");
        if (!allowed.contains(user))
            others << QStringLiteral("%1@%2").arg(user, sessions->text(row, u"Host"));
    }
    if (!others.isEmpty())
        return EngineError::local(
            tr("Other sessions are still connected to the source: %1.")
                .arg(others.join(QStringLiteral(", "))),
            tr("Remove the applications' access and end their sessions, then run the setup again."),
            QStringLiteral("position_moved"));

    Result<SourceCoordinates> first = currentCoordinates();
    if (!first)
        return first.error();
    QThread::sleep(3);
    Result<SourceCoordinates> second = currentCoordinates();
    if (!second)
        return second.error();
    const Status quiet = sourceQuietBetween(first.value(), second.value());
    if (!quiet)
        return quiet;
    m_coordinates = first.value();
    log(tr("The source's data is at position %1.").arg(m_coordinates.toString()));
    return Done{};
}

Status SetupRunner::sourceQuietBetween(const SourceCoordinates& from, const SourceCoordinates& to)
{
    const Dialect dialect(m_connections.facts.value(ServerRole::Source).version);
    const Status quiet = BinlogInspector(*m_connections.sessions.value(ServerRole::Source), dialect)
                             .onlyRdsWritesBetween(from, to);
    if (!quiet)
        return EngineError::local(
            tr("The source's position moved from %1 to %2: writes are still arriving. %3")
                .arg(from.toString(), to.toString(), quiet.error().explanation),
            tr("Hold off every application write, then run the setup again."),
            QStringLiteral("position_moved"));
    return Done{};
}

Status SetupRunner::prepareTarget(const SetupStep& step)
{
    const ServerFacts& target = m_connections.facts.value(ServerRole::Target);
    for (ServerRole other : {ServerRole::Source, ServerRole::Staging}) {
        if (m_connections.facts.contains(other)
            && m_connections.facts.value(other).serverId == target.serverId)
            return EngineError::local(tr("The target's server_id %1 equals the %2's.")
                                          .arg(target.serverId)
                                          .arg(ServerRoles::displayName(other)),
                                      tr("Give the target its own server_id (SET GLOBAL server_id and in its "
                                         "configuration file)."),
                                      QStringLiteral("server_id_clash"));
    }
    if (!target.replicaStatus)
        return Done{};
    const Dialect dialect(target.version);
    const QStringList statements{dialect.stopReplicaStatement(), dialect.resetReplicaAllStatement()};
    if (!ask(step,
             tr("The target already replicates from %1:%2. Stop it and remove its replication settings?")
                 .arg(target.replicaStatus->sourceHost)
                 .arg(target.replicaStatus->sourcePort),
             statements))
        return EngineError::local(tr("Declined: the target already replicates from another server."));
    m_targetTouched = true;
    return executeAll(ServerRole::Target, statements);
}

Status SetupRunner::definerAccounts(const SetupStep& step)
{
    // Read again: the objects may have changed since the run connected.
    m_connections.inspectObjects(m_input.profile);
    if (m_connections.definersError)
        return *m_connections.definersError;
    const DefinerPlan& plan = *m_connections.definers;
    for (const DefinerAccount& account : plan.accounts) {
        m_audit->note(QStringLiteral("definer-accounts: %1 (%2 objects) on target: %3")
                          .arg(account.account())
                          .arg(account.objects.size())
                          .arg(account.onTarget ? QStringLiteral("yes") : QStringLiteral("no")));
        if (!account.lacking.isEmpty())
            log(tr("%1 exists on the target but lacks what its objects need there: %2")
                    .arg(account.account(), account.lacking.join(QStringLiteral("; "))));
        if (!account.onOrigin)
            log(tr("%1 does not exist on the %2 either: its objects fail there too (error 1449).")
                    .arg(account.account(), ServerRoles::displayName(copyRole())));
    }
    if (plan.remapAccountMissing())
        return EngineError::local(tr("The account %1 that every copied object should get as its DEFINER does "
                                     "not exist on the target.")
                                      .arg(plan.policy.remapAccount()),
                                  tr("Create it on the target, or choose definers=create."),
                                  QString::fromLatin1(ErrorCatalog::DefinerMissing));
    if (plan.statements.isEmpty()) {
        log(tr("No DEFINER account needs to be created on the target."));
        return Done{};
    }
    if (!ask(step,
             tr("Create the DEFINER accounts the copied objects need on the target (locked, no usable "
                "password, "
                "only the privileges their objects need)?"),
             plan.statements))
        return EngineError::local(
            tr("Declined: views and routines would fail on the target (errors 1449 and 1356)."));
    m_targetTouched = true;
    return executeAll(ServerRole::Target, plan.statements);
}

Status SetupRunner::seed(const SetupStep& step)
{
    const QString schemas = SqlText::literalList(m_connections.schemas);
    Result<ResultSet> size
        = query(copyRole(),
                QStringLiteral("SELECT TABLE_SCHEMA AS s, COALESCE(SUM(DATA_LENGTH), 0) AS bytes, "
                               "COUNT(*) AS tables_ FROM information_schema.TABLES "
                               "WHERE TABLE_SCHEMA IN (%1) AND TABLE_TYPE = 'BASE TABLE' "
                               "GROUP BY TABLE_SCHEMA")
                    .arg(schemas));
    if (!size)
        return size.error();
    QHash<QString, qint64> schemaBytes;
    qint64 totalBytes = 0;
    int totalTables = 0;
    for (int row = 0; row < size->rowCount(); ++row) {
        schemaBytes.insert(size->text(row, u"s"), size->text(row, u"bytes").toLongLong());
        totalBytes += size->text(row, u"bytes").toLongLong();
        totalTables += size->text(row, u"tables_").toInt();
    }
    Result<ResultSet> existing = query(
        ServerRole::Target,
        QStringLiteral("SELECT SCHEMA_NAME AS s FROM information_schema.SCHEMATA WHERE SCHEMA_NAME IN (%1)")
            .arg(schemas));
    if (!existing)
        return existing.error();
    QStringList overwritten;
    for (int row = 0; row < existing->rowCount(); ++row)
        overwritten << existing->text(row, u"s");
    const QString question = overwritten.isEmpty()
        ? tr("Copy %1 (about %2 MiB) from the %3 into the target?")
              .arg(m_connections.schemas.join(QStringLiteral(", ")))
              .arg(totalBytes / (1024 * 1024))
              .arg(ServerRoles::displayName(copyRole()))
        : tr("Copy %1 into the target, REPLACING its schemas %2?")
              .arg(m_connections.schemas.join(QStringLiteral(", ")), overwritten.join(QStringLiteral(", ")));
    if (!ask(step, question, step.commands))
        return EngineError::local(tr("Declined: nothing was copied."));
    m_targetTouched = true;
    SeedRequest request;
    request.from = m_input.profile.connection(copyRole());
    request.fromPassword = m_input.passwords.value(copyRole());
    request.to = m_input.profile.target;
    request.toPassword = m_input.passwords.value(ServerRole::Target);
    request.schemas = m_connections.schemas;
    for (const SchemaObject& object : m_connections.objects) {
        if (object.kind == SchemaObject::Kind::View)
            request.skippedTables << object.schema + QLatin1Char('.') + object.name;
    }
    request.schemaBytes = schemaBytes;
    request.estimatedBytes = totalBytes;
    request.tableCount = totalTables;
    request.pipelines = DumpPipeSeeder::pipelinesFor(m_input.profile.seedPipelines);
    request.keepCopyDir = m_input.profile.keepDumpDir;
    request.stallSeconds = m_input.profile.seedStallSeconds;
    const QList<QStringList> groups
        = DumpPipeSeeder::partition(m_connections.schemas, schemaBytes, request.pipelines);
    for (const QStringList& group : groups) {
        m_audit->note(
            QStringLiteral("seed: %1 %2 | %3 %4")
                .arg(DumpPipeSeeder::dumpProgram(),
                     DumpPipeSeeder::dumpArguments(group, request.skippedTables).join(QLatin1Char(' ')),
                     DumpPipeSeeder::loadProgram(), DumpPipeSeeder::loadArguments().join(QLatin1Char(' '))));
    }
    if (groups.size() > 1)
        log(tr("The copy runs as %n parallel pipelines, each with whole schemas.", nullptr,
               int(groups.size())));
    const Status copied
        = m_seeder->seed(request, [this](const SeedProgress& progress) { emit seedProgress(progress); });
    m_audit->note(copied ? QStringLiteral("seed: OK") : QStringLiteral("seed: ") + copied.error().toText());
    return copied;
}

Status SetupRunner::copyObjects(const SetupStep& step)
{
    SqlSession& origin = *m_connections.sessions.value(copyRole());
    Result<QList<SchemaObject>> listed = SchemaObjectCopier::list(origin, m_connections.schemas);
    if (!listed)
        return listed.error();
    Result<QList<SchemaObject>> objects = SchemaObjectCopier::read(origin, listed.value());
    if (!objects)
        return objects.error();
    if (objects->isEmpty()) {
        log(tr("The copied schemas have no views, routines, triggers or events."));
        return Done{};
    }
    const Dialect dialect(m_connections.facts.value(ServerRole::Target).version);
    if (!ask(step,
             tr("Create %n view(s), routine(s), trigger(s) and event(s) on the target (%1)?", nullptr,
                int(objects->size()))
                 .arg(m_input.profile.definers.describe()),
             SetupPlan::objectHeadlines(objects.value(), m_input.profile.definers)))
        return EngineError::local(
            tr("Declined: the target holds the tables but no views, routines, triggers or "
               "events."));
    m_targetTouched = true;
    const Status saved = executeAll(ServerRole::Target, SchemaObjectCopier::saveSessionStatements());
    if (!saved)
        return saved;
    Status created = Done{};
    for (const SchemaObject& object : objects.value()) {
        created = executeAll(ServerRole::Target,
                             SchemaObjectCopier::statementsFor(object, dialect, m_input.profile.definers));
        if (!created) {
            created = SchemaObjectCopier::explained(created.error(), object, m_input.profile.definers);
            break;
        }
    }
    const Status restored = executeAll(ServerRole::Target, SchemaObjectCopier::restoreSessionStatements());
    if (!created)
        return created;
    if (!restored)
        return restored;
    log(tr("Created %n object(s) on the target.", nullptr, int(objects->size())));
    return Done{};
}

Status SetupRunner::recheckCoordinates(const SetupStep&)
{
    Result<SourceCoordinates> now = currentCoordinates();
    if (!now)
        return now.error();
    if (copyRole() == ServerRole::Source)
        return sourceQuietBetween(m_coordinates, now.value());
    if (now.value() != m_coordinates)
        return EngineError::local(tr("The coordinates moved during the copy (%1, now %2): the copy is void.")
                                      .arg(m_coordinates.toString(), now->toString()),
                                  tr("Run the setup again."));
    return Done{};
}

Status SetupRunner::verifyCopy(const SetupStep&)
{
    CopyVerifier verifier(*m_connections.sessions.value(copyRole()),
                          *m_connections.sessions.value(ServerRole::Target));
    const Result<VerifyReport> report = verifier.verify(m_connections.schemas);
    if (!report)
        return report.error();
    log(report->summary());
    if (!report->ok())
        return EngineError::local(
            tr("The copy differs from the %1: %2")
                .arg(ServerRoles::displayName(copyRole()), report->differences.join(QStringLiteral("; "))),
            tr("Run the seed again."));
    return Done{};
}

Status SetupRunner::disableEvents(const SetupStep& step)
{
    Result<ResultSet> events
        = query(ServerRole::Target,
                QStringLiteral(
                    "SELECT EVENT_SCHEMA AS s, EVENT_NAME AS n, DEFINER AS d FROM information_schema.EVENTS "
                    "WHERE STATUS = 'ENABLED' AND EVENT_SCHEMA IN (%1)")
                    .arg(SqlText::literalList(m_connections.schemas)));
    if (!events)
        return events.error();
    QStringList statements;
    for (int row = 0; row < events->rowCount(); ++row)
        statements << QStringLiteral("ALTER DEFINER=%1 EVENT %2.%3 %4")
                          .arg(SqlText::definerAccount(events->text(row, u"d")),
                               SqlText::identifier(events->text(row, u"s")),
                               SqlText::identifier(events->text(row, u"n")),
                               Dialect(m_connections.facts.value(ServerRole::Target).version)
                                   .eventDisabledOnReplicaClause());
    if (statements.isEmpty()) {
        log(tr("No copied event is enabled on the target."));
        return Done{};
    }
    if (!ask(step, tr("Disable the copied events on the target (they run on the source)?"), statements))
        return EngineError::local(
            tr("Declined: events running on the target would collide with replicated writes."));
    return executeAll(ServerRole::Target, statements);
}

Status SetupRunner::replicationFilters(const SetupStep& step)
{
    const Dialect dialect(m_connections.facts.value(ServerRole::Target).version);
    const ReplicationFilters filters = ReplicationFilters::forProfile(m_input.profile);
    const QString question = m_input.profile.databases.isEmpty()
        ? tr("Make the target ignore RDS's own tables (mysql.rds%)?")
        : tr("Make the target ignore RDS's own tables and replicate only %1?")
              .arg(m_input.profile.databases.join(QStringLiteral(", ")));
    // RDS's own tables on the target too, as they are at the copy's coordinates: a restart that
    // loses the filters then lets RDS's housekeeping writes apply instead of stopping the target.
    const Result<QStringList> housekeeping = RdsHousekeepingTables::statements(
        *m_connections.sessions.value(copyRole()), *m_connections.sessions.value(ServerRole::Target));
    if (!housekeeping)
        return housekeeping.error();
    const QStringList statements = filters.statements(dialect) + housekeeping.value();
    if (!ask(step, question, statements))
        return EngineError::local(
            tr("Declined: the first heartbeat from RDS would stop the target with error 1146."));
    const Status set = executeAll(ServerRole::Target, statements);
    if (set)
        log(tr("These filters are lost when the target restarts. Add these lines to its configuration "
               "file:\n%1")
                .arg(filters.configLines(dialect).join(QLatin1Char('\n'))));
    return set;
}

Status SetupRunner::pointTarget(const SetupStep& step)
{
    const Profile& p = m_input.profile;
    const ServerFacts& source = m_connections.facts.value(ServerRole::Source);
    ChangeSourceOptions options;
    options.host = p.source.host;
    options.port = p.source.port;
    options.user = p.replicationUser;
    options.password = QString::fromUtf8(m_input.replicationPassword);
    options.logFile = m_coordinates.file;
    options.logPosition = m_coordinates.position;
    options.ssl = p.source.tls != TlsMode::Disabled;
    options.sslCa = p.source.sslCa;
    options.sslCert = p.source.sslCert;
    options.sslKey = p.source.sslKey;
    options.sslVerifyServerCert = p.source.tls == TlsMode::VerifyIdentity;
    options.getPublicKey = !options.ssl && source.version.isMySql() && source.version.atLeast(8, 0);
    const QString sql
        = Dialect(m_connections.facts.value(ServerRole::Target).version).changeSourceStatement(options);
    if (!ask(step, tr("Point the target at %1 from %2?").arg(p.source.endpoint(), m_coordinates.toString()),
             {sql}))
        return EngineError::local(tr("Declined: the target holds the copy but does not replicate."));
    return execute(ServerRole::Target, sql);
}

Status SetupRunner::startReplica(const SetupStep& step)
{
    const QString sql
        = Dialect(m_connections.facts.value(ServerRole::Target).version).startReplicaStatement();
    if (!ask(step, tr("Start replication on the target?"), {sql}))
        return EngineError::local(tr("Declined: the target is pointed at the source but not started."));
    const Status started = execute(ServerRole::Target, sql);
    if (started)
        m_targetReplicating = true;
    return started;
}

Status SetupRunner::verifyReplication(const SetupStep&)
{
    const Dialect dialect(m_connections.facts.value(ServerRole::Target).version);
    const QDeadlineTimer deadline(60000);
    QString last;
    std::optional<EngineError> lastIoError;
    while (!deadline.hasExpired() && !m_cancelled) {
        Result<ResultSet> rs = query(ServerRole::Target, dialect.replicaStatusStatement());
        if (!rs)
            return rs.error();
        const auto status = dialect.parseReplicaStatus(rs.value());
        if (!status)
            return EngineError::local(tr("The target is not configured as a replica."));
        if (status->lastSqlErrno != 0)
            return ErrorCatalog::classify(status->lastSqlErrno, status->lastSqlError)
                .withContext(tr("target SQL thread"));
        // While "Connecting" the IO thread retries by itself (a network blip, a source busy at
        // the handshake); only a stopped IO thread's error is final. One that persists while
        // connecting is reported when the wait ends.
        if (status->lastIoErrno != 0 && !status->ioThreadRunning() && !status->ioThreadConnecting())
            return ErrorCatalog::classify(status->lastIoErrno, status->lastIoError)
                .withContext(tr("target IO thread"));
        if (status->lastIoErrno != 0)
            lastIoError = ErrorCatalog::classify(status->lastIoErrno, status->lastIoError)
                              .withContext(tr("target IO thread"));
        if (status->ioThreadRunning() && status->sqlThreadRunning()) {
            log(tr("The target replicates: IO Yes, SQL Yes, %1 s behind.")
                    .arg(status->secondsBehindSource ? QString::number(*status->secondsBehindSource)
                                                     : QStringLiteral("NULL")));
            return Done{};
        }
        last = QStringLiteral("IO %1, SQL %2").arg(status->ioRunning, status->sqlRunning);
        QThread::msleep(500);
    }
    if (lastIoError)
        return *lastIoError;
    return EngineError::local(
        tr("The target's replication threads did not both start within 60 s (%1).").arg(last),
        tr("Check that the target reaches the source's port (security groups, network ACLs)."));
}

Status SetupRunner::resumeStaging(const SetupStep& step)
{
    const ServerFacts& staging = m_connections.facts.value(ServerRole::Staging);
    if (m_input.resume) {
        // The interrupted run may have resumed it already (read now, not when this run connected).
        bool viaProcedure = false;
        const Result<std::optional<ReplicaStatus>> now
            = ServerInspector(*m_connections.sessions.value(ServerRole::Staging))
                  .readReplicaStatus(Dialect(staging.version), staging.rds, &viaProcedure);
        if (now && now.value() && now.value()->sqlThreadRunning()) {
            log(tr("The staging replica already replicates again."));
            m_stagingStopped = false;
            return Done{};
        }
    }
    const QString sql = staging.rds ? QStringLiteral("CALL mysql.rds_start_replication()")
                                    : Dialect(staging.version).startReplicaStatement();
    if (!ask(step, tr("Resume replication on the staging replica?"), {sql})) {
        log(tr("The staging replica stays stopped: delete it or resume it (AWS terminates a read replica "
               "stopped for 30 days)."));
        return Done{};
    }
    const Status resumed = execute(ServerRole::Staging, sql);
    if (resumed)
        m_stagingStopped = false;
    return resumed;
}

QString SetupRunner::stateSummary(bool ok) const
{
    QStringList lines;
    if (ok) {
        lines << tr("The target %1 replicates from the source %2; the copy was verified.")
                     .arg(m_input.profile.target.endpoint(), m_input.profile.source.endpoint());
        const Dialect dialect(m_connections.facts.value(ServerRole::Target).version);
        lines
            << tr("Add these lines to the target's configuration file, so its replication filters survive a "
                  "restart:\n%1")
                   .arg(ReplicationFilters::forProfile(m_input.profile)
                            .configLines(dialect)
                            .join(QLatin1Char('\n')));
    }
    if (m_stagingStopped)
        lines << tr(
            "The staging replica is STOPPED: resume it with CALL mysql.rds_start_replication; or delete it.");
    if (!ok && m_targetTouched && !m_targetReplicating)
        lines << tr("The target was changed but does not replicate: run the setup again to seed it afresh.");
    if (!ok && !m_targetTouched)
        lines << tr("The target was not changed.");
    return lines.join(QLatin1Char('\n'));
}
