#pragma once

#include "Seeder.h"

#include <QCoreApplication>
#include <QList>
#include <QMutex>

#include <atomic>

class ServerSession;
struct TableLayout;

// The default copy engine: tables cut into chunks on their key, copied by parallel workers, each
// chunk checked on both servers before it counts.
//
// Every worker reads in its own REPEATABLE READ snapshot, all opened before any row is read and
// bracketed by reads of the origin's position (which must not move), so all of them see the data
// at the copy's coordinates. Tables are created with their primary key only (and the keys the
// chunking or an AUTO_INCREMENT column need); their other keys are added in one ALTER TABLE by
// the worker that loads the table's last chunk, while the others go on loading, and their
// foreign keys at the end, one table at a time (no other DDL may run then: see the .cpp).
// Rows stream from the origin into LOAD DATA LOCAL INFILE on the target (ChunkStream); loader
// sessions run with sql_log_bin=0, unique_checks=0, foreign_key_checks=0 and
// NO_AUTO_VALUE_ON_ZERO. After each chunk, its row count and row hash are compared on both
// servers; a chunk that differs is deleted and copied once more. The chunk journal makes the copy
// resumable inside a table: a resumed copy deletes the interrupted chunks' key ranges on the
// target (truncates a table without a key) and goes on. The largest tables go first, so one
// large table keeps every worker busy. Memory does not grow with table size.
class ChunkedLoadSeeder : public Seeder
{
    Q_DECLARE_TR_FUNCTIONS(ChunkedLoadSeeder)

public:
    ChunkedLoadSeeder();
    ~ChunkedLoadSeeder() override;

    Status seed(const SeedRequest& request, const ProgressCallback& progress) override;
    void cancel() override;

    // Chunks that differed after loading and were copied again (by the last seed).
    int recopiedChunks() const { return m_recopied; }

    // The plan's and the audit log's account of the copy (no secret in it).
    static QString describe(const SeedRequest& request);
    // Rows per chunk for a table: chunks of about `chunkBytes` by its average row length.
    static qint64 rowsPerChunk(const TableLayout& table, qint64 chunkBytes);

private:
    friend class ChunkedCopy;

    // Sessions of the running seed, aborted by cancel() from any thread.
    void track(ServerSession* session);
    void untrackAll();
    void abortAll();

    std::atomic_bool m_cancelled{false};
    std::atomic_int m_recopied{0};
    QMutex m_sessionsMutex;
    QList<ServerSession*> m_sessions;
};
