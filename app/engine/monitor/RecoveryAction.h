#pragma once

#include "BinlogRunway.h"
#include "Diagnosis.h"
#include "Health.h"
#include "StatusCollector.h"

#include <QCoreApplication>

// What the dashboard offers to do about a replica's state, where doing it is safe. Skipping
// events is never offered: it silently loses data. A purged binlog (1236) can only be repaired by
// a new seed, so that is all that is offered then.
enum class RecoveryAction
{
    StartReplica, // the IO thread gave up after a network error, or someone stopped the replica
    RaiseRetention, // the runway is short and the source is RDS
    RestoreFilters, // the target lost its replication filters (a restart)
    Reseed // through the wizard
};

class RecoveryActions
{
    Q_DECLARE_TR_FUNCTIONS(RecoveryActions)

public:
    static QList<RecoveryAction> offeredFor(Health health, const std::optional<Diagnosis>& diagnosis,
                                            const BinlogRunway& runway, bool sourceIsRds);
    static QString label(RecoveryAction action, int retentionHours = 0);
    // The retention the RaiseRetention action sets: double the current, at least 48 h, at most RDS's maximum.
    static int raisedRetentionHours(double currentHours);

    // The server an action runs on, and its statements for that server's snapshot.
    static ServerRole roleFor(RecoveryAction action);
    static QStringList statementsFor(RecoveryAction action, const ServerSnapshot& snapshot);

    // Blocking; run on a worker thread. Connects, runs the statements in order, disconnects.
    static Status run(const StatusCollector::Request& server, const QStringList& statements);
};
