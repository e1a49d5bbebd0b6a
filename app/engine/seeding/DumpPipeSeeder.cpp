#include "DumpPipeSeeder.h"

#include "SeedProgressTally.h"
#include "db/ChildTools.h"
#include "db/ClientDefaultsFile.h"
#include "db/ErrorCatalog.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QThread>
#include <QThreadPool>
#include <QtConcurrent>

#include <algorithm>
#include <optional>

namespace {

constexpr qint64 kMaxBufferedBytes = 8 * 1024 * 1024;
const QByteArray kTableMarker = "\n-- Dumping data for table `";
const QByteArray kCompletedMarker = "-- Dump completed";

QString stderrOf(QProcess& process)
{
    return QString::fromUtf8(process.readAllStandardError()).trimmed().right(2000);
}

} // namespace

QString DumpPipeSeeder::dumpProgram()
{
    return ChildTools::find({"mariadb-dump", "mysqldump"});
}

QString DumpPipeSeeder::loadProgram()
{
    return ChildTools::find({"mariadb", "mysql"});
}

QStringList DumpPipeSeeder::dumpArguments(const QStringList& schemas, const QStringList& skippedTables)
{
    QStringList ignored;
    for (const QString& table : skippedTables) {
        const QString schema = table.section(QLatin1Char('.'), 0, 0);
        if (schemas.contains(schema))
            ignored << QStringLiteral("--ignore-table=") + table;
    }
    return commonDumpArguments() + QStringList{QStringLiteral("--add-drop-database")} + ignored
        + QStringList{QStringLiteral("--databases")} + schemas;
}

QStringList DumpPipeSeeder::commonDumpArguments()
{
    QStringList arguments{QStringLiteral("--single-transaction"),
                          QStringLiteral("--skip-triggers"),
                          QStringLiteral("--hex-blob"),
                          QStringLiteral("--quick"),
                          QStringLiteral("--tz-utc"),
                          QStringLiteral("--default-character-set=utf8mb4"),
                          QStringLiteral("--max-allowed-packet=1G")};
    // MySQL's mysqldump (8.0.32+, 5.7.41+) takes FLUSH TABLES WITH READ LOCK, which RDS refuses,
    // when --single-transaction meets a source with GTIDs; the setup positions the target itself.
    const QString tool = dumpProgram();
    if (!tool.isEmpty() && ChildTools::isMySqlBuild(tool))
        arguments << QStringLiteral("--set-gtid-purged=OFF");
    return arguments;
}

QStringList DumpPipeSeeder::loadArguments()
{
    return {QStringLiteral("--batch"), QStringLiteral("--binary-mode"),
            QStringLiteral("--max-allowed-packet=1G"), QStringLiteral("--default-character-set=utf8mb4")};
}

QList<DumpPipeSeeder::Pipeline> DumpPipeSeeder::pipelinesOf(const SeedRequest& request)
{
    QList<Pipeline> pipelines;
    for (const QStringList& group : partition(request.schemas, request.schemaBytes, request.pipelines))
        pipelines << Pipeline{dumpArguments(group, request.skippedTables), loadArguments()};
    if (!request.housekeepingTables.isEmpty()) {
        // Tables of the mysql schema: no database statements, loaded into the target's mysql schema.
        pipelines << Pipeline{commonDumpArguments() + QStringList{QStringLiteral("mysql")}
                                  + request.housekeepingTables,
                              loadArguments() + QStringList{QStringLiteral("--database=mysql")}};
    }
    return pipelines;
}

QString DumpPipeSeeder::describe(const Pipeline& pipeline)
{
    // As a shell would need them: an argument with a space or a quote in single quotes.
    const auto shell = [](const QStringList& arguments) {
        QStringList quoted;
        for (const QString& argument : arguments) {
            static const QRegularExpression plain(QStringLiteral("^[\\w.,:=@%/+-]+$"));
            quoted << (plain.match(argument).hasMatch() ? argument
                                                        : QLatin1Char('\'')
                               + QString(argument).replace(QLatin1Char('\''), QLatin1String("'\\''"))
                               + QLatin1Char('\''));
        }
        return quoted.join(QLatin1Char(' '));
    };
    return QStringLiteral("%1 --defaults-extra-file=<private> %2 | %3 --defaults-extra-file=<private> %4")
        .arg(dumpProgram().section(QLatin1Char('/'), -1), shell(pipeline.dump),
             loadProgram().section(QLatin1Char('/'), -1), shell(pipeline.load));
}

QList<QStringList> DumpPipeSeeder::partition(const QStringList& schemas, const QHash<QString, qint64>& bytes,
                                             int pipelines)
{
    QStringList bySize = schemas;
    std::stable_sort(bySize.begin(), bySize.end(), [&bytes](const QString& a, const QString& b) {
        return bytes.value(a) > bytes.value(b);
    });
    const int groups = qBound(1, pipelines, qMax(1, int(schemas.size())));
    QList<QStringList> result(groups);
    QList<qint64> load(groups, 0);
    for (const QString& schema : bySize) {
        const auto lightest = std::min_element(load.begin(), load.end()) - load.begin();
        result[lightest].append(schema);
        load[lightest] += qMax<qint64>(1, bytes.value(schema));
    }
    result.removeIf([](const QStringList& group) { return group.isEmpty(); });
    return result;
}

