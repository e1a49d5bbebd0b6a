#include "BinlogInspector.h"

#include "db/ServerSession.h"
#include "db/SqlText.h"

namespace {

bool isBookkeeping(const QString& type, const QString& info)
{
    static const QStringList harmless{QStringLiteral("Format_desc"),
                                      QStringLiteral("Gtid_list"),
                                      QStringLiteral("Binlog_checkpoint"),
                                      QStringLiteral("Gtid"),
                                      QStringLiteral("Anonymous_Gtid"),
                                      QStringLiteral("Previous_gtids"),
                                      QStringLiteral("Rotate"),
                                      QStringLiteral("Xid"),
                                      QStringLiteral("Stop"),
                                      QStringLiteral("Annotate_rows"),
                                      QStringLiteral("Rows_query"),
                                      QStringLiteral("Start_encryption")};
    if (harmless.contains(type))
        return true;
    if (type == QLatin1String("Query")) {
        const QString statement = info.trimmed();
        return statement == QLatin1String("BEGIN") || statement == QLatin1String("COMMIT");
    }
    return false;
}

bool isRowsEvent(const QString& type)
{
    return type.startsWith(QLatin1String("Write_rows")) || type.startsWith(QLatin1String("Update_rows"))
        || type.startsWith(QLatin1String("Delete_rows"));
}

} // namespace

BinlogInspector::BinlogInspector(ServerSession& session, Dialect dialect)
    : m_session(session)
    , m_dialect(std::move(dialect))
{
}

Status BinlogInspector::onlyRdsWritesBetween(const SourceCoordinates& from, const SourceCoordinates& to)
{
    if (from == to)
        return Done{};
    Result<ResultSet> logs = m_session.query(m_dialect.binaryLogsStatement());
    if (!logs)
        return logs.error();
    QStringList files;
    for (int row = 0; row < logs->rowCount(); ++row) {
        const QString name = logs->text(row, u"Log_name");
        if (name >= from.file && name <= to.file)
            files.append(name);
    }
    if (files.isEmpty() || files.constFirst() != from.file)
        return EngineError::local(
            tr("The binary log %1 is gone; the position cannot be checked.").arg(from.file));

    for (const QString& file : files) {
        const quint64 start = file == from.file ? from.position : 4;
        Result<ResultSet> events = m_session.query(m_dialect.binlogEventsStatement(file, start, 100000));
        if (!events)
            return events.error();
        for (int row = 0; row < events->rowCount(); ++row) {
            const quint64 pos = events->text(row, u"Pos").toULongLong();
            if (file == to.file && pos >= to.position)
                return Done{};
            const QString type = events->text(row, u"Event_type");
            const QString info = events->text(row, u"Info");
            if (isBookkeeping(type, info) || isRowsEvent(type))
                continue; // rows events follow their Table_map, which is checked
            if (type == QLatin1String("Table_map") && info.contains(QLatin1String("(mysql.rds_")))
                continue;
            return EngineError::local(tr("The source logged a write at %1:%2 (%3 %4).")
                                          .arg(file)
                                          .arg(pos)
                                          .arg(type, info.left(160).simplified()));
        }
    }
    return Done{};
}
