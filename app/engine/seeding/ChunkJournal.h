#pragma once

#include "SeedChunk.h"
#include "db/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QMutex>
#include <QSet>
#include <QStringList>

#include <memory>

class QFile;
class QJsonObject;

// The fast copy's crash-safe record, one JSON line per event, each flushed to disk (fsync) before
// the copy goes on: the schemas, each table's chunks (their key bounds), and which tables were
// created, which chunks started and were loaded and checked, which tables have their keys and
// which their foreign keys.
// A resumed copy skips what is recorded as done and copies a started chunk again. A torn last
// line (a kill while writing) is ignored. Holds no secret; key bounds are the tables' own values,
// so the file is private to the user. Thread-safe.
class ChunkJournal
{
    Q_DECLARE_TR_FUNCTIONS(ChunkJournal)

public:
    ChunkJournal();
    ~ChunkJournal();

    // Opens the journal at `path` (empty: no journal, nothing is recorded). With `resume`, an
    // existing journal of the same schemas is continued; otherwise it starts afresh.
    Status open(const QString& path, bool resume, const QStringList& schemas);
    bool resumed() const { return m_resumed; }

    bool hasPlan(const QString& table) const;
    QList<SeedChunk> plan(const QString& table) const;
    bool created(const QString& table) const;
    bool done(const QString& table, int ordinal) const;
    bool indexed(const QString& table) const;
    bool hasForeignKeys(const QString& table) const;
    // Chunks started (by this run and those before it) but not recorded as done.
    QSet<int> interrupted(const QString& table) const;

    Status recordPlan(const QString& table, const QList<SeedChunk>& chunks);
    Status recordCreated(const QString& table);
    Status recordStarted(const QString& table, int ordinal);
    Status recordDone(const QString& table, int ordinal, qint64 rows);
    Status recordIndexed(const QString& table);
    Status recordForeignKeys(const QString& table);

    // For tests and benchmarks: the chunks of a table recorded as done since the last resume.
    static Result<QList<int>> doneAfterLastResume(const QString& path, const QString& table);

private:
    Status append(const QJsonObject& line);
    void apply(const QJsonObject& line);

    mutable QMutex m_mutex;
    std::unique_ptr<QFile> m_file;
    bool m_resumed = false;
    QHash<QString, QList<SeedChunk>> m_plans;
    QSet<QString> m_created;
    QSet<QString> m_indexed;
    QSet<QString> m_foreignKeys;
    QHash<QString, QSet<int>> m_started;
    QHash<QString, QSet<int>> m_done;
};
