#include "SetupRunner.h"

#include "AuditLog.h"
#include "AuroraChecklist.h"
#include "SetupChecks.h"
#include "SetupStepDefinition.h"
#include "SetupSteps.h"
#include "StepContext.h"
#include "db/ErrorCatalog.h"
#include "db/SqlText.h"
#include "replication/ReplicationFilters.h"
#include "seeding/ChunkedLoadSeeder.h"
#include "seeding/DumpPipeSeeder.h"
#include "steps/StepSupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

SetupRunner::SetupRunner(SetupInput input, Confirmer* confirmer,
                         std::shared_ptr<RunCancellation> cancellation, QObject* parent)
    : QObject(parent)
    , m_input(std::move(input))
    , m_confirmer(confirmer)
    , m_seeder(m_input.profile.seeder == SeedEngine::Dump
                   ? std::shared_ptr<Seeder>(std::make_shared<DumpPipeSeeder>())
                   : std::make_shared<ChunkedLoadSeeder>())
    , m_cancellation(std::move(cancellation))
{
    m_cancellation->setSeeder(m_seeder);
}

SetupRunner::~SetupRunner() = default;

EngineError SetupRunner::cancelledError()
{
    return EngineError::local(tr("Cancelled."), {}, QString::fromLatin1(ErrorCatalog::Cancelled));
}

Seeder* SetupRunner::seeder()
{
    return m_seeder.get();
}

void SetupRunner::log(const QString& line)
{
    emit logLine(SqlText::redacted(line));
}

void SetupRunner::note(const QString& text)
{
    m_audit->note(text);
}

Result<ResultSet> SetupRunner::runStatement(ServerRole role, const QString& sql, bool change)
{
    if (cancelled())
        return cancelledError();
    const std::shared_ptr<SqlSession> session = m_connections.sessions.value(role);
    if (!session)
        return EngineError::local(tr("The %1 is not connected.").arg(ServerRoles::displayName(role)));
    Result<ResultSet> result = session->query(sql);
    if (!result && cancelled())
        result = cancelledError();
    m_audit->statement(role, change ? AuditLog::Kind::Change : AuditLog::Kind::Read, sql,
                       result ? nullptr : &result.error());
    log(QStringLiteral("[%1] %2%3")
            .arg(ServerRoles::key(role), sql,
                 result ? QString() : QStringLiteral(" → ") + result.error().toText()));
    if (!result)
        return result.error().withContext(session->spec().describe());
    return result;
}

Result<ResultSet> SetupRunner::query(ServerRole role, const QString& sql)
{
    return runStatement(role, sql, false);
}

Status SetupRunner::execute(ServerRole role, const QString& sql)
{
    const Result<ResultSet> result = runStatement(role, sql, true);
    if (!result)
        return result.error();
    return Done{};
}

void SetupRunner::run()
{
    m_audit = std::make_unique<AuditLog>(m_input.auditLogPath); // on the worker: it may create folders
    const Status prepared = prepare();
    if (!prepared) {
        // Nothing but reads before the first step.
        finish(false, prepared.error().toText() + QLatin1Char('\n') + tr("No server was changed."));
        return;
    }
    const Status journaled = startJournal();
    if (!journaled) {
        finish(false, journaled.error().toText());
        return;
    }
    const QList<const SetupStepDefinition*> steps = SetupSteps::forStrategy(m_input.profile.strategy);
    QList<SetupStep> shown;
    for (const SetupStepDefinition* step : steps)
        shown << step->outline(*m_context);
    emit planReady(shown);
    for (int i = 0; i < steps.size(); ++i) {
        SetupStep& step = shown[i];
        if (cancelled()) { // before the next step is announced: nothing further starts
            m_audit->note(QStringLiteral("cancelled before step %1").arg(step.key));
            m_journal.finish(false);
            finish(false, tr("Cancelled.") + QLatin1Char('\n') + stateSummary(false));
            return;
        }
        emit stepStarted(i, step);
        QString message;
        const Status done = runStep(*steps.at(i), step, &message);
        if (!done) {
            m_journal.setStep(step.key, RunJournal::StepState::Failed);
            m_audit->note(QStringLiteral("step failed: %1").arg(done.error().toText()));
            m_journal.finish(false);
            stop(i, done.error());
            return;
        }
        if (m_context->coordinates && m_journal.coordinates() != m_context->coordinates) {
            const Status saved = m_journal.setCoordinates(*m_context->coordinates);
            if (!saved) {
                stop(i, saved.error());
                return;
            }
        }
        const Status recorded = m_journal.setStep(step.key, RunJournal::StepState::Done);
        if (!recorded) {
            stop(i, recorded.error());
            return;
        }
        m_audit->note(QStringLiteral("step %1 done").arg(step.key));
        emit stepFinished(i, true, message);
    }
    m_journal.finish(true);
    finish(true, stateSummary(true));
}

