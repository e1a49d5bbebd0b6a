#include "StepSupport.h"
#include "Steps.h"
#include "db/SqlText.h"
#include "replication/RdsHousekeepingTables.h"
#include "seeding/ChunkedLoadSeeder.h"
#include "seeding/DumpPipeSeeder.h"
#include "setup/SetupChecks.h"

namespace {

// The tables and rows of the chosen schemas, dumped from the stopped staging replica (or the
// frozen source) and streamed into the target.
class SeedStep : public SetupStepDefinition
{
    Q_DECLARE_TR_FUNCTIONS(SeedStep)

public:
    SetupStep::Id id() const override { return SetupStep::Id::Seed; }
    QString title() const override { return tr("Copy the data to the target"); }
    SetupStep::Kind kind() const override { return SetupStep::Kind::Confirm; }
    ServerRole role(const Profile&) const override { return ServerRole::Target; }

    QString description(StepContext& context) const override
    {
        const Profile& profile = context.profile();
        const QString from = ServerRoles::displayName(context.copyRole());
        const QString schemas = context.schemas().join(QStringLiteral(", "));
        const int workers = DumpPipeSeeder::pipelinesFor(profile.seedPipelines);
        const QString housekeeping
            = tr("RDS's own tables (mysql.rds_*) come along into the target's mysql schema, so that RDS's "
                 "housekeeping writes apply there harmlessly should the filters be lost.");
        if (profile.seeder == SeedEngine::Chunked)
            return tr("The tables of %1 (schemas: %2) are copied into the target by %3 parallel workers, "
                      "each "
                      "reading a consistent snapshot of %1 (its position is checked before, once the "
                      "snapshots "
                      "are open, and after). Each table is created with its primary key, cut into chunks on "
                      "its key and streamed into LOAD DATA LOCAL INFILE; each chunk's row count and row hash "
                      "are compared on both servers before it counts, and the table's other keys are added "
                      "once its rows are in, its foreign keys once every table is in. Schemas of the same "
                      "names on the target are "
                      "replaced. The copy is journaled: a resumed setup continues inside a table.")
                       .arg(from, schemas)
                       .arg(workers)
                + QLatin1Char(' ') + housekeeping;
        return tr("A consistent dump of the tables of %1 (schemas: %2) is streamed into the target. Schemas "
                  "of the same names on the target are replaced. With several schemas, up to %3 such "
                  "pipelines "
                  "run in parallel, each with whole schemas; this is consistent because %1 does not change "
                  "during the copy, which a later step checks.")
                   .arg(from, schemas)
                   .arg(workers)
            + QLatin1Char(' ') + housekeeping
            + (profile.keepDumpDir.isEmpty() ? QString()
                                             : QLatin1Char(' ')
                       + tr("A gzip copy of the dump is also kept in %1.").arg(profile.keepDumpDir));
    }

