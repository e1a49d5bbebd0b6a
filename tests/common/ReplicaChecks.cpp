#include "ReplicaChecks.h"

#include "SandboxFixture.h"
#include "db/SqlText.h"
#include "replication/Dialect.h"
#include "setup/RunJournal.h"

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

QString ReplicaChecks::checksumsDiffer(const SandboxFixture& sandbox, const QString& schemaPattern)
{
    auto source = sandbox.adminSession(ServerRole::Source);
    auto target = sandbox.adminSession(ServerRole::Target);
    if (!source || !target)
        return QStringLiteral("cannot connect");
    const Result<ResultSet> tables = source->query(
        QStringLiteral(
            "SELECT CONCAT('`', TABLE_SCHEMA, '`.`', TABLE_NAME, '`') AS t FROM information_schema.TABLES "
            "WHERE TABLE_SCHEMA LIKE %1 AND TABLE_TYPE = 'BASE TABLE'")
            .arg(SqlText::literal(schemaPattern)));
    if (!tables || tables->rowCount() == 0)
        return QStringLiteral("no tables to compare");
    for (int row = 0; row < tables->rowCount(); ++row) {
        const QString sql = QStringLiteral("CHECKSUM TABLE ") + tables->text(row, u"t");
        const Result<ResultSet> a = source->query(sql);
        const Result<ResultSet> b = target->query(sql);
        if (!a || !b)
            return tables->text(row, u"t") + QStringLiteral(": not readable");
        if (a->text(0, u"Checksum") != b->text(0, u"Checksum"))
            return tables->text(row, u"t") + QStringLiteral(" differs");
    }
    return {};
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
