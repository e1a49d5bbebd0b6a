#include "ReplicaChecks.h"

#include "SandboxFixture.h"
#include "db/SqlText.h"
#include "replication/Dialect.h"
#include "sandbox/Sandbox.h"
#include "setup/CopyVerifier.h"
#include "setup/RunJournal.h"
#include "setup/SetupConnections.h"

#include <QDeadlineTimer>
#include <QThread>

QString ReplicaChecks::targetCaughtUp(const SandboxFixture& sandbox, int timeoutMs)
{
    auto source = sandbox.adminSession(ServerRole::Source);
    auto target = sandbox.adminSession(ServerRole::Target);
    if (!source || !target)
        return QStringLiteral("cannot connect");
    const Dialect dialect(ServerVersion::parse(QStringLiteral("10.11-MariaDB"), {}));
    const QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        const Result<ResultSet> sourceRows = source->query(dialect.sourceStatusStatement());
        const Result<ResultSet> replicaRows = target->query(dialect.replicaStatusStatement());
        if (!sourceRows || !replicaRows)
            return QStringLiteral("status not readable");
        const auto sourceStatus = dialect.parseSourceStatus(sourceRows.value());
        const auto replica = dialect.parseReplicaStatus(replicaRows.value());
        if (!sourceStatus || !replica)
            return QStringLiteral("the target is not a replica");
        if (replica->lastSqlErrno != 0)
            return QStringLiteral("SQL error %1: %2").arg(replica->lastSqlErrno).arg(replica->lastSqlError);
        if (replica->execSourceLogFile == sourceStatus->binlogFile
            && replica->execSourceLogPos == sourceStatus->binlogPosition)
            return {};
        QThread::msleep(200);
    }
    return QStringLiteral("the target did not catch up with the source in time");
}

QString ReplicaChecks::targetMatchesSource(const SandboxFixture& sandbox)
{
    const Status quiet = Sandbox::setWriteLoad(sandbox.directory(), false);
    if (!quiet)
        return quiet.error().toText();
    const QString behind = targetCaughtUp(sandbox);
    if (!behind.isEmpty())
        return behind;
    auto source = sandbox.adminSession(ServerRole::Source);
    auto target = sandbox.adminSession(ServerRole::Target);
    if (!source || !target)
        return QStringLiteral("cannot connect");
    QStringList schemas = sandbox.profile().databases;
    if (schemas.isEmpty()) {
        const Result<QStringList> all = SetupConnections::userSchemas(*source);
        if (!all)
            return all.error().toText();
        schemas = all.value();
    }
    const Result<VerifyReport> report = CopyVerifier(*source, *target).verify(schemas);
    if (!report)
        return report.error().toText();
    if (report->tablesCompared == 0)
        return QStringLiteral("no tables to compare");
    return report->differences.join(QStringLiteral("; "));
}

QString ReplicaChecks::journalState(const QString& profilePath, const QString& step)
{
    const Result<RunJournal> journal = RunJournal::load(RunJournal::pathFor(profilePath));
    if (!journal)
        return {};
    switch (journal->state(step)) {
    case RunJournal::StepState::Running:
        return QStringLiteral("running");
    case RunJournal::StepState::Done:
        return QStringLiteral("done");
    case RunJournal::StepState::Failed:
        return QStringLiteral("failed");
    case RunJournal::StepState::Pending:
        break;
    }
    return {};
}
