#pragma once

#include "setup/SetupStepDefinition.h"
#include "setup/SetupSteps.h"
#include "setup/SourceCoordinates.h"

#include <QCoreApplication>

#include <functional>

// What several steps share: where the copy's data is in the source's binlog, and whether the
// source wrote anything but RDS's own tables between two positions.
class StepSupport
{
    Q_DECLARE_TR_FUNCTIONS(StepSupport)

public:
    // The stopped staging replica's executed source position, or the source's current position.
    static Result<SourceCoordinates> currentCoordinates(StepContext& context);
    // The stopped staging replica's executed source position, read over any session (the copy's
    // own, on a worker thread); an error when its SQL thread runs.
    static Result<SourceCoordinates> stagingCoordinates(SqlSession& session, const Dialect& dialect,
                                                        bool rds);
    // The Aurora clone's data: the profile's crash-recovery position, while the clone applies no
    // replication (read over any session).
    static Result<SourceCoordinates> clonePosition(SqlSession& session, const Dialect& dialect,
                                                   const ServerFacts& inspected, const Profile& profile);
    // For the copy's consistency checks on its own sessions: where the origin's data is, read anew
    // (the stopped staging replica's executed position; the clone's crash-recovery position while
    // it stands still). Empty for the write freeze, whose source the run re-reads itself.
    static std::function<Result<QString>(SqlSession&)> copyPositionProbe(const StepContext& context);
    // With GTID positioning: the GTID set the coordinates are at, into coordinates.gtid (MariaDB:
    // BINLOG_GTID_POS() on the source; MySQL: the staging replica's executed set or the source's).
    static Status attachGtid(StepContext& context, SourceCoordinates& coordinates);
    static Status sourceQuietBetween(StepContext& context, const SourceCoordinates& from,
                                     const SourceCoordinates& to);
    // The statement that lets the staging replica replicate again (RDS's procedure or the dialect's).
    static QString resumeStagingStatement(const StepContext& context);
    static EngineError declined(const QString& text);
};
