#include "ChunkedLoadSeeder.h"

#include "ChunkJournal.h"
#include "ChunkStream.h"
#include "RowHash.h"
#include "SeedChunk.h"
#include "SeedProgressTally.h"
#include "TableLayout.h"
#include "db/ErrorCatalog.h"
#include "db/ServerSession.h"
#include "db/SqlText.h"

#include <QAtomicInt>
#include <QElapsedTimer>
#include <QThreadPool>
#include <QtConcurrent>

#include <algorithm>
#include <memory>
#include <numeric>
#include <optional>

namespace {

// A table's keys are added while other workers load or alter other tables. An ALTER that lost a
// lock to another (deadlock, lock wait timeout) is tried again once every table is loaded.
bool worthRetryingLater(const EngineError& error)
{
    return error.code == 1213 || error.code == 1205;
}

QStringList storedNames(const TableLayout& table)
{
    QStringList names;
    for (const TableColumn& column : table.columns)
        names << column.name;
    return names;
}

} // namespace

// One seed() call: the sessions, the tables and their chunks, the workers.
class ChunkedCopy
{
    Q_DECLARE_TR_FUNCTIONS(ChunkedLoadSeeder)

public:
    ChunkedCopy(ChunkedLoadSeeder& seeder, const SeedRequest& request,
                const Seeder::ProgressCallback& progress)
        : m_seeder(seeder)
        , m_request(request)
        , m_tally(request, progress)
    {
    }

    Status run();

private:
    Result<std::unique_ptr<ServerSession>> open(const ConnectionSpec& spec, const QByteArray& password,
                                                bool loader);
    Status openSessions(int workers);
    Result<QString> position(const char* when);
    Status readTables();
    Status createOnTarget();
    Result<QList<SeedChunk>> planChunks(ServerSession& origin, const TableLayout& table);
    Status work(int worker);
    Status copyChunk(ServerSession& origin, ServerSession& target, const SeedChunk& chunk);
    Status clearRange(ServerSession& target, const TableLayout& table, const SeedChunk& chunk);
    Result<bool> sameRows(ServerSession& origin, ServerSession& target, const TableLayout& table,
                          const SeedChunk& chunk);
    Status addKeys(ServerSession& target, const TableLayout& table);
    Status alter(ServerSession& target, const TableLayout& table, const QString& statement);
    bool stopping() const { return m_seeder.m_cancelled || m_failed; }
    Status fail(const EngineError& error);
    void log(const QString& line);
    EngineError stopped() const
    {
        return EngineError::local(tr("Stopped."), {}, QString::fromLatin1(ErrorCatalog::Stopped));
    }

    ChunkedLoadSeeder& m_seeder;
    const SeedRequest& m_request;
    SeedProgressTally m_tally;
    ChunkJournal m_journal;
    std::unique_ptr<ServerSession> m_originControl;
    std::unique_ptr<ServerSession> m_targetControl;
    std::vector<std::unique_ptr<ServerSession>> m_origins; // one snapshot per worker
    std::vector<std::unique_ptr<ServerSession>> m_targets; // one loader per worker
    QList<TableLayout> m_tables;
    QList<SeedChunk> m_queue;
    std::unique_ptr<QAtomicInt[]> m_remaining;
    QAtomicInt m_next = 0;
    std::atomic_bool m_failed{false};
    QMutex m_mutex; // guards m_failure, m_postponed and the log callback
    std::optional<EngineError> m_failure;
    QList<int> m_postponed; // tables whose foreign keys wait for another table's keys
    // Where the workers' time went (ms, summed over workers), for the log and the benchmark.
    std::atomic<qint64> m_loadingMs{0};
    std::atomic<qint64> m_checkingMs{0};
    std::atomic<qint64> m_keysMs{0};
};

ChunkedLoadSeeder::ChunkedLoadSeeder() = default;
ChunkedLoadSeeder::~ChunkedLoadSeeder() = default;

void ChunkedLoadSeeder::cancel()
{
    m_cancelled = true;
    abortAll();
}