EngineError DumpPipeSeeder::loadFailed(const QString& clientOutput)
{
    // The server's own error, explained, when the client printed one.
    if (const std::optional<EngineError> server = ErrorCatalog::fromClientOutput(clientOutput))
        return server->withContext(tr("Loading into the target failed"));
    return EngineError::local(tr("Loading into the target failed: %1").arg(clientOutput),
                              tr("Fix the cause shown by the client and run the seed again."));
}

int DumpPipeSeeder::pipelinesFor(int configured)
{
    return configured > 0 ? configured : qBound(1, QThread::idealThreadCount(), 4);
}

Status DumpPipeSeeder::seed(const SeedRequest& request, const ProgressCallback& progress)
{
    // m_cancelled is not reset: a cancel that arrives just before the copy starts still counts.
    m_failed = false;
    if (request.schemas.isEmpty())
        return EngineError::local(tr("No schema was chosen to copy."));
    if (dumpProgram().isEmpty() || loadProgram().isEmpty())
        return EngineError::local(tr("mariadb-dump/mysqldump or the mariadb/mysql client was not found."),
                                  tr("Install the mariadb-client package."));
    if (!request.keepCopyDir.isEmpty() && !QDir().mkpath(request.keepCopyDir))
        return EngineError::local(
            tr("The folder %1 for the dump copy cannot be created.").arg(request.keepCopyDir),
            tr("Choose a writable folder, or do not keep a copy."));
    auto fromDefaults = ClientDefaultsFile::create(request.from, request.fromPassword);
    if (!fromDefaults)
        return fromDefaults.error();
    auto toDefaults = ClientDefaultsFile::create(request.to, request.toPassword);
    if (!toDefaults)
        return toDefaults.error();

    const QList<Pipeline> groups = pipelinesOf(request);
    // Where each pipeline keeps its gzip copy, when asked to: a failed copy removes them all.
    QStringList keepPaths;
    const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    for (int index = 0; index < groups.size(); ++index)
        keepPaths << (request.keepCopyDir.isEmpty()
                          ? QString()
                          : QDir(request.keepCopyDir)
                                .filePath(QStringLiteral("seed-%1-part%2.sql.gz").arg(stamp).arg(index + 1)));
    SeedProgressTally tally(request, progress);
    QThreadPool pool;
    pool.setMaxThreadCount(int(groups.size()));
    QList<QFuture<Status>> running;
    for (int index = 0; index < groups.size(); ++index) {
        running << QtConcurrent::run(&pool, [&, index] {
            return runPipeline(groups.at(index), keepPaths.at(index), request, *fromDefaults.value(),
                               *toDefaults.value(), tally);
        });
    }
    // The first real failure is the one to report; the others only stopped because of it.
    std::optional<EngineError> failure;
    for (QFuture<Status>& future : running) {
        const Status status = future.result();
        if (!status && (!failure || failure->diagnosisId == QLatin1String(ErrorCatalog::Stopped)))
            failure = status.error();
    }
    if (failure) {
        for (const QString& path : keepPaths) {
            if (!path.isEmpty())
                QFile::remove(path); // a part of a failed copy must not pass for a copy
        }
        if (m_cancelled)
            return EngineError::local(tr("The copy was cancelled; the target holds a partial copy."),
                                      tr("Run the seed again before pointing the target at the source."),
                                      QString::fromLatin1(ErrorCatalog::Cancelled));
        return *failure;
    }
    tally.finish();
    return Done{};
}

