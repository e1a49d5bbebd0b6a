#pragma once

#include "setup/SetupStepDefinition.h"
#include "setup/SetupSteps.h"
#include "setup/SourceCoordinates.h"

#include <QCoreApplication>

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
    // With GTID positioning: the GTID set the coordinates are at, into coordinates.gtid (MariaDB:
    // BINLOG_GTID_POS() on the source; MySQL: the staging replica's executed set or the source's).
    static Status attachGtid(StepContext& context, SourceCoordinates& coordinates);
    static Status sourceQuietBetween(StepContext& context, const SourceCoordinates& from,
                                     const SourceCoordinates& to);
    // The statement that lets the staging replica replicate again (RDS's procedure or the dialect's).
    static QString resumeStagingStatement(const StepContext& context);
    static EngineError declined(const QString& text);
};