void ChunkedLoadSeeder::track(ServerSession* session)
{
    QMutexLocker lock(&m_sessionsMutex);
    m_sessions << session;
    if (m_cancelled)
        session->abort();
}

void ChunkedLoadSeeder::untrackAll()
{
    QMutexLocker lock(&m_sessionsMutex);
    m_sessions.clear();
}

void ChunkedLoadSeeder::abortAll()
{
    QMutexLocker lock(&m_sessionsMutex);
    for (ServerSession* session : std::as_const(m_sessions))
        session->abort();
}

qint64 ChunkedLoadSeeder::rowsPerChunk(const TableLayout& table, qint64 chunkBytes)
{
    const qint64 rowBytes
        = table.rowsEstimate > 0 ? qMax<qint64>(1, table.bytesEstimate / table.rowsEstimate) : 256;
    return qBound(qint64(100), qMax<qint64>(1, chunkBytes) / rowBytes, qint64(1000000));
}

QString ChunkedLoadSeeder::describe(const SeedRequest& request)
{
    return tr("chunked copy by %1 workers, each in a consistent snapshot of %2: per schema DROP DATABASE, "
              "CREATE "
              "DATABASE; per table CREATE TABLE with its primary key, LOAD DATA LOCAL INFILE per chunk of "
              "about %3 "
              "MiB (sql_log_bin=0, unique_checks=0, foreign_key_checks=0), COUNT(*) and row hash of the "
              "chunk on "
              "both servers, then ALTER TABLE ... ADD the other keys; the foreign keys once every table is "
              "in")
        .arg(request.pipelines)
        .arg(request.from.describe())
        .arg(request.chunkBytes / (1024 * 1024));
}

Status ChunkedLoadSeeder::seed(const SeedRequest& request, const ProgressCallback& progress)
{
    // m_cancelled is not reset: a cancel that arrives just before the copy starts still counts.
    m_recopied = 0;
    if (request.schemas.isEmpty())
        return EngineError::local(tr("No schema was chosen to copy."));
    ChunkedCopy copy(*this, request, progress);
    const Status status = copy.run();
    untrackAll();
    if (!status && m_cancelled)
        return EngineError::local(
            tr("The copy was cancelled; the target holds a partial copy."),
            tr("Resume the setup (it continues the copy) or run it again before pointing "
               "the target at the source."),
            QString::fromLatin1(ErrorCatalog::Cancelled));
    return status;
}

Result<std::unique_ptr<ServerSession>> ChunkedCopy::open(const ConnectionSpec& spec,
                                                         const QByteArray& password, bool loader)
{
    ConnectionSpec patient = spec;
    // A chunk's statements may take longer than a status read; a hung server still ends the copy.
    patient.readTimeoutSeconds = qMax(spec.readTimeoutSeconds, m_request.stallSeconds);
    auto session = std::make_unique<ServerSession>(patient);
    session->allowLocalInfile(loader);
    const Status opened = session->open(password);
    if (!opened)
        return opened.error();
    m_seeder.track(session.get()); // aborted at once when the copy was cancelled meanwhile
    return session;
}

Result<QString> ChunkedCopy::position(const char* when)
{
    if (!m_request.positionProbe)
        return QString();
    Result<QString> position = m_request.positionProbe(*m_originControl);
    if (!position)
        return position.error().withContext(
            tr("Reading the position of %1 %2").arg(m_request.from.describe(), QString::fromUtf8(when)));
    return position;
}