Status SetupRunner::runStep(const SetupStepDefinition& definition, SetupStep& step, QString* message)
{
    StepContext& context = *m_context;
    if (m_input.resume && m_journal.state(step.key) == RunJournal::StepState::Done) {
        const Result<bool> still = definition.stillDone(context);
        if (!still)
            return still.error();
        if (still.value()) {
            log(tr("Already done and still in effect: %1.").arg(step.title));
            m_audit->note(QStringLiteral("step %1 already done (checked)").arg(step.key));
            *message = tr("already done, still in effect: skipped");
            return Done{};
        }
    }
    // Recorded before the step's first statement: a run killed from here on resumes here.
    const Status running = m_journal.setStep(step.key, RunJournal::StepState::Running);
    if (!running)
        return running;
    m_audit->note(QStringLiteral("step %1 started").arg(step.key));
    if (cancelled())
        return cancelledError();
    const Result<StepWork> work = definition.work(context);
    if (!work)
        return work.error();
    for (const PlannedStatement& statement : work->statements)
        step.commands << statement.shown();
    const bool asks = step.kind == SetupStep::Kind::Manual
        || (step.kind == SetupStep::Kind::Confirm && !work->statements.isEmpty());
    if (asks) {
        const bool yes = m_confirmer->confirm(step, work->question, step.commands);
        m_audit->note(QStringLiteral("%1: %2 -> %3")
                          .arg(step.key, work->question,
                               yes ? QStringLiteral("confirmed") : QStringLiteral("declined")));
        if (!yes) {
            if (cancelled())
                return cancelledError();
            if (!work->optional)
                return StepSupport::declined(work->declined);
            log(work->declined);
            *message = tr("declined: %1").arg(work->declined);
            return Done{};
        }
    }
    if (work->statements.isEmpty() && !work->nothing.isEmpty())
        log(work->nothing);
    if (!work->statements.isEmpty()) {
        const Status performed = definition.perform(context, work.value());
        if (!performed)
            return cancelled() ? Status(cancelledError()) : performed;
    }
    if (cancelled())
        return cancelledError();
    const Status verified = definition.verify(context);
    if (!verified)
        return cancelled() ? Status(cancelledError()) : verified;
    return Done{};
}

