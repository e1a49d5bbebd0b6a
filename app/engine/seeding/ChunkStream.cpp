#include "ChunkStream.h"

#include "LoadDataFormat.h"
#include "SeedChunk.h"
#include "TableLayout.h"
#include "db/ErrorCatalog.h"
#include "db/ServerSession.h"

#include <QElapsedTimer>
#include <QRegularExpression>

#include <cstring>
#include <errmsg.h>
#include <mysql.h>

namespace {

constexpr qsizetype kFeedBytes = 256 * 1024;

// The state the local-infile callbacks share for one LOAD DATA.
struct Feed
{
    MYSQL* origin = nullptr;
    MYSQL_RES* result = nullptr;
    unsigned int fields = 0;
    QByteArray streamName;
    QByteArray pending;
    qsizetype offset = 0;
    bool exhausted = false;
    qint64 rows = 0;
    qint64 bytes = 0;
    QString error;
    EngineError readError;
    QElapsedTimer sinceProgress; // restarted whenever the origin sent a row
    const ChunkStream::BytesCallback* onBytes = nullptr;

    // Encodes further rows into `pending`; false on a read error.
    bool refill()
    {
        pending.clear();
        offset = 0;
        while (!exhausted && pending.size() < kFeedBytes) {
            const MYSQL_ROW row = mysql_fetch_row(result);
            if (!row) {
                if (mysql_errno(origin) != 0) {
                    error = QStringLiteral("%1 (%2)")
                                .arg(QString::fromUtf8(mysql_error(origin)))
                                .arg(mysql_errno(origin));
                    readError = ErrorCatalog::classify(int(mysql_errno(origin)),
                                                       QString::fromUtf8(mysql_error(origin)),
                                                       QString::fromLatin1(mysql_sqlstate(origin)));
                    return false;
                }
                exhausted = true;
                break;
            }
            sinceProgress.restart();
            const unsigned long* lengths = mysql_fetch_lengths(result);
            for (unsigned int field = 0; field < fields; ++field) {
                if (field > 0)
                    pending.append('\t');
                LoadDataFormat::appendField(pending, row[field], lengths[field]);
            }
            pending.append('\n');
            ++rows;
        }
        return true;
    }
};

int feedInit(void** state, const char* fileName, void* userData)
{
    auto* feed = static_cast<Feed*>(userData);
    *state = feed;
    if (feed->streamName != fileName) {
        feed->error = QStringLiteral("the server asked for the file '%1', which this copy did not offer")
                          .arg(QString::fromUtf8(fileName));
        return 1;
    }
    return 0;
}

int feedRead(void* state, char* buffer, unsigned int length)
{
    auto* feed = static_cast<Feed*>(state);
    unsigned int written = 0;
    while (written < length) {
        if (feed->offset >= feed->pending.size()) {
            if (feed->exhausted)
                break;
            if (!feed->refill())
                return -1;
            if (feed->pending.isEmpty())
                break;
        }
        const qsizetype take = qMin<qsizetype>(length - written, feed->pending.size() - feed->offset);
        std::memcpy(buffer + written, feed->pending.constData() + feed->offset, size_t(take));
        feed->offset += take;
        written += unsigned(take);
    }
    feed->bytes += written;
    if (written > 0 && feed->onBytes && *feed->onBytes)
        (*feed->onBytes)(written);
    return int(written);
}

void feedEnd(void*) { }

int feedError(void* state, char* message, unsigned int length)
{
    const auto* feed = static_cast<Feed*>(state);
    const QByteArray text = feed->error.toUtf8();
    if (length > 0) {
        const size_t n = qMin<size_t>(length - 1, size_t(text.size()));
        std::memcpy(message, text.constData(), n);
        message[n] = '\0';
    }
    return CR_UNKNOWN_ERROR;
}

} // namespace

ChunkStream::ChunkStream(ServerSession& origin, ServerSession& target)
    : m_origin(origin)
    , m_target(target)
{
}

