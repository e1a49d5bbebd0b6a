#include "StepSupport.h"
#include "Steps.h"
#include "db/ErrorCatalog.h"
#include "replication/ServerInspector.h"

#include <QDeadlineTimer>
#include <QThread>

namespace {

// Both replication threads must run without an error; the IO thread may retry for a while.
class VerifyReplicationStep : public SetupStepDefinition
{
    Q_DECLARE_TR_FUNCTIONS(VerifyReplicationStep)

public:
    SetupStep::Id id() const override { return SetupStep::Id::VerifyReplication; }
    QString title() const override { return tr("Check that the target replicates"); }
    SetupStep::Kind kind() const override { return SetupStep::Kind::Automatic; }
    ServerRole role(const Profile&) const override { return ServerRole::Target; }

    QString description(StepContext&) const override
    {
        return tr(
            "Both replication threads must run without an error (up to 60 s while the IO thread connects).");
    }

    Result<StepWork> work(StepContext& context) const override
    {
        StepWork work;
        work.reads << context.dialect(ServerRole::Target).replicaStatusStatement();
        return work;
    }

    Status verify(StepContext& context) const override
    {
        const Dialect dialect = context.dialect(ServerRole::Target);
        const QDeadlineTimer deadline(60000);
        QString last;
        std::optional<EngineError> lastIoError;
        while (!deadline.hasExpired() && !context.cancelled()) {
            Result<ResultSet> rs = context.query(ServerRole::Target, dialect.replicaStatusStatement());
            if (!rs)
                return rs.error();
            const auto status = dialect.parseReplicaStatus(rs.value());
            if (!status)
                return EngineError::local(tr("The target is not configured as a replica."));
            if (status->lastSqlErrno != 0)
                return ErrorCatalog::classify(status->lastSqlErrno, status->lastSqlError)
                    .withContext(tr("target SQL thread"));
            // While "Connecting" the IO thread retries by itself (a network blip, a source busy at the
            // handshake); only a stopped IO thread's error is final. One that persists while
            // connecting is reported when the wait ends.
            if (status->lastIoErrno != 0 && !status->ioThreadRunning() && !status->ioThreadConnecting())
                return ErrorCatalog::classify(status->lastIoErrno, status->lastIoError)
                    .withContext(tr("target IO thread"));
            if (status->lastIoErrno != 0)
                lastIoError = ErrorCatalog::classify(status->lastIoErrno, status->lastIoError)
                                  .withContext(tr("target IO thread"));
            if (status->ioThreadRunning() && status->sqlThreadRunning()) {
                context.log(tr("The target replicates: IO Yes, SQL Yes, %1 s behind.")
                                .arg(status->secondsBehindSource
                                         ? QString::number(*status->secondsBehindSource)
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

    Result<bool> stillDone(StepContext&) const override
    {
        return false; // only reads: check again
    }
};

// The staging replica replicates again (or the DBA deletes it).
class ResumeStagingStep : public SetupStepDefinition
{
    Q_DECLARE_TR_FUNCTIONS(ResumeStagingStep)

public:
    SetupStep::Id id() const override { return SetupStep::Id::ResumeStaging; }
    QString title() const override { return tr("Resume the staging replica"); }
    SetupStep::Kind kind() const override { return SetupStep::Kind::Confirm; }
    ServerRole role(const Profile&) const override { return ServerRole::Staging; }
    bool belongsTo(SetupStrategy strategy) const override
    {
        return strategy == SetupStrategy::StagingReplica;
    }

    QString description(StepContext&) const override
    {
        return tr(
            "The staging replica replicates again (or delete it: AWS terminates a read replica stopped for "
            "30 days).");
    }

    Result<StepWork> work(StepContext& context) const override
    {
        StepWork work;
        if (context.resumedJournal && context.has(ServerRole::Staging)) {
            // The interrupted run may have resumed it already (read now, not when this run connected).
            bool viaProcedure = false;
            StepReader reader = context.reader(ServerRole::Staging);
            const Result<std::optional<ReplicaStatus>> now = ServerInspector(reader).readReplicaStatus(
                context.dialect(ServerRole::Staging), context.facts(ServerRole::Staging).rds, &viaProcedure);
            if (now && now.value() && now.value()->sqlThreadRunning()) {
                context.stagingStopped = false;
                work.nothing = tr("The staging replica already replicates again.");
                return work;
            }
        }
        work.statements << PlannedStatement{ServerRole::Staging,
                                            StepSupport::resumeStagingStatement(context)};
        work.question = tr("Resume replication on the staging replica?");
        work.declined
            = tr("The staging replica stays stopped: delete it or resume it (AWS terminates a read replica "
                 "stopped for 30 days).");
        work.optional = true;
        return work;
    }

    Status perform(StepContext& context, const StepWork& work) const override
    {
        const Status resumed = SetupStepDefinition::perform(context, work);
        if (resumed && !work.statements.isEmpty())
            context.stagingStopped = false;
        return resumed;
    }
};

} // namespace

std::unique_ptr<SetupStepDefinition> Steps::verifyReplication()
{
    return std::make_unique<VerifyReplicationStep>();
}

std::unique_ptr<SetupStepDefinition> Steps::resumeStaging()
{
    return std::make_unique<ResumeStagingStep>();
}
