#pragma once

#include "Seeder.h"

#include <QCoreApplication>

#include <atomic>

class ClientDefaultsFile;
class SeedProgressTally;

// mariadb-dump (or mysqldump) of the source streamed straight into the mariadb (or mysql) client
// on the target: no intermediate file. Credentials go through private defaults files. The copy
// counts only when every dump exits 0 and ends with "-- Dump completed", and every load exits 0.
//
// Several pipelines may run at once, each with whole schemas. Each dump is its own snapshot, so
// this is only consistent because the server dumped from does not change during the copy (the
// staging replica is stopped, or writes are frozen), which the runner re-checks afterwards.
class DumpPipeSeeder : public Seeder
{
    Q_DECLARE_TR_FUNCTIONS(DumpPipeSeeder)

public:
    Status seed(const SeedRequest& request, const ProgressCallback& progress) override;
    void cancel() override { m_cancelled = true; }

    // The dump tool's arguments after the defaults file (shown in the plan, no secret in them):
    // tables and their rows only. Views (`skippedTables`, as schema.name), routines, triggers and
    // events are created afterwards by SchemaObjectCopier, with the definer policy.
    static QStringList dumpArguments(const QStringList& schemas, const QStringList& skippedTables);
    static QStringList loadArguments();

    // One dump|load pipeline: the dump tool's and the client's arguments after their defaults files.
    struct Pipeline
    {
        QStringList dump;
        QStringList load;
    };
    // Every pipeline of a request: the schemas spread over `pipelines`, plus (when the request
    // names any) RDS's own tables into the target's mysql schema.
    static QList<Pipeline> pipelinesOf(const SeedRequest& request);
    // The plan's and the audit log's spelling of a pipeline (no secret in it).
    static QString describe(const Pipeline& pipeline);
    static QString dumpProgram();
    static QString loadProgram();

    // Schemas spread over at most `pipelines` groups of about equal size, largest first.
    static QList<QStringList> partition(const QStringList& schemas, const QHash<QString, qint64>& bytes,
                                        int pipelines);
    // How many pipelines a profile's seed_pipelines asks for (0: one per core, at most 4).
    static int pipelinesFor(int configured);

private:
    // What every dump of the copy uses: one consistent snapshot, rows only, exact bytes, UTC.
    static QStringList commonDumpArguments();

    Status runPipeline(const Pipeline& pipeline, const QString& keepPath, const SeedRequest& request,
                       const ClientDefaultsFile& from, const ClientDefaultsFile& to,
                       SeedProgressTally& tally);
    bool stopping() const { return m_cancelled || m_failed; }
    static EngineError loadFailed(const QString& clientOutput);

    std::atomic_bool m_cancelled{false};
    std::atomic_bool m_failed{false}; // one pipeline failed: the others stop too
};