Status ChunkedCopy::openSessions(int workers)
{
    const QStringList originSettings{
        QStringLiteral("SET SESSION TRANSACTION ISOLATION LEVEL REPEATABLE READ"),
        QStringLiteral("SET SESSION time_zone = '+00:00'"),
        QStringLiteral("SET SESSION net_write_timeout = 600"),
        QStringLiteral("SET SESSION character_set_results = binary"),
        QStringLiteral("START TRANSACTION WITH CONSISTENT SNAPSHOT")};
    for (int worker = 0; worker < workers; ++worker) {
        auto origin = open(m_request.from, m_request.fromPassword, false);
        if (!origin)
            return origin.error();
        for (const QString& statement : originSettings) {
            const Status set = origin.value()->execute(statement);
            if (!set)
                return set.error().withContext(tr("Opening a snapshot on %1").arg(m_request.from.describe()));
        }
        m_origins.push_back(std::move(origin.value()));
    }
    bool binlogOff = true;
    for (int worker = 0; worker <= workers; ++worker) {
        auto target = open(m_request.to, m_request.toPassword, true);
        if (!target)
            return target.error();
        // Without SUPER/BINLOG ADMIN the copy is binlogged on the target, which is only slower.
        if (!target.value()->execute(QStringLiteral("SET SESSION sql_log_bin = 0")))
            binlogOff = false;
        const Status set = target.value()->execute(QStringLiteral(
            "SET SESSION unique_checks = 0, foreign_key_checks = 0, sql_mode = 'NO_AUTO_VALUE_ON_ZERO', "
            "time_zone = '+00:00', net_read_timeout = 600, character_set_results = binary"));
        if (!set)
            return set.error().withContext(tr("Preparing a session on the target"));
        if (worker == workers)
            m_targetControl = std::move(target.value());
        else
            m_targets.push_back(std::move(target.value()));
    }
    if (!binlogOff)
        log(tr(
            "The target's account may not turn off binary logging for its session (sql_log_bin): the copy is "
            "written to the target's binary log too."));
    return Done{};
}

Status ChunkedCopy::readTables()
{
    const QString schemas = SqlText::literalList(m_request.schemas);
    Result<ResultSet> listed = m_originControl->query(
        QStringLiteral(
            "SELECT TABLE_SCHEMA AS s, TABLE_NAME AS t, TABLE_TYPE AS k FROM information_schema.TABLES "
            "WHERE TABLE_SCHEMA IN (%1) AND TABLE_TYPE <> 'VIEW' AND TABLE_TYPE <> 'SYSTEM VIEW' "
            "ORDER BY TABLE_SCHEMA, TABLE_NAME")
            .arg(schemas));
    if (!listed)
        return listed.error();
    QList<QPair<QString, QString>> names;
    for (int row = 0; row < listed->rowCount(); ++row) {
        const QString id = listed->text(row, u"s") + QLatin1Char('.') + listed->text(row, u"t");
        if (m_request.skippedTables.contains(id))
            continue;
        if (listed->text(row, u"k") != QLatin1String("BASE TABLE"))
            return EngineError::local(
                tr("%1 is a %2, which the chunked copy cannot copy.").arg(id, listed->text(row, u"k")),
                tr("Copy with the dump tool: seeder=dump in the profile's [options] (or the "
                   "wizard's copy engine choice)."));
        names << qMakePair(listed->text(row, u"s"), listed->text(row, u"t"));
    }
    for (const QString& table : m_request.housekeepingTables)
        names << qMakePair(QStringLiteral("mysql"), table);
    for (const auto& [schema, table] : std::as_const(names)) {
        Result<TableLayout> layout = TableLayout::read(*m_originControl, schema, table, schema);
        if (!layout)
            return layout.error();
        m_tables << layout.value();
    }
    return Done{};
}

Status ChunkedCopy::createOnTarget()
{
    ServerSession& target = *m_targetControl;
    if (!m_journal.resumed()) {
        for (const QString& schema : m_request.schemas) {
            Result<ResultSet> create = m_originControl->query(
                QStringLiteral("SHOW CREATE DATABASE %1").arg(SqlText::identifier(schema)));
            if (!create)
                return create.error();
            for (const QString& statement :
                 {QStringLiteral("DROP DATABASE IF EXISTS %1").arg(SqlText::identifier(schema)),
                  create->text(0, u"Create Database")}) {
                const Status done = target.execute(statement);
                if (!done)
                    return done.error().withContext(tr("Creating the schema %1 on the target").arg(schema));
            }
        }
    }
    for (const TableLayout& table : std::as_const(m_tables)) {
        if (m_journal.created(table.id()))
            continue;
        for (const QString& statement :
             {QStringLiteral("USE %1").arg(SqlText::identifier(table.targetSchema)),
              QStringLiteral("DROP TABLE IF EXISTS %1").arg(table.targetName()), table.createStatement}) {
            const Status done = target.execute(statement);
            if (!done)
                return done.error().withContext(tr("Creating the table %1 on the target").arg(table.id()));
        }
        const Status recorded = m_journal.recordCreated(table.id());
        if (!recorded)
            return recorded;
    }
    return Done{};
}

