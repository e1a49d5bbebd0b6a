#pragma once

#include "db/ConnectionSpec.h"
#include "db/Result.h"

#include <QCoreApplication>
#include <QDateTime>

// When a binary log file was started, as the source itself recorded it: the timestamp of the
// file's format description event, read over the replication protocol (no SQL statement tells
// it). Needs REPLICATION SLAVE, which the RDS master user has. Opens its own connection, since
// the replication protocol takes the connection over. It announces `readerServerId`, which must
// be one no replica of the source uses (see BinlogReaderId), and stops at the end of the binlog.
class BinlogFileClock
{
    Q_DECLARE_TR_FUNCTIONS(BinlogFileClock)

public:
    static Result<QDateTime> startedAt(const ConnectionSpec& spec, const QByteArray& password,
                                       const QString& file, quint32 readerServerId);
};
