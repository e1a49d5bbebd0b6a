// The tool's copy step alone, for bench/seed_bench.sh: copies the tables of a profile's schemas
// from its (stopped) staging replica to its target with the chunked copy engine, as the setup's
// "Copy the data" step does, and prints "copy: <seconds> s, peak rss <MB> MB" and the rates.
// Usage: bench_seed_copy --profile P --secrets S [--seeder chunked|dump] [--workers N] [--chunk-mib M]
#include "db/ServerSession.h"
#include "db/SqlText.h"
#include "profile/Profile.h"
#include "profile/SecretsFile.h"
#include "seeding/ChunkedLoadSeeder.h"
#include "seeding/DumpPipeSeeder.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>

#include <cstdio>
#include <memory>

namespace {

qint64 peakRssKib()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    static const QRegularExpression hwm(QStringLiteral("VmHWM:\\s+(\\d+) kB"));
    return hwm.match(QString::fromLatin1(status.readAll())).captured(1).toLongLong();
}

int fail(const QString& message)
{
    std::fprintf(stderr, "%s\n", qPrintable(message));
    return 2;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    ServerSession::initializeLibrary();
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("profile"), QStringLiteral("Profile."), QStringLiteral("file")});
    parser.addOption({QStringLiteral("secrets"), QStringLiteral("Secrets file."), QStringLiteral("file")});
    parser.addOption(
        {QStringLiteral("seeder"), QStringLiteral("chunked or dump."), QStringLiteral("engine")});
    parser.addOption({QStringLiteral("chunk-mib"), QStringLiteral("Chunk size."), QStringLiteral("MiB")});
    parser.addOption({QStringLiteral("workers"), QStringLiteral("Workers."), QStringLiteral("n")});
    parser.process(app);
    const Result<Profile> profile = ProfileFile::load(parser.value(QStringLiteral("profile")));
    if (!profile)
        return fail(profile.error().toText());
    const Result<SecretsFile> secrets = SecretsFile::load(parser.value(QStringLiteral("secrets")));
    if (!secrets)
        return fail(secrets.error().toText());

    SeedRequest request;
    request.from = profile->staging;
    request.fromPassword = secrets->password(ServerRole::Staging);
    request.to = profile->target;
    request.toPassword = secrets->password(ServerRole::Target);
    request.schemas = profile->databases;
    request.pipelines = DumpPipeSeeder::pipelinesFor(profile->seedPipelines);
    request.chunkBytes = qint64(profile->seedChunkMib) * 1024 * 1024;
    if (parser.isSet(QStringLiteral("chunk-mib")))
        request.chunkBytes = parser.value(QStringLiteral("chunk-mib")).toLongLong() * 1024 * 1024;
    if (parser.isSet(QStringLiteral("workers")))
        request.pipelines = parser.value(QStringLiteral("workers")).toInt();
    ServerSession staging(request.from);
    if (const Status opened = staging.open(request.fromPassword); !opened)
        return fail(opened.error().toText());
    const Result<ResultSet> views = staging.query(
        QStringLiteral(
            "SELECT CONCAT(TABLE_SCHEMA, '.', TABLE_NAME) AS v FROM information_schema.VIEWS WHERE "
            "TABLE_SCHEMA IN (%1)")
            .arg(SqlText::literalList(request.schemas)));
    if (!views)
        return fail(views.error().toText());
    for (int row = 0; row < views->rowCount(); ++row)
        request.skippedTables << views->text(row, u"v");

    const bool dump = parser.value(QStringLiteral("seeder")) == QLatin1String("dump");
    std::unique_ptr<Seeder> seeder = dump ? std::unique_ptr<Seeder>(std::make_unique<DumpPipeSeeder>())
                                          : std::make_unique<ChunkedLoadSeeder>();
    request.log = [](const QString& line) {
        std::fprintf(stderr, "%s\n", qPrintable(line));
    };
    SeedProgress last;
    QElapsedTimer timer;
    timer.start();
    const Status copied = seeder->seed(request, [&last](const SeedProgress& progress) { last = progress; });
    const double seconds = double(timer.elapsed()) / 1000.0;
    if (!copied)
        return fail(copied.error().toText());
    std::printf("copy: %.2f s, peak rss %.1f MB\n", seconds, double(peakRssKib()) / 1024.0);
    std::printf("moved: %lld rows, %.1f MiB (%.1f MiB/s), %d tables, %d workers\n",
                static_cast<long long>(last.rows), double(last.bytes) / 1048576.0,
                double(last.bytes) / 1048576.0 / qMax(0.001, seconds), last.tablesTotal, request.pipelines);
    return 0;
}
