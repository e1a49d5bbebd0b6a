#pragma once

#include <QString>

class SandboxFixture;

// Checks shared by the integration tests; each returns what is wrong, or an empty string.
namespace ReplicaChecks {

// Waits until the target has executed everything the source logged, without errors.
QString targetCaughtUp(const SandboxFixture& sandbox, int timeoutMs = 60000);
// CHECKSUM TABLE of every base table in schemas LIKE `schemaPattern`, source against target.
QString checksumsDiffer(const SandboxFixture& sandbox,
                        const QString& schemaPattern = QStringLiteral("shop%"));

// The state the run journal of this profile records for a step: "done", "running", "failed", ""
QString journalState(const QString& profilePath, const QString& step);

} // namespace ReplicaChecks
