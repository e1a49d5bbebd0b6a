#pragma once

#include "Seeder.h"

#include <QCoreApplication>

#include <atomic>

// mariadb-dump (or mysqldump) of the source streamed straight into the mariadb (or mysql) client
// on the target: no intermediate file. Credentials go through private defaults files. The copy
// counts only when the dump exits 0 and ends with "-- Dump completed", and the load exits 0.
class DumpPipeSeeder : public Seeder
{
    Q_DECLARE_TR_FUNCTIONS(DumpPipeSeeder)

public:
    Status seed(const SeedRequest& request, const ProgressCallback& progress) override;
    void cancel() override { m_cancelled = true; }

    // The dump tool's arguments after the defaults file (shown in the plan, no secret in them).
    static QStringList dumpArguments(const QStringList& schemas);
    static QStringList loadArguments();
    static QString dumpProgram();
    static QString loadProgram();

private:
    std::atomic_bool m_cancelled{false};
};
