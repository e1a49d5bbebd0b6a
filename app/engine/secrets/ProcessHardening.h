#pragma once

// Keeps passwords held in memory out of core files: release builds turn core dumps off and mark
// the process non-dumpable (which also keeps other users' debuggers out). Call first in main().
namespace ProcessHardening {

void apply();

} // namespace ProcessHardening
