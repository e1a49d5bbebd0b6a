#pragma once

#include "SeedProgress.h"
#include "SeedRequest.h"
#include "db/Result.h"

#include <functional>

// Copies schemas from one server to another. Blocking: runs on a worker thread; cancel() may be
// called from any thread, also before seed() starts, and is final for this seeder. A faster engine can
// replace the dump pipe behind this interface.
class Seeder
{
public:
    using ProgressCallback = std::function<void(const SeedProgress&)>;

    virtual ~Seeder() = default;
    virtual Status seed(const SeedRequest& request, const ProgressCallback& progress) = 0;
    virtual void cancel() = 0;
};
