#include "DumpPipeSeeder.h"

#include "db/ChildTools.h"
#include "db/ClientDefaultsFile.h"

#include <QElapsedTimer>
#include <QProcess>

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

QStringList DumpPipeSeeder::dumpArguments(const QStringList& schemas)
{
    return QStringList{QStringLiteral("--single-transaction"),
                       QStringLiteral("--routines"),
                       QStringLiteral("--triggers"),
                       QStringLiteral("--events"),
                       QStringLiteral("--hex-blob"),
                       QStringLiteral("--quick"),
                       QStringLiteral("--tz-utc"),
                       QStringLiteral("--default-character-set=utf8mb4"),
                       QStringLiteral("--max-allowed-packet=1G"),
                       QStringLiteral("--add-drop-database"),
                       QStringLiteral("--databases")}
    + schemas;
}

QStringList DumpPipeSeeder::loadArguments()
{
    return {QStringLiteral("--batch"), QStringLiteral("--binary-mode"),
            QStringLiteral("--max-allowed-packet=1G"), QStringLiteral("--default-character-set=utf8mb4")};
}

Status DumpPipeSeeder::seed(const SeedRequest& request, const ProgressCallback& progress)
{
    m_cancelled = false;
    if (request.schemas.isEmpty())
        return EngineError::local(tr("No schema was chosen to copy."));
    const QString dumpTool = dumpProgram();
    const QString loadTool = loadProgram();
    if (dumpTool.isEmpty() || loadTool.isEmpty())
        return EngineError::local(tr("mariadb-dump/mysqldump or the mariadb/mysql client was not found."),
                                  tr("Install the mariadb-client package."));
    auto fromDefaults = ClientDefaultsFile::create(request.from, request.fromPassword);
    if (!fromDefaults)
        return fromDefaults.error();
    auto toDefaults = ClientDefaultsFile::create(request.to, request.toPassword);
    if (!toDefaults)
        return toDefaults.error();

    QProcess load;
    load.setProgram(loadTool);
    load.setArguments(QStringList{toDefaults.value()->argument()} + loadArguments());
    load.setStandardOutputFile(QProcess::nullDevice());
    QProcess dump;
    dump.setProgram(dumpTool);
    dump.setArguments(QStringList{fromDefaults.value()->argument()} + dumpArguments(request.schemas));
    const auto killBoth = [&] {
        dump.kill();
        load.kill();
        dump.waitForFinished(5000);
        load.waitForFinished(5000);
    };

    load.start();
    if (!load.waitForStarted(10000))
        return EngineError::local(
            tr("The client for the target could not be started: %1").arg(load.errorString()));
    dump.start();
    if (!dump.waitForStarted(10000)) {
        killBoth();
        return EngineError::local(tr("The dump tool could not be started: %1").arg(dump.errorString()));
    }

    SeedProgress state;
    state.estimatedBytes = request.estimatedBytes;
    state.tablesTotal = request.tableCount;
    QElapsedTimer timer;
    timer.start();
    qint64 lastReport = -1000;
    QByteArray carry; // end of the previous chunk, so a marker split across chunks is still found

    for (;;) {
        if (m_cancelled) {
            killBoth();
            return EngineError::local(tr("The copy was cancelled; the target holds a partial copy."),
                                      tr("Run the seed again before pointing the target at the source."),
                                      QStringLiteral("cancelled"));
        }
        const bool dumpDone = dump.state() == QProcess::NotRunning;
        if (!dumpDone && dump.bytesAvailable() == 0)
            dump.waitForReadyRead(100);
        const QByteArray chunk = dump.readAllStandardOutput();
        if (!chunk.isEmpty()) {
            const QByteArray scan = carry + chunk;
            for (qsizetype at = scan.indexOf(kTableMarker); at >= 0;
                 at = scan.indexOf(kTableMarker, at + 1)) {
                const qsizetype start = at + kTableMarker.size();
                const qsizetype end = scan.indexOf('`', start);
                if (end < 0)
                    break;
                state.currentTable = QString::fromUtf8(scan.mid(start, end - start));
                ++state.tablesDone;
            }
            carry = scan.right(kTableMarker.size() + 256);
            load.write(chunk);
            while (load.bytesToWrite() > kMaxBufferedBytes && load.state() == QProcess::Running
                   && !m_cancelled)
                load.waitForBytesWritten(200);
            state.bytes += chunk.size();
        }
        if (load.state() != QProcess::Running) {
            const QString reason = stderrOf(load);
            killBoth();
            return EngineError::local(tr("Loading into the target failed: %1").arg(reason),
                                      tr("Fix the cause shown by the client and run the seed again."));
        }
        state.elapsedMs = timer.elapsed();
        if (progress && state.elapsedMs - lastReport >= 200) {
            progress(state);
            lastReport = state.elapsedMs;
        }
        if (dumpDone && chunk.isEmpty() && dump.bytesAvailable() == 0)
            break;
    }

    const bool dumpOk = dump.exitStatus() == QProcess::NormalExit && dump.exitCode() == 0;
    if (!dumpOk || !carry.contains(kCompletedMarker)) {
        const QString reason = stderrOf(dump);
        killBoth();
        return EngineError::local(
            tr("The dump of %1 did not complete (exit code %2): %3")
                .arg(request.from.describe())
                .arg(dump.exitCode())
                .arg(reason),
            tr("Fix the cause and run the seed again; the target holds a partial copy."));
    }
    load.closeWriteChannel();
    while (!load.waitForFinished(200)) {
        if (m_cancelled) {
            killBoth();
            return EngineError::local(tr("The copy was cancelled; the target holds a partial copy."), {},
                                      QStringLiteral("cancelled"));
        }
    }
    if (load.exitStatus() != QProcess::NormalExit || load.exitCode() != 0)
        return EngineError::local(tr("Loading into the target failed: %1").arg(stderrOf(load)),
                                  tr("Fix the cause shown by the client and run the seed again."));
    state.elapsedMs = timer.elapsed();
    state.tablesDone = qMax(state.tablesDone, state.tablesTotal);
    state.estimatedBytes = state.bytes;
    if (progress)
        progress(state);
    return Done{};
}
