#include "ReplicaChecks.h"

#include "SandboxFixture.h"
#include "db/SqlText.h"
#include "replication/Dialect.h"
#include "sandbox/Sandbox.h"
#include "setup/CopyVerifier.h"
#include "setup/RunJournal.h"
#include "setup/SetupConnections.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QProcess>
#include <QThread>

#include <csignal>

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

QString ReplicaChecks::killSetupAt(const QString& profilePath, const QString& secretsPath,
                                   const QString& step, bool midCopy)
{
    QFile::remove(RunJournal::pathFor(profilePath));
    QProcess cli;
    cli.setProcessChannelMode(QProcess::SeparateChannels);
    cli.start(QStringLiteral(RW_CLI_PATH),
              {QStringLiteral("setup"), QStringLiteral("--profile"), profilePath, QStringLiteral("--secrets"),
               secretsPath, QStringLiteral("--yes")});
    if (!cli.waitForStarted())
        return QStringLiteral("the CLI did not start");
    QByteArray err;
    const QDeadlineTimer deadline(120000);
    bool killed = false;
    while (!deadline.hasExpired() && cli.state() == QProcess::Running) {
        cli.waitForReadyRead(2);
        err += cli.readAllStandardError();
        const QString state = journalState(profilePath, step);
        const bool reached = state == QLatin1String("running") || state == QLatin1String("done");
        // Mid-copy: once the copy has reported progress with rows on their way.
        if (reached && (!midCopy || err.contains("    copied "))) {
            ::kill(pid_t(cli.processId()), SIGKILL);
            killed = true;
            break;
        }
    }
    cli.waitForFinished(10000);
    if (!killed)
        return QStringLiteral("never reached %1: %2").arg(step, QString::fromUtf8(err.right(1500)));
    if (cli.exitStatus() != QProcess::CrashExit)
        return QStringLiteral("the run was not killed");
    // The killed run's child tools see their pipe close and end by themselves.
    QThread::msleep(1000);
    return {};
}

QString ReplicaChecks::serversFingerprint(const SandboxFixture& sandbox)
{
    QStringList parts;
    for (ServerRole role : ServerRoles::all()) {
        auto session = sandbox.rootSession(role);
        // Where the target starts applying is what a setup sets; a replicating staging server's
        // position moves with the source's own writes (RDS's heartbeat) and is left out.
        const QString applied
            = role == ServerRole::Target ? QStringLiteral("@@GLOBAL.gtid_slave_pos") : QStringLiteral("''");
        const Result<ResultSet> state = session->query(
            QStringLiteral(
                "SELECT CONCAT_WS('|', %1, (SELECT GROUP_CONCAT(SCHEMA_NAME ORDER BY 1) FROM "
                "information_schema.SCHEMATA), (SELECT GROUP_CONCAT(CONCAT(User, '@', Host) ORDER BY 1) "
                "FROM mysql.user)) AS v")
                .arg(applied));
        parts << (state ? state->text(0, u"v") : QStringLiteral("?"));
        const Result<ResultSet> replica = session->query(QStringLiteral("SHOW SLAVE STATUS"));
        parts << (replica && replica->rowCount() ? replica->text(0, u"Master_Port")
                          + replica->text(0, u"Using_Gtid") + replica->text(0, u"Slave_SQL_Running")
                                                 : QStringLiteral("no replica"));
    }
    const Result<ResultSet> retention
        = sandbox.rootSession(ServerRole::Source)
              ->query(QStringLiteral("SELECT COALESCE(value, 'NULL') AS v FROM "
                                     "mysql.rds_configuration WHERE name = 'binlog "
                                     "retention hours'"));
    parts << (retention && retention->rowCount() ? retention->text(0, u"v") : QStringLiteral("?"));
    return parts.join(QLatin1Char(';'));
}