Result<ChunkStream::Moved> ChunkStream::copy(const TableLayout& table, const SeedChunk& chunk,
                                             const BytesCallback& onBytes)
{
    MYSQL* origin = m_origin.nativeHandle();
    MYSQL* target = m_target.nativeHandle();
    if (!origin || !target)
        return EngineError::local(tr("Not connected."));
    const QString where = tr("%1, chunk %2").arg(table.id()).arg(chunk.ordinal + 1);
    QElapsedTimer started;
    started.start();

    const QByteArray select = LoadDataFormat::selectStatement(table, chunk).toUtf8();
    if (mysql_real_query(origin, select.constData(), select.size()) != 0)
        return originFailed(m_origin, m_origin.nativeError(), where, started.elapsed());
    Feed feed;
    feed.origin = origin;
    feed.sinceProgress.start();
    feed.result = mysql_use_result(origin);
    if (!feed.result)
        return originFailed(m_origin, m_origin.nativeError(), where, started.elapsed());
    feed.fields = mysql_num_fields(feed.result);
    feed.streamName = QStringLiteral("chunk-%1-%2").arg(table.id()).arg(chunk.ordinal).toUtf8();
    feed.onBytes = &onBytes;

    mysql_set_local_infile_handler(target, feedInit, feedRead, feedEnd, feedError, &feed);
    const QByteArray load = LoadDataFormat::loadStatement(table, QString::fromUtf8(feed.streamName)).toUtf8();
    const int loaded = mysql_real_query(target, load.constData(), load.size());
    const unsigned int warnings = loaded == 0 ? mysql_warning_count(target) : 0;
    const QString info
        = loaded == 0 && mysql_info(target) ? QString::fromUtf8(mysql_info(target)) : QString();
    mysql_set_local_infile_default(target);
    const EngineError loadError = loaded != 0 ? m_target.nativeError() : EngineError{};
    const qint64 quiet = feed.sinceProgress.elapsed();
    // The rest of the chunk is read and dropped when the load stopped early.
    mysql_free_result(feed.result);

    if (feed.readError.code != 0)
        return originFailed(m_origin, feed.readError, where, quiet);
    if (!feed.error.isEmpty())
        return EngineError::local(tr("Copying %1 failed: %2").arg(where, feed.error));
    if (loaded != 0)
        return targetFailed(m_target, loadError, where, quiet);

    static const QRegularExpression counts(
        QStringLiteral("Records: (\\d+)\\s+Deleted: (\\d+)\\s+Skipped: (\\d+)"));
    const QRegularExpressionMatch match = counts.match(info);
    const qint64 records = match.hasMatch() ? match.captured(1).toLongLong() : -1;
    const qint64 skipped = match.hasMatch() ? match.captured(3).toLongLong() : 0;
    if (warnings > 0 || skipped > 0) {
        QStringList details;
        Result<ResultSet> shown = m_target.query(QStringLiteral("SHOW WARNINGS LIMIT 3"));
        if (shown) {
            for (int row = 0; row < shown->rowCount(); ++row)
                details << QStringLiteral("%1 %2").arg(shown->text(row, u"Code"),
                                                       shown->text(row, u"Message"));
        }
        return EngineError::local(
            tr("Loading %1 into the target gave %2 warning(s) and skipped %3 row(s): %4")
                .arg(where)
                .arg(warnings)
                .arg(skipped)
                .arg(details.join(QStringLiteral("; "))),
            tr("The target would not hold exactly the origin's rows. Fix the cause (often a column type or "
               "sql_mode the target does not accept), or copy with seeder=dump."));
    }
    if (records >= 0 && records != feed.rows)
        return EngineError::local(
            tr("Loading %1: %2 rows were sent, the target took %3.").arg(where).arg(feed.rows).arg(records));
    return Moved{feed.rows, feed.bytes};
}

namespace {

// Connector/C's codes for a connection that timed out or went away mid-call.
bool connectionLost(const EngineError& error)
{
    return error.code == CR_SERVER_LOST || error.code == CR_SERVER_GONE_ERROR || error.code == 4031;
}

EngineError hung(const ServerSession& session)
{
    const int seconds = session.spec().readTimeoutSeconds;
    return EngineError::local(
        ChunkStream::tr("No progress from the %1 for %2 s: it does not answer (hung, overloaded, "
                        "or the network dropped the connection).")
            .arg(session.spec().describe())
            .arg(seconds),
        ChunkStream::tr("Check the server and the network, then resume the setup "
                        "(replica-wizard-cli setup --resume); the copy continues where it "
                        "stopped."));
}

bool quietForItsTimeout(const ServerSession& session, const EngineError& error, qint64 quietMs)
{
    return connectionLost(error) && quietMs + 1000 >= qint64(session.spec().readTimeoutSeconds) * 1000;
}

} // namespace

EngineError ChunkStream::originFailed(const ServerSession& origin, const EngineError& error,
                                      const QString& what, qint64 quietMs)
{
    if (quietForItsTimeout(origin, error, quietMs))
        return hung(origin);
    return error.withContext(tr("Reading %1 from the %2").arg(what, origin.spec().describe()));
}

EngineError ChunkStream::targetFailed(const ServerSession& target, const EngineError& error,
                                      const QString& what, qint64 quietMs)
{
    if (quietForItsTimeout(target, error, quietMs))
        return hung(target);
    return error.withContext(tr("Loading into the target failed (%1)").arg(what));
}
