#include "Heartbeat.h"

#include "db/SqlSession.h"

namespace {

constexpr int kNoSuchTable = 1146;
constexpr int kNoSuchDatabase = 1049;

} // namespace

QStringList Heartbeat::createStatements()
{
    return {QStringLiteral("CREATE DATABASE IF NOT EXISTS replica_wizard"),
            QStringLiteral(
                "CREATE TABLE IF NOT EXISTS replica_wizard.heartbeat (id TINYINT UNSIGNED NOT NULL "
                "PRIMARY KEY, ts DATETIME(6) NOT NULL, server_id INT UNSIGNED NOT NULL) ENGINE=InnoDB")};
}

QString Heartbeat::beatStatement()
{
    return QStringLiteral("REPLACE INTO replica_wizard.heartbeat (id, ts, server_id) "
                          "VALUES (1, UTC_TIMESTAMP(6), @@server_id)");
}

QString Heartbeat::readStatement()
{
    return QStringLiteral("SELECT TIMESTAMPDIFF(MICROSECOND, ts, UTC_TIMESTAMP(6)) / 1000000 AS lag "
                          "FROM replica_wizard.heartbeat WHERE id = 1");
}

Status Heartbeat::beat(SqlSession& source)
{
    Status written = source.execute(beatStatement());
    if (written || (written.error().code != kNoSuchTable && written.error().code != kNoSuchDatabase))
        return written;
    for (const QString& statement : createStatements()) {
        const Status created = source.execute(statement);
        if (!created)
            return created;
    }
    return source.execute(beatStatement());
}

Heartbeat::Reading Heartbeat::read(SqlSession& replica)
{
    const Result<ResultSet> row = replica.query(readStatement());
    if (!row) {
        if (row.error().code == kNoSuchTable || row.error().code == kNoSuchDatabase)
            return {{},
                    tr("No heartbeat table here: the heartbeat is off, or filtered out on this replica.")};
        return {{}, row.error().toText()};
    }
    if (row->rowCount() == 0)
        return {{}, tr("No heartbeat has arrived yet.")};
    return {qMax(0.0, row->text(0, u"lag").toDouble()), {}};
}
