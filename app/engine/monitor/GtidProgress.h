#pragma once

#include "ServerSnapshot.h"

#include <optional>

// Where a replica positioned by GTID stands against its source: what it has applied and
// received, and how many transactions it is behind (when both sides' GTIDs are readable).
struct GtidProgress
{
    QString mode; // MariaDB Using_Gtid (Slave_Pos, Current_Pos); MySQL "auto-position"
    QString applied; // MariaDB gtid_slave_pos; MySQL Executed_Gtid_Set
    QString received; // MariaDB Gtid_IO_Pos; MySQL Retrieved_Gtid_Set
    QString sourceHas; // the source's gtid_binlog_pos / gtid_executed (empty when unknown)
    std::optional<quint64> behind;

    // nullopt when the replica does not position by GTID (or is no replica).
    static std::optional<GtidProgress> of(const ServerSnapshot& replica, const ServerSnapshot* source);
};
