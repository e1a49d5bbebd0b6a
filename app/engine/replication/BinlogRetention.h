#pragma once

#include <QString>

// How long a source keeps its binary logs. On RDS this is 'binlog retention hours'
// (NULL: purged as soon as RDS no longer needs them); elsewhere the expiry variables.
struct BinlogRetention
{
    enum class Origin
    {
        Unknown,
        RdsConfiguration,
        ServerVariable
    };

    Origin origin = Origin::Unknown;
    bool isSet = false; // false: NULL on RDS, or no expiry on a plain server
    double hours = 0;

    bool known() const { return origin != Origin::Unknown; }
    // RDS's upper limit for 'binlog retention hours' on RDS MySQL and RDS MariaDB.
    static constexpr int RdsMaximumHours = 168;
    // Aurora MySQL 2.11+ and 3 allow 90 days.
    static constexpr int AuroraMaximumHours = 2160;
    static int maximumHours(bool aurora) { return aurora ? AuroraMaximumHours : RdsMaximumHours; }
};
