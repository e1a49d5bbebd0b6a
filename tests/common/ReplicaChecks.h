#pragma once

#include <QString>

class SandboxFixture;

// Checks shared by the integration tests; each returns what is wrong, or an empty string.
namespace ReplicaChecks {

// Waits until the target has executed everything the source logged, without errors.
QString targetCaughtUp(const SandboxFixture& sandbox, int timeoutMs = 60000);
// Holds off the applications' writes (as a DBA would), waits until the target caught up, and
// compares every table (CHECKSUM TABLE, or the row hash where that is unreliable) and the number
// of views, routines, triggers and events of the copied schemas, source against target.
QString targetMatchesSource(const SandboxFixture& sandbox);

// What a failed setup must leave as it was, on every server: schemas, accounts, replica settings
// and the source's binlog retention. Compare it before and after.
QString serversFingerprint(const SandboxFixture& sandbox);

// The state the run journal of this profile records for a step: "done", "running", "failed", ""
QString journalState(const QString& profilePath, const QString& step);

// Starts `setup --yes` on the profile and kills it with SIGKILL as soon as its journal records
// `step` as running or done (midCopy: and the copy has reported progress). What went wrong (the
// step never came, the run did not die by the signal), or an empty string.
QString killSetupAt(const QString& profilePath, const QString& secretsPath, const QString& step,
                    bool midCopy);

} // namespace ReplicaChecks
