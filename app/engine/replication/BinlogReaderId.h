#pragma once

#include "db/Result.h"

#include <QList>
#include <QSet>
#include <QString>

#include <optional>

class Dialect;
class SqlSession;

// The server id the tool announces when it reads a source's binlog over the replication protocol.
// A source disconnects an earlier replica that announces the same id (error 4052, "A slave with
// the same server_uuid/server_id"), and 0 becomes 1 in Connector/C, the default id of many
// external targets: the id must be one no replica of that source uses.
namespace BinlogReaderId {
// Stable for one source (derived from its endpoint), in the upper half of the id range, skipping
// every id in `taken`.
quint32 choose(const QString& sourceEndpoint, const QSet<quint64>& taken);
// The ids of the replicas connected to the source, when the account may list them
// (SHOW SLAVE HOSTS needs REPLICATION MASTER ADMIN on MariaDB, which RDS's master user lacks).
std::optional<QList<quint64>> connectedReplicaIds(SqlSession& source, const Dialect& dialect);
} // namespace BinlogReaderId