Status DumpPipeSeeder::runPipeline(const Pipeline& pipeline, const QString& keepPath,
                                   const SeedRequest& request, const ClientDefaultsFile& from,
                                   const ClientDefaultsFile& to, SeedProgressTally& tally)
{
    const auto fail = [this](EngineError error) -> Status {
        m_failed = true;
        return error;
    };
    const EngineError stopped
        = EngineError::local(tr("Stopped."), {}, QString::fromLatin1(ErrorCatalog::Stopped));

    QProcess load;
    load.setProgram(loadProgram());
    load.setArguments(QStringList{to.argument()} + pipeline.load);
    load.setStandardOutputFile(QProcess::nullDevice());
    QProcess dump;
    dump.setProgram(dumpProgram());
    dump.setArguments(QStringList{from.argument()} + pipeline.dump);
    QProcess keep;

    const auto killAll = [&] {
        for (QProcess* process : {&dump, &load, &keep}) {
            if (process->state() != QProcess::NotRunning) {
                process->kill();
                process->waitForFinished(5000);
            }
        }
        if (!keepPath.isEmpty())
            QFile::remove(keepPath);
    };

    load.start();
    if (!load.waitForStarted(10000))
        return fail(EngineError::local(
            tr("The client for the target could not be started: %1").arg(load.errorString())));
    if (!keepPath.isEmpty()) {
        keep.setProgram(QStringLiteral("gzip"));
        keep.setArguments({QStringLiteral("-c")});
        keep.setStandardOutputFile(keepPath);
        keep.start();
        if (!keep.waitForStarted(10000)) {
            killAll();
            return fail(EngineError::local(tr("gzip could not be started: %1").arg(keep.errorString())));
        }
    }
    dump.start();
    if (!dump.waitForStarted(10000)) {
        killAll();
        return fail(EngineError::local(tr("The dump tool could not be started: %1").arg(dump.errorString())));
    }

    const auto keepFailed = [&] {
        const QString reason = stderrOf(keep);
        killAll();
        return fail(EngineError::local(tr("Writing the dump copy %1 failed: %2").arg(keepPath, reason),
                                       tr("Free space in %1 or do not keep a copy, then run the seed again; "
                                          "the target holds a partial copy.")
                                           .arg(request.keepCopyDir)));
    };
    QByteArray carry; // end of the previous chunk, so a marker split across chunks is still found
    // A server that hangs (or a network that drops packets) stalls the stream without an error:
    // the dump tool has no read timeout. Any progress on either side restarts this clock.
    QElapsedTimer sinceProgress;
    sinceProgress.start();
    const qint64 stallMs = qint64(qMax(1, request.stallSeconds)) * 1000;
    const auto stalled = [&](const ConnectionSpec& server) {
        killAll();
        return fail(
            EngineError::local(tr("No progress from the %1 for %2 s: it does not answer (hung, overloaded, "
                                  "or the network dropped the connection).")
                                   .arg(server.describe())
                                   .arg(request.stallSeconds),
                               tr("Check the server and the network, then resume the setup "
                                  "(replica-wizard-cli setup --resume); the copy is redone.")));
    };
    for (;;) {
        if (stopping()) {
            killAll();
            return stopped;
        }
        if (sinceProgress.elapsed() > stallMs)
            return stalled(request.from);
        const bool dumpDone = dump.state() == QProcess::NotRunning;
        if (!dumpDone && dump.bytesAvailable() == 0)
            dump.waitForReadyRead(100);
        const QByteArray chunk = dump.readAllStandardOutput();
        if (!chunk.isEmpty()) {
            sinceProgress.restart();
            const QByteArray scan = carry + chunk;
            for (qsizetype at = scan.indexOf(kTableMarker); at >= 0;
                 at = scan.indexOf(kTableMarker, at + 1)) {
                const qsizetype start = at + kTableMarker.size();
                const qsizetype end = scan.indexOf('`', start);
                if (end < 0)
                    break;
                if (end < carry.size())
                    continue; // complete in the previous chunk already: counted then
                tally.tableStarted(QString::fromUtf8(scan.mid(start, end - start)));
            }
            carry = scan.right(kTableMarker.size() + 256);
            load.write(chunk);
            if (!keepPath.isEmpty())
                keep.write(chunk);
            // A copy that died (full disk) is reported below, not waited for as a stall.
            while ((load.bytesToWrite() > kMaxBufferedBytes || keep.bytesToWrite() > kMaxBufferedBytes)
                   && load.state() == QProcess::Running
                   && (keepPath.isEmpty() || keep.state() == QProcess::Running) && !stopping()) {
                if (load.waitForBytesWritten(100) || (!keepPath.isEmpty() && keep.waitForBytesWritten(100)))
                    sinceProgress.restart();
                else if (sinceProgress.elapsed() > stallMs)
                    return stalled(request.to);
            }
            tally.addBytes(chunk.size());
        }
        if (load.state() != QProcess::Running) {
            const QString reason = stderrOf(load);
            killAll();
            return fail(loadFailed(reason));
        }
        if (!keepPath.isEmpty() && keep.state() != QProcess::Running)
            return keepFailed();
        if (dumpDone && chunk.isEmpty() && dump.bytesAvailable() == 0)
            break;
    }

    const bool dumpOk = dump.exitStatus() == QProcess::NormalExit && dump.exitCode() == 0;
    if (!dumpOk || !carry.contains(kCompletedMarker)) {
        const QString reason = stderrOf(dump);
        killAll();
        return fail(
            EngineError::local(tr("The dump of %1 did not complete (exit code %2): %3")
                                   .arg(request.from.describe())
                                   .arg(dump.exitCode())
                                   .arg(reason),
                               tr("Fix the cause and run the seed again; the target holds a partial copy.")));
    }
    load.closeWriteChannel();
    if (!keepPath.isEmpty()) {
        keep.closeWriteChannel();
        while (!keep.waitForFinished(200)) {
            if (stopping()) {
                killAll();
                return stopped;
            }
        }
        if (keep.exitStatus() != QProcess::NormalExit || keep.exitCode() != 0)
            return keepFailed();
    }
    sinceProgress.restart(); // the client applies what it still holds
    while (!load.waitForFinished(200)) {
        if (stopping()) {
            killAll();
            return stopped;
        }
        if (sinceProgress.elapsed() > stallMs)
            return stalled(request.to);
    }
    if (load.exitStatus() != QProcess::NormalExit || load.exitCode() != 0)
        return fail(loadFailed(stderrOf(load)));
    return Done{};
}
