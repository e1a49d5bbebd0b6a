#pragma once

#include "ServerSnapshot.h"

#include <QCoreApplication>
#include <QDateTime>

// How long the target may stay disconnected before the source purges the binlog it still needs.
//
// The target needs the file it has executed up to. The source purges a file once it is older
// than the retention, and a file's age starts when the next file starts (it is written until
// then): so the file is safe until the next file's start plus the retention. While the target is
// on the source's current file, that is at least the whole retention. When the next file's start
// is not known, the target's data time (last heartbeat applied, or now minus
// Seconds_Behind_Master) plus the retention is used instead: a lower bound.
struct BinlogRunway
{
    Q_DECLARE_TR_FUNCTIONS(BinlogRunway)

public:
    enum class State
    {
        Unknown, // no retention or no data time known
        Unlimited, // a source outside RDS without binlog expiry
        Ok,
        Shrinking, // under a quarter of the retention, or under 6 hours
        Critical // under an hour, or already past: the target may need a new seed
    };

    State state = State::Unknown;
    qint64 seconds = 0;
    QString text; // translated, one line

    static BinlogRunway estimate(const ServerSnapshot& source, const ServerSnapshot* target,
                                 const std::optional<QDateTime>& targetDataTime, const QDateTime& now);
    // The target's data time from this snapshot, when it tells.
    static std::optional<QDateTime> dataTime(const ServerSnapshot& target);
};