Result<QList<SeedChunk>> ChunkedCopy::planChunks(ServerSession& origin, const TableLayout& table)
{
    const qint64 perChunk = ChunkedLoadSeeder::rowsPerChunk(table, m_request.chunkBytes);
    if (table.keyColumns.isEmpty() || table.rowsEstimate <= perChunk)
        return QList<SeedChunk>{SeedChunk{}};
    const QStringList key = table.keyIdentifiers();
    if (table.hasIntegerKey()) {
        Result<ResultSet> range
            = origin.query(QStringLiteral("SELECT CAST(MIN(%1) AS CHAR) AS lo, CAST(MAX(%1) AS "
                                          "CHAR) AS hi FROM %2")
                               .arg(key.first(), table.originName()));
        if (!range)
            return range.error();
        const int count = int(qMin<qint64>(100000, (table.rowsEstimate + perChunk - 1) / perChunk));
        return SeedChunk::integerRanges(range->text(0, u"lo"), range->text(0, u"hi"), count);
    }
    // Any other key: the last key of every perChunk rows, in the key's own order.
    QStringList expressions;
    for (const int index : table.keyColumns)
        expressions << table.columns.at(index).boundExpression()
                + QStringLiteral(" AS b%1").arg(expressions.size());
    QList<SeedChunk> chunks;
    QStringList lower;
    for (;;) {
        if (stopping())
            return stopped();
        Result<ResultSet> bound
            = origin.query(QStringLiteral("SELECT %1 FROM %2 WHERE %3 ORDER BY %4 LIMIT %5, 1")
                               .arg(expressions.join(QStringLiteral(", ")), table.originName(),
                                    lower.isEmpty() ? QStringLiteral("1") : SeedChunk::above(key, lower),
                                    key.join(QStringLiteral(", ")))
                               .arg(perChunk - 1));
        if (!bound)
            return bound.error();
        SeedChunk chunk;
        chunk.ordinal = int(chunks.size());
        chunk.lower = lower;
        if (!bound->isEmpty()) {
            for (int i = 0; i < table.keyColumns.size(); ++i)
                chunk.upper << table.columns.at(table.keyColumns.at(i))
                                   .boundLiteral(bound->text(0, QStringLiteral("b%1").arg(i)));
        }
        chunks << chunk;
        if (chunk.upper.isEmpty())
            return chunks;
        lower = chunk.upper;
    }
}

