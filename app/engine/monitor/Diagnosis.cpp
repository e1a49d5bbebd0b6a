#include "Diagnosis.h"

#include "db/ErrorCatalog.h"
#include "replication/Dialect.h"

namespace {

Diagnosis fromError(const EngineError& error, const QString& thread)
{
    QString summary = error.explanation;
    if (error.code != 0)
        summary = QStringLiteral("%1 [%2] %3 — %4")
                      .arg(thread)
                      .arg(error.code)
                      .arg(error.serverMessage, error.explanation);
    return {error.diagnosisId, summary, error.fix};
}

} // namespace

std::optional<Diagnosis> Diagnoser::diagnose(const ServerSnapshot& replica, const ServerSnapshot* source)
{
    if (!replica.reachable) {
        if (replica.error)
            return fromError(*replica.error, tr("Connection:"));
        return Diagnosis{
            QString::fromLatin1(ErrorCatalog::Unreachable), tr("The server does not answer."), {}};
    }
    if (!replica.facts || !replica.facts->replicaStatus)
        return std::nullopt;
    const ReplicaStatus& r = *replica.facts->replicaStatus;
    // Lost filters come first: they are the cause of what the SQL thread then meets (1146, 1049,
    // 1032 on a table the target was never meant to have).
    if (!replica.missingFilters.isEmpty() && replica.expectedFilters) {
        const Dialect dialect(replica.facts->version);
        const QString stopped = r.lastSqlErrno != 0 && !r.sqlThreadRunning()
            ? tr(" Its SQL thread already stopped on it: [%1] %2").arg(r.lastSqlErrno).arg(r.lastSqlError)
            : tr(" The next write to a table it should ignore (RDS's housekeeping, or a schema that was not "
                 "copied) stops it.");
        return Diagnosis{
            QString::fromLatin1(ErrorCatalog::FiltersMissing),
            tr("The target lost replication filters its setup gave it (%1), most likely in a restart: "
               "SET GLOBAL and CHANGE REPLICATION FILTER do not survive one.")
                    .arg(replica.missingFilters.join(QStringLiteral(", ")))
                + stopped,
            tr("Set them again: %1. Then add these lines to the target's configuration file: %2")
                .arg(replica.expectedFilters->restoreStatements(dialect).join(QStringLiteral("; ")),
                     replica.expectedFilters->configLines(dialect).join(QStringLiteral(" | ")))};
    }
    if (r.lastSqlErrno != 0 && !r.sqlThreadRunning())
        return fromError(ErrorCatalog::classify(r.lastSqlErrno, r.lastSqlError), tr("SQL thread:"));
    if (r.lastIoErrno != 0 && !r.ioThreadRunning())
        return fromError(ErrorCatalog::classify(r.lastIoErrno, r.lastIoError), tr("IO thread:"));
    // A hung source keeps the IO thread at "Yes" (lag 0) until slave_net_timeout, then
    // "Connecting" without an error; the source's own snapshot tells it apart from a slow network.
    const bool sourceDown = source && !source->reachable;
    if (sourceDown && (r.ioThreadRunning() || r.ioThreadConnecting()))
        return Diagnosis{
            QStringLiteral("source_hung"),
            tr("The source does not answer; the replica's figures (IO %1, %2 s behind) are stale.")
                .arg(r.ioRunning,
                     r.secondsBehindSource ? QString::number(*r.secondsBehindSource)
                                           : QStringLiteral("NULL")),
            tr("Check the source (CPU, storage, a reboot in progress) and the network to it.")};
    if (r.ioThreadConnecting())
        return Diagnosis{
            QStringLiteral("connecting"),
            tr("The IO thread is trying to reach the source %1:%2.").arg(r.sourceHost).arg(r.sourcePort),
            tr("Check the network path to the source (security groups, network ACLs).")};
    return std::nullopt;
}
