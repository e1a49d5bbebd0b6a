#pragma once

#include "ReplicaStatus.h"

#include <QStringList>

class Dialect;
struct Profile;

// The replication filters a setup's target needs, and whether a target still has them. Neither
// SET GLOBAL (MariaDB) nor CHANGE REPLICATION FILTER (MySQL) survives a restart, so they are
// also written as configuration lines, and status checks them on every look.
struct ReplicationFilters
{
    QStringList ignorePatterns; // RDS's own tables: mysql.rds%
    QStringList doPatterns; // only the copied schemas (and the heartbeat's), when not all were

    static ReplicationFilters forProfile(const Profile& profile);
    // "schema.%" with '_' and '%' in the schema name escaped, so it matches that schema only.
    static QString schemaPattern(const QString& schema);

    // The statements that set them (the replica's SQL thread must be stopped).
    QStringList statements(const Dialect& dialect) const;
    // Setting them again on a running replica: SQL thread stopped, filters set, SQL thread started
    // (it then skips the event a lost filter let through).
    QStringList restoreStatements(const Dialect& dialect) const;
    bool isEmpty() const { return ignorePatterns.isEmpty() && doPatterns.isEmpty(); }
    QStringList configLines(const Dialect& dialect) const;
    // Patterns the replica's status does not show: empty when it has every filter.
    QStringList missingOn(const ReplicaStatus& status) const;
};