Status ChunkedCopy::run()
{
    const int workers = qMax(1, m_request.pipelines);
    auto originControl = open(m_request.from, m_request.fromPassword, false);
    if (!originControl)
        return originControl.error();
    m_originControl = std::move(originControl.value());
    const Status journal = m_journal.open(m_request.journalPath, m_request.resume, m_request.schemas);
    if (!journal)
        return journal;
    if (m_journal.resumed())
        log(tr("Continuing the copy recorded in %1.").arg(m_request.journalPath));

    const Result<QString> before = position("before the snapshots");
    if (!before)
        return before.error();
    const Status opened = openSessions(workers);
    if (!opened)
        return opened;
    Result<ResultSet> localInfile
        = m_targetControl->query(QStringLiteral("SELECT @@GLOBAL.local_infile AS v"));
    if (!localInfile)
        return localInfile.error();
    if (localInfile->text(0, u"v") == QLatin1String("0"))
        return EngineError::local(
            tr("The target does not accept LOAD DATA LOCAL INFILE (local_infile is OFF)."),
            tr("Turn it on for the copy (SET GLOBAL local_infile = 1; it can be turned off "
               "afterwards), or copy with the dump tool: seeder=dump."));
    const Result<QString> opening = position("once the snapshots were open");
    if (!opening)
        return opening.error();
    if (opening.value() != before.value())
        return EngineError::local(
            tr("%1 moved from %2 to %3 while the copy's snapshots were opened.")
                .arg(m_request.from.describe(), before.value(), opening.value()),
            tr("Its data changed (was its replication restarted?). Run the setup again."),
            QString::fromLatin1(ErrorCatalog::PositionMoved));

    const Status read = readTables();
    if (!read)
        return read;
    const Status created = createOnTarget();
    if (!created)
        return created;

    // Chunks, from the journal when it has them (the same bounds as the interrupted copy).
    QList<int> order(m_tables.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [this](int a, int b) {
        return m_tables.at(a).bytesEstimate > m_tables.at(b).bytesEstimate;
    });
    m_remaining.reset(new QAtomicInt[size_t(m_tables.size())]);
    qint64 rows = 0;
    qint64 bytes = 0;
    int tablesLeft = 0;
    for (const int index : std::as_const(order)) {
        const TableLayout& table = m_tables.at(index);
        QList<SeedChunk> chunks;
        if (m_journal.hasPlan(table.id())) {
            chunks = m_journal.plan(table.id());
        } else {
            Result<QList<SeedChunk>> planned = planChunks(*m_origins.front(), table);
            if (!planned)
                return planned.error().withContext(tr("Cutting %1 into chunks").arg(table.id()));
            chunks = planned.value();
            const Status recorded = m_journal.recordPlan(table.id(), chunks);
            if (!recorded)
                return recorded;
        }
        int left = 0;
        for (SeedChunk& chunk : chunks) {
            chunk.table = index;
            if (m_journal.done(table.id(), chunk.ordinal))
                continue;
            m_queue << chunk;
            ++left;
        }
        m_remaining[size_t(index)] = left;
        rows += table.rowsEstimate * left / qMax(1, int(chunks.size()));
        bytes += table.bytesEstimate * left / qMax(1, int(chunks.size()));
        if (left > 0 || !m_journal.indexed(table.id()))
            ++tablesLeft;
        if (left == 0 && !m_journal.indexed(table.id())) {
            const Status keys = addKeys(*m_targetControl, table);
            if (!keys)
                return keys;
        }
    }
    m_tally.setTotals(rows, bytes, tablesLeft);
    log(tr("%n chunk(s) of %1 table(s) to copy by %2 workers.", nullptr, int(m_queue.size()))
            .arg(m_tables.size())
            .arg(workers));

    QThreadPool pool;
    pool.setMaxThreadCount(workers);
    QList<QFuture<Status>> running;
    for (int worker = 0; worker < workers; ++worker)
        running << QtConcurrent::run(&pool, [this, worker] { return work(worker); });
    for (QFuture<Status>& future : running)
        future.waitForFinished();
    if (m_failure)
        return *m_failure;
    if (m_seeder.m_cancelled)
        return stopped();

    for (const int index : std::as_const(m_postponed)) {
        const TableLayout& table = m_tables.at(index);
        const Status keys = alter(*m_targetControl, table, table.keysStatement());
        if (!keys)
            return keys.error().withContext(tr("Adding the keys of %1 on the target").arg(table.id()));
        const Status recorded = m_journal.recordIndexed(table.id());
        if (!recorded)
            return recorded;
    }
    // Foreign keys last, one table at a time, when no other DDL or load runs on the target:
    // MariaDB 10.11 crashed (SIGSEGV) adding a foreign key while its parent table was being
    // altered by another session. With foreign_key_checks=0 each is a change of metadata only.
    for (const TableLayout& table : std::as_const(m_tables)) {
        if (table.foreignKeyCount() == 0 || m_journal.hasForeignKeys(table.id()))
            continue;
        const Status keys = alter(*m_targetControl, table, table.foreignKeysStatement());
        if (!keys)
            return keys.error().withContext(
                tr("Adding the foreign keys of %1 on the target").arg(table.id()));
        const Status recorded = m_journal.recordForeignKeys(table.id());
        if (!recorded)
            return recorded;
    }

    const Result<QString> after = position("after the copy");
    if (!after)
        return after.error();
    if (after.value() != before.value())
        return EngineError::local(
            tr("%1 moved from %2 to %3 during the copy.")
                .arg(m_request.from.describe(), before.value(), after.value()),
            tr("Its data changed (was its replication restarted?). Run the setup again."),
            QString::fromLatin1(ErrorCatalog::PositionMoved));
    for (const auto& origin : m_origins)
        origin->execute(QStringLiteral("ROLLBACK"));
    log(tr("The workers spent %1 s loading chunks, %2 s checking them and %3 s adding keys.")
            .arg(double(m_loadingMs) / 1000.0, 0, 'f', 1)
            .arg(double(m_checkingMs) / 1000.0, 0, 'f', 1)
            .arg(double(m_keysMs) / 1000.0, 0, 'f', 1));
    m_tally.finish();
    return Done{};
}

