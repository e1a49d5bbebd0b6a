#include "BinlogFileClock.h"

#include "db/ServerSession.h"

#include <memory>
#include <mysql.h>

// After mysql.h, which it needs.
#include <mariadb_rpl.h>

Result<QDateTime> BinlogFileClock::startedAt(const ConnectionSpec& spec, const QByteArray& password,
                                             const QString& file, quint32 readerServerId)
{
    ServerSession session(spec);
    const Status opened = session.open(password);
    if (!opened)
        return opened.error();
    // Tell the source we understand its checksums, as a replica does.
    const Status checksum
        = session.execute(QStringLiteral("SET @master_binlog_checksum = @@global.binlog_checksum"));
    if (!checksum)
        return checksum.error();
    const Status capability = session.execute(QStringLiteral("SET @mariadb_slave_capability = 4"));
    if (!capability)
        return capability.error();
    // MySQL tells replicas apart by this UUID when one is given: a fresh one matches no replica.
    const Status uuid
        = session.execute(QStringLiteral("SET @slave_uuid = UUID(), @replica_uuid = @slave_uuid"));
    if (!uuid)
        return uuid.error();

    const std::unique_ptr<MARIADB_RPL, decltype(&mariadb_rpl_close)> rpl(
        mariadb_rpl_init(session.nativeHandle()), &mariadb_rpl_close);
    if (!rpl)
        return EngineError::local(tr("The replication protocol is not available."));
    const QByteArray name = file.toUtf8();
    mariadb_rpl_optionsv(rpl.get(), MARIADB_RPL_FILENAME, name.constData(), size_t(name.size()));
    mariadb_rpl_optionsv(rpl.get(), MARIADB_RPL_START, 4UL);
    if (readerServerId == 0)
        return EngineError::local(tr("No server id was chosen for reading the binary log."));
    mariadb_rpl_optionsv(rpl.get(), MARIADB_RPL_SERVER_ID, unsigned(readerServerId));
    // Non-blocking: the source ends the stream at the end of its binlogs instead of waiting.
    mariadb_rpl_optionsv(rpl.get(), MARIADB_RPL_FLAGS, unsigned(MARIADB_RPL_BINLOG_DUMP_NON_BLOCK));
    if (mariadb_rpl_open(rpl.get()) != 0)
        return session.nativeError();
    // The stream starts with a fake rotate event (timestamp 0), then the file's format description.
    for (int events = 0; events < 8; ++events) {
        MARIADB_RPL_EVENT* event = mariadb_rpl_fetch(rpl.get(), nullptr);
        if (!event)
            return session.nativeError();
        const bool found = event->event_type == FORMAT_DESCRIPTION_EVENT && event->timestamp != 0;
        const uint timestamp = event->timestamp;
        mariadb_free_rpl_event(event);
        if (found)
            return QDateTime::fromSecsSinceEpoch(qint64(timestamp), Qt::UTC);
    }
    return EngineError::local(tr("%1 does not start with a format description event.").arg(file));
}
