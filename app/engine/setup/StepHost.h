#pragma once

#include "db/Result.h"
#include "db/ResultSet.h"
#include "db/ServerRole.h"

class Seeder;
struct SeedProgress;

// What a step needs from whoever runs it: the runner (reads and changes logged and audited,
// cancel) or the planner (reads only, nothing changes).
class StepHost
{
public:
    virtual ~StepHost() = default;
    // Reads: may run while planning.
    virtual Result<ResultSet> query(ServerRole role, const QString& sql) = 0;
    // Changes: only while running.
    virtual Status execute(ServerRole role, const QString& sql) = 0;
    virtual void log(const QString& line) = 0;
    virtual void note(const QString& auditNote) = 0;
    virtual bool cancelled() const = 0;
    virtual void reportSeedProgress(const SeedProgress& progress) = 0;
    virtual Seeder* seeder() = 0;
};