Status ChunkedCopy::work(int worker)
{
    ServerSession& origin = *m_origins.at(size_t(worker));
    ServerSession& target = *m_targets.at(size_t(worker));
    for (;;) {
        if (stopping())
            return stopped();
        const int next = m_next.fetchAndAddOrdered(1);
        if (next >= m_queue.size())
            return Done{};
        const SeedChunk& chunk = m_queue.at(next);
        const TableLayout& table = m_tables.at(chunk.table);
        m_tally.workStarted(table.id());
        const Status copied = copyChunk(origin, target, chunk);
        m_tally.workEnded(table.id());
        if (!copied)
            return fail(copied.error());
        if (m_remaining[size_t(chunk.table)].fetchAndSubOrdered(1) == 1) {
            const Status keys = addKeys(target, table);
            if (!keys)
                return fail(keys.error());
        }
    }
}

Status ChunkedCopy::copyChunk(ServerSession& origin, ServerSession& target, const SeedChunk& chunk)
{
    const TableLayout& table = m_tables.at(chunk.table);
    // Only a chunk recorded as started can have rows on the target: its start is journaled
    // before its first row is sent.
    if (m_journal.interrupted(table.id()).contains(chunk.ordinal)) {
        const Status cleared = clearRange(target, table, chunk);
        if (!cleared)
            return cleared;
    }
    const Status started = m_journal.recordStarted(table.id(), chunk.ordinal);
    if (!started)
        return started;
    ChunkStream stream(origin, target);
    for (int attempt = 0;; ++attempt) {
        QElapsedTimer timer;
        timer.start();
        Result<ChunkStream::Moved> moved
            = stream.copy(table, chunk, [this](qint64 bytes) { m_tally.addBytes(bytes); });
        m_loadingMs += timer.restart();
        if (!moved)
            return moved.error();
        if (m_request.afterChunkLoaded)
            m_request.afterChunkLoaded(table.id(), chunk.ordinal);
        const Result<bool> same = sameRows(origin, target, table, chunk);
        m_checkingMs += timer.elapsed();
        if (!same)
            return same.error();
        if (same.value()) {
            m_tally.addRows(moved->rows);
            return m_journal.recordDone(table.id(), chunk.ordinal, moved->rows);
        }
        if (attempt > 0)
            return EngineError::local(
                tr("Chunk %1 of %2 differs between %3 and the target after it was copied twice.")
                    .arg(chunk.ordinal + 1)
                    .arg(table.id(), m_request.from.describe()),
                tr("Something changes the target's copy of this table (a trigger, an event, another client) "
                   "or "
                   "the origin is not stopped. Find it, then resume the setup."));
        ++m_seeder.m_recopied;
        log(tr("Chunk %1 of %2 differed on the target after loading: copied again.")
                .arg(chunk.ordinal + 1)
                .arg(table.id()));
        const Status cleared = clearRange(target, table, chunk);
        if (!cleared)
            return cleared;
    }
}

