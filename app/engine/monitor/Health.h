#pragma once

#include "ServerSnapshot.h"

#include <QCoreApplication>
#include <QString>

// A replica's (or the source's) health, shared by the CLI and the GUI.
enum class Health
{
    Ok,
    Lagging,
    Connecting,
    IoError,
    SqlError,
    Stopped,
    FiltersMissing, // replicates, but lost filters it needs: the next filtered write stops it
    Unreachable,
    NotReplica,
    Unknown
};

// Monitoring-plugin exit codes.
enum class Severity
{
    Ok = 0,
    Warning = 1,
    Critical = 2,
    Unknown = 3
};

struct HealthThresholds
{
    qint64 lagWarningSeconds = 60;
};

class HealthClassifier
{
    Q_DECLARE_TR_FUNCTIONS(HealthClassifier)

public:
    static Health classifyReplica(const ServerSnapshot& snapshot, const HealthThresholds& thresholds = {});
    static Health classifySource(const ServerSnapshot& snapshot);
    // The source's or a replica's health, by the snapshot's role.
    static Health classify(const ServerSnapshot& snapshot, const HealthThresholds& thresholds = {});
    static Severity severity(Health health);
    static Severity worst(Severity a, Severity b);
    static QString key(Health health); // "io_error"
    static QString displayName(Health health); // translated
    static QString severityKey(Severity severity);
};