    Result<StepWork> work(StepContext& context) const override
    {
        StepWork work;
        const Profile& profile = context.profile();
        const ServerRole from = context.copyRole();
        SeedRequest request;
        request.from = profile.connection(from);
        request.to = profile.target;
        request.schemas = context.schemas();
        for (const SchemaObject& object : context.connections().objects) {
            if (object.kind == SchemaObject::Kind::View)
                request.skippedTables << object.schema + QLatin1Char('.') + object.name;
        }
        request.pipelines = DumpPipeSeeder::pipelinesFor(profile.seedPipelines);
        request.keepCopyDir = profile.keepDumpDir;
        request.chunkBytes = qint64(profile.seedChunkMib) * 1024 * 1024;
        request.stallSeconds = profile.seedStallSeconds;
        QStringList overwritten;
        if (context.has(from) && context.has(ServerRole::Target)) {
            const QString schemas = SqlText::literalList(request.schemas);
            Result<ResultSet> size = context.query(
                from,
                QStringLiteral(
                    "SELECT TABLE_SCHEMA AS s, COALESCE(SUM(DATA_LENGTH), 0) AS bytes, COUNT(*) AS "
                    "tables_ FROM information_schema.TABLES WHERE TABLE_SCHEMA IN (%1) AND TABLE_TYPE "
                    "= 'BASE TABLE' GROUP BY TABLE_SCHEMA")
                    .arg(schemas));
            if (!size)
                return size.error();
            for (int row = 0; row < size->rowCount(); ++row) {
                const qint64 bytes = size->text(row, u"bytes").toLongLong();
                request.schemaBytes.insert(size->text(row, u"s"), bytes);
                request.estimatedBytes += bytes;
                request.tableCount += size->text(row, u"tables_").toInt();
            }
            StepReader target = context.reader(ServerRole::Target);
            const Result<QStringList> existing = SetupChecks::existingSchemas(target, request.schemas);
            if (!existing)
                return existing.error();
            overwritten = existing.value();
            StepReader origin = context.reader(from);
            const Result<QStringList> housekeeping = RdsHousekeepingTables::tables(origin);
            if (!housekeeping)
                return housekeeping.error();
            request.housekeepingTables = housekeeping.value();
            request.tableCount += int(request.housekeepingTables.size());
        }
        if (profile.seeder == SeedEngine::Chunked) {
            work.statements << PlannedStatement{ServerRole::Target, ChunkedLoadSeeder::describe(request),
                                                true};
        } else {
            for (const DumpPipeSeeder::Pipeline& pipeline : DumpPipeSeeder::pipelinesOf(request))
                work.statements << PlannedStatement{ServerRole::Target, DumpPipeSeeder::describe(pipeline),
                                                    true};
        }
        work.question = overwritten.isEmpty()
            ? tr("Copy %1 (about %2 MiB) from the %3 into the target?")
                  .arg(request.schemas.join(QStringLiteral(", ")))
                  .arg(request.estimatedBytes / (1024 * 1024))
                  .arg(ServerRoles::displayName(from))
            : tr("Copy %1 into the target, REPLACING its schemas %2?")
                  .arg(request.schemas.join(QStringLiteral(", ")), overwritten.join(QStringLiteral(", ")));
        work.declined = tr("Declined: nothing was copied.");
        context.seedRequest = request;
        return work;
    }

    Status perform(StepContext& context, const StepWork& work) const override
    {
        context.targetTouched = true;
        SeedRequest request = context.seedRequest;
        request.fromPassword = context.passwords.value(context.copyRole());
        request.toPassword = context.passwords.value(ServerRole::Target);
        request.journalPath = context.copyJournalPath;
        request.resume = context.resumedJournal != nullptr;
        // The copy's own account (recopied chunks, keys added, where the time went): in the log
        // and in the audit log. Called from the copy's workers, one at a time.
        request.log = [&context](const QString& line) {
            context.log(line);
            context.host().note(QStringLiteral("seed: ") + line);
        };
        request.positionProbe = StepSupport::copyPositionProbe(context);
        for (const PlannedStatement& pipeline : work.statements)
            context.host().note(QStringLiteral("seed: ") + pipeline.sql);
        if (context.profile().seeder == SeedEngine::Dump && work.statements.size() > 1)
            context.log(tr("The copy runs as %n parallel pipelines, each with whole schemas.", nullptr,
                           int(work.statements.size())));
        Seeder* seeder = context.host().seeder();
        if (!seeder)
            return EngineError::local(tr("No copy engine is available."));
        const Status copied = seeder->seed(request, [&context](const SeedProgress& progress) {
            context.host().reportSeedProgress(progress);
        });
        context.host().note(copied ? QStringLiteral("seed: OK")
                                   : QStringLiteral("seed: ") + copied.error().toText());
        return copied;
    }
};

} // namespace

std::unique_ptr<SetupStepDefinition> Steps::seed()
{
    return std::make_unique<SeedStep>();
}