Status ChunkedCopy::clearRange(ServerSession& target, const TableLayout& table, const SeedChunk& chunk)
{
    const QString statement = chunk.bounded() || !table.keyColumns.isEmpty()
        ? QStringLiteral("DELETE FROM %1 WHERE %2")
              .arg(table.targetName(), chunk.where(table.keyIdentifiers()))
        : QStringLiteral("TRUNCATE TABLE %1").arg(table.targetName());
    QElapsedTimer timer;
    timer.start();
    const Status cleared = target.execute(statement);
    if (!cleared)
        return ChunkStream::targetFailed(target, cleared.error(),
                                         tr("clearing chunk %1 of %2").arg(chunk.ordinal + 1).arg(table.id()),
                                         timer.elapsed());
    return Done{};
}

Result<bool> ChunkedCopy::sameRows(ServerSession& origin, ServerSession& target, const TableLayout& table,
                                   const SeedChunk& chunk)
{
    const QStringList columns = storedNames(table);
    const QString where = chunk.where(table.keyIdentifiers());
    const QString what = tr("checking chunk %1 of %2").arg(chunk.ordinal + 1).arg(table.id());
    QElapsedTimer timer;
    timer.start();
    Result<ResultSet> a = origin.query(RowHash::statement(columns, table.originName(), where));
    if (!a)
        return ChunkStream::originFailed(origin, a.error(), what, timer.elapsed());
    timer.restart();
    Result<ResultSet> b = target.query(RowHash::statement(columns, table.targetName(), where));
    if (!b)
        return ChunkStream::targetFailed(target, b.error(), what, timer.elapsed());
    return a->text(0, u"n") == b->text(0, u"n") && a->text(0, u"h") == b->text(0, u"h");
}

Status ChunkedCopy::alter(ServerSession& target, const TableLayout& table, const QString& statement)
{
    // SHOW CREATE TABLE names a foreign key's parent in the same schema without its schema.
    const Status used = target.execute(QStringLiteral("USE %1").arg(SqlText::identifier(table.targetSchema)));
    return used ? target.execute(statement) : used;
}

Status ChunkedCopy::addKeys(ServerSession& target, const TableLayout& table)
{
    const int index = int(&table - m_tables.constData());
    const QString statement = table.keysStatement();
    if (!statement.isEmpty() && !m_journal.indexed(table.id())) {
        QElapsedTimer timer;
        timer.start();
        const Status keys = alter(target, table, statement);
        if (!keys) {
            if (!worthRetryingLater(keys.error()))
                return ChunkStream::targetFailed(
                    target, keys.error(), tr("adding the keys of %1").arg(table.id()), timer.elapsed());
            log(tr("%1: adding its keys is tried again after the other tables (%2).")
                    .arg(table.id(), keys.error().serverMessage));
            QMutexLocker lock(&m_mutex);
            m_postponed << index;
            return Done{};
        }
        m_keysMs += timer.elapsed();
        log(tr("%1: %n key(s) added in %2 s.", nullptr,
               int(table.deferredClauses.size()) - table.foreignKeyCount())
                .arg(table.id())
                .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1));
    }
    m_tally.tableFinished();
    return m_journal.recordIndexed(table.id());
}

Status ChunkedCopy::fail(const EngineError& error)
{
    {
        QMutexLocker lock(&m_mutex);
        if (!m_failure && !m_seeder.m_cancelled)
            m_failure = error;
    }
    if (!m_failed.exchange(true))
        m_seeder.abortAll(); // the other workers stop at once, not after their chunk
    return error;
}

void ChunkedCopy::log(const QString& line)
{
    QMutexLocker lock(&m_mutex);
    if (m_request.log)
        m_request.log(line);
}
