#include "BinlogInspector.h"

#include "db/SqlScanner.h"
#include "db/SqlSession.h"
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

// A statement-format write (binlog_format MIXED or STATEMENT, RDS MariaDB's default) into RDS's
// own tables only, as RDS's heartbeat writes it: "use `mysql`; ...; INSERT INTO mysql.rds_heartbeat2
// ...". Anything it cannot read that narrowly counts as an application write.
} // namespace

bool BinlogInspector::writesOnlyRdsTables(const QString& info)
{
    const auto name = [](const SqlScanner::Token& token) {
        const QString text = token.type == SqlScanner::Token::Type::Quoted
            ? token.text.mid(1, token.text.size() - 2)
            : token.text;
        return text.toLower();
    };
    const QList<SqlScanner::Token> tokens = SqlScanner::tokens(info);
    QString defaultSchema;
    int start = 0; // first token of the last statement
    for (int i = 0; i < tokens.size(); ++i) {
        if (tokens.at(i).text != QLatin1String(";"))
            continue;
        if (i - start == 2 && tokens.at(start).is("USE"))
            defaultSchema = name(tokens.at(start + 1));
        start = i + 1;
    }
    if (start >= tokens.size())
        return false;
    int i = start;
    const SqlScanner::Token& verb = tokens.at(i++);
    if (!(verb.is("INSERT") || verb.is("REPLACE") || verb.is("UPDATE") || verb.is("DELETE")))
        return false;
    while (i < tokens.size()
           && (tokens.at(i).is("LOW_PRIORITY") || tokens.at(i).is("IGNORE") || tokens.at(i).is("INTO")
               || tokens.at(i).is("FROM") || tokens.at(i).is("DELAYED") || tokens.at(i).is("QUICK")))
        ++i;
    if (i >= tokens.size())
        return false;
    QString schema = defaultSchema;
    QString table = name(tokens.at(i++));
    if (i + 1 < tokens.size() && tokens.at(i).text == QLatin1String(".")) {
        schema = table;
        table = name(tokens.at(i + 1));
        i += 2;
    }
    if (schema != QLatin1String("mysql") || !table.startsWith(QLatin1String("rds_")))
        return false;
    // That table only: no second table, join or subquery reading another one.
    bool clause = false; // past SET / VALUES / WHERE, where commas separate values
    for (; i < tokens.size(); ++i) {
        const SqlScanner::Token& t = tokens.at(i);
        if (t.is("SELECT") || t.is("JOIN") || t.is("USING"))
            return false;
        if (t.is("SET") || t.is("VALUES") || t.is("VALUE") || t.is("WHERE") || t.text == QLatin1String("("))
            clause = true;
        if (!clause && t.text == QLatin1String(","))
            return false;
    }
    return true;
}

namespace {

bool isRowsEvent(const QString& type)
{
    return type.startsWith(QLatin1String("Write_rows")) || type.startsWith(QLatin1String("Update_rows"))
        || type.startsWith(QLatin1String("Delete_rows"));
}

} // namespace

BinlogInspector::BinlogInspector(SqlSession& session, Dialect dialect)
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
            if (type == QLatin1String("Query") && writesOnlyRdsTables(info))
                continue;
            return EngineError::local(tr("The source logged a write at %1:%2 (%3 %4).")
                                          .arg(file)
                                          .arg(pos)
                                          .arg(type, info.left(160).simplified()));
        }
    }
    return Done{};
}
