#pragma once

#include "db/Result.h"

#include <QCoreApplication>

#include <functional>

class ServerSession;
struct SeedChunk;
struct TableLayout;

// Moves one chunk: the origin's rows are read unbuffered (mysql_use_result) and handed, row by
// row, to a LOAD DATA LOCAL INFILE on the target through Connector/C's local-infile callbacks:
// no file, no second copy of the chunk in memory (a few hundred KiB at a time). The target may
// only ask for the stream this object named; any other file name is refused. A LOAD DATA that
// reports a warning or a skipped row fails the chunk with the server's first warnings.
class ChunkStream
{
    Q_DECLARE_TR_FUNCTIONS(ChunkStream)

public:
    struct Moved
    {
        qint64 rows = 0;
        qint64 bytes = 0;
    };
    using BytesCallback = std::function<void(qint64 bytes)>;

    ChunkStream(ServerSession& origin, ServerSession& target);
    Result<Moved> copy(const TableLayout& table, const SeedChunk& chunk, const BytesCallback& onBytes);

    // A failure of one side of the copy, said as the DBA needs it: a server that sent nothing for
    // its whole read timeout is hung (or the network dropped it); anything else on the target is
    // a failed load, on the origin a failed read. `what` names the chunk or the work.
    static EngineError originFailed(const ServerSession& origin, const EngineError& error,
                                    const QString& what, qint64 quietMs);
    static EngineError targetFailed(const ServerSession& target, const EngineError& error,
                                    const QString& what, qint64 quietMs);

private:
    ServerSession& m_origin;
    ServerSession& m_target;
};