Status SetupRunner::startJournal()
{
    m_context = std::make_unique<StepContext>(StepContext::Mode::Run, m_input.profile, m_connections,
                                              static_cast<StepHost&>(*this));
    m_context->passwords = m_input.passwords;
    m_context->replicationPassword = m_input.replicationPassword;
    m_context->copyJournalPath = RunJournal::copyJournalPathFor(m_input.journalPath);
    if (!m_input.resume) {
        if (!m_input.journalPath.isEmpty())
            QDir().mkpath(QFileInfo(m_input.journalPath).absolutePath());
        // A copy journal belongs to the run that wrote it: a new run never continues an old copy.
        if (!m_context->copyJournalPath.isEmpty())
            QFile::remove(m_context->copyJournalPath);
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
    m_context->resumedJournal = &m_journal;
    m_context->coordinates = m_journal.coordinates();
    using S = RunJournal::StepState;
    const auto touched = [this](SetupStep::Id id) {
        return m_journal.state(SetupSteps::key(id)) != S::Pending;
    };
    m_context->stagingStopped = touched(SetupStep::Id::StopStaging)
        && m_journal.state(SetupSteps::key(SetupStep::Id::ResumeStaging)) != S::Done;
    m_context->targetTouched = touched(SetupStep::Id::PrepareTarget)
        || touched(SetupStep::Id::DefinerAccounts) || touched(SetupStep::Id::Seed);
    m_context->targetReplicating = m_journal.state(SetupSteps::key(SetupStep::Id::StartReplica)) == S::Done;
    log(tr("Resuming the run recorded in %1.").arg(m_journal.path()));
    return Done{};
}

Status SetupRunner::prepare()
{
    m_connections = SetupConnections::open(m_input.profile, m_input.passwords);
    if (!m_connections.complete())
        return m_connections.errors.begin().value();
    QList<RunCancellation::Watched> watched;
    for (auto it = m_connections.sessions.cbegin(); it != m_connections.sessions.cend(); ++it)
        watched << RunCancellation::Watched{it.value(), m_input.profile.connection(it.key()),
                                            m_input.passwords.value(it.key())};
    m_cancellation->watch(watched);
    if (cancelled())
        return cancelledError();
    if (m_connections.schemas.isEmpty())
        return EngineError::local(
            tr("There is no user schema to copy on the %1.")
                .arg(ServerRoles::displayName(SetupConnections::copyRoleOf(m_input.profile))));
    // Refused before any step changes a server: the target could not be positioned at the end. (A
    // resumed run's target may already replicate, its binary log then holds the source's GTIDs.)
    if (!m_input.resume)
        if (const std::optional<SetupChecks::GtidProblem> problem
            = SetupChecks::gtidProblem(m_input.profile, m_connections.facts))
            return problem->error;
    // What preflight blocks, checked again: the CLI's setup runs no preflight.
    const ServerRole copyRole = SetupConnections::copyRoleOf(m_input.profile);
    if (const std::optional<EngineError> problem = SetupChecks::incompatibility(
            m_connections.facts, m_connections.sessions.value(copyRole).get(), m_connections.schemas))
        return *problem;
    if (m_input.profile.strategy == SetupStrategy::AuroraClone)
        if (const std::optional<EngineError> problem
            = SetupChecks::cloneProblem(m_input.profile, m_connections.facts.value(ServerRole::Staging),
                                        *m_connections.sessions.value(ServerRole::Source),
                                        Dialect(m_connections.facts.value(ServerRole::Source).version)))
            return *problem;
    return Done{};
}

void SetupRunner::stop(int index, const EngineError& error)
{
    emit stepFinished(index, false, error.toText());
    finish(false, error.toText() + QLatin1Char('\n') + stateSummary(false));
}

void SetupRunner::finish(bool ok, const QString& summary)
{
    // Also in the audit log: whoever closed the window can still read how the run ended.
    m_audit->note(QStringLiteral("run %1: %2")
                      .arg(ok ? QStringLiteral("succeeded") : QStringLiteral("failed"), summary));
    emit finished(ok, summary);
}

QString SetupRunner::stateSummary(bool ok) const
{
    QStringList lines;
    const StepContext* context = m_context.get();
    if (ok) {
        lines << tr("The target %1 replicates from the source %2; the copy was verified.")
                     .arg(m_input.profile.target.endpoint(), m_input.profile.source.endpoint());
        lines
            << tr("Add these lines to the target's configuration file, so its replication filters survive a "
                  "restart:\n%1")
                   .arg(ReplicationFilters::forProfile(m_input.profile)
                            .configLines(context->dialect(ServerRole::Target))
                            .join(QLatin1Char('\n')));
    }
    if (!context)
        return lines.join(QLatin1Char('\n'));
    // A self-managed source whose expiry the setup raised (facts read when this run connected).
    const auto raisedExpiry = [&] {
        const ServerFacts& s = context->facts(ServerRole::Source);
        return !s.rds && s.retention.isSet && s.retention.hours < m_input.profile.retentionHours;
    };
    if (ok && context->has(ServerRole::Source) && raisedExpiry()) {
        const Dialect source = context->dialect(ServerRole::Source);
        if (!source.binlogExpiryPersists())
            lines
                << tr("Add this line to the source's configuration file, so its binary log expiry survives a "
                      "restart:\n[mysqld]\n%1")
                       .arg(source.binlogExpiryConfigLine(m_input.profile.retentionHours));
    }
    if (m_input.profile.strategy == SetupStrategy::AuroraClone) {
        const AuroraChecklist::Item clone = AuroraChecklist(m_input.profile).deleteClone();
        lines << tr("Delete the Aurora clone when you no longer need it; it costs money while it exists:\n%1")
                     .arg(clone.commands.join(QLatin1Char('\n')));
    }
    if (context->stagingStopped)
        lines << tr("The staging replica is STOPPED: resume it with %1; or delete it.")
                     .arg(StepSupport::resumeStagingStatement(*context));
    if (!ok && context->targetTouched && !context->targetReplicating)
        lines << tr("The target was changed but does not replicate: run the setup again to seed it afresh.");
    if (!ok && !context->targetTouched)
        lines << tr("The target was not changed.");
    return lines.join(QLatin1Char('\n'));
}
