#include "CopyVerifier.h"

#include "db/SqlSession.h"
#include "db/SqlText.h"
#include "db/TableColumns.h"
#include "seeding/RowHash.h"

QString VerifyReport::summary() const
{
    return CopyVerifier::tr("Compared %1 tables (%2 rows) and %3 views, routines, triggers and events: %4.")
        .arg(tablesCompared)
        .arg(rowsCompared)
        .arg(objectsCompared)
        .arg(ok() ? CopyVerifier::tr("equal")
                  : CopyVerifier::tr("%n difference(s)", nullptr, int(differences.size())));
}

CopyVerifier::CopyVerifier(SqlSession& origin, SqlSession& copy)
    : m_origin(origin)
    , m_copy(copy)
{
}

Result<VerifyReport> CopyVerifier::verify(const QStringList& schemas)
{
    VerifyReport report;
    const QString in = SqlText::literalList(schemas);

    Result<ResultSet> tables = m_origin.query(
        QStringLiteral("SELECT TABLE_SCHEMA AS s, TABLE_NAME AS t FROM information_schema.TABLES "
                       "WHERE TABLE_SCHEMA IN (%1) AND TABLE_TYPE = 'BASE TABLE' ORDER BY 1, 2")
            .arg(in));
    if (!tables)
        return tables.error();
    for (int row = 0; row < tables->rowCount(); ++row) {
        const QString name = SqlText::identifier(tables->text(row, u"s")) + QLatin1Char('.')
            + SqlText::identifier(tables->text(row, u"t"));
        const QString checksum = QStringLiteral("CHECKSUM TABLE ") + name;
        const QString count = QStringLiteral("SELECT COUNT(*) AS n FROM ") + name;
        Result<ResultSet> a = m_origin.query(checksum);
        Result<ResultSet> b = m_copy.query(checksum);
        if (!a)
            return a.error();
        if (!b) {
            report.differences << tr("%1 is missing on the target").arg(name);
            continue;
        }
        Result<ResultSet> ca = m_origin.query(count);
        Result<ResultSet> cb = m_copy.query(count);
        if (!ca)
            return ca.error();
        if (!cb)
            return cb.error();
        ++report.tablesCompared;
        report.rowsCompared += ca->text(0, u"n").toLongLong();
        if (ca->text(0, u"n") != cb->text(0, u"n"))
            report.differences
                << tr("%1 has %2 rows, the copy %3").arg(name, ca->text(0, u"n"), cb->text(0, u"n"));
        else if (a->text(0, u"Checksum") != b->text(0, u"Checksum")) {
            const Result<bool> equal = rowsEqual(tables->text(row, u"s"), tables->text(row, u"t"));
            if (!equal)
                return equal.error();
            if (!equal.value())
                report.differences << tr("%1 has different contents (checksum)").arg(name);
        }
    }

    const QString objects
        = QStringLiteral(
              "SELECT (SELECT COUNT(*) FROM information_schema.VIEWS WHERE TABLE_SCHEMA IN (%1)) AS views_, "
              "(SELECT COUNT(*) FROM information_schema.ROUTINES WHERE ROUTINE_SCHEMA IN (%1)) AS routines_, "
              "(SELECT COUNT(*) FROM information_schema.TRIGGERS WHERE TRIGGER_SCHEMA IN (%1)) AS triggers_, "
              "(SELECT COUNT(*) FROM information_schema.EVENTS WHERE EVENT_SCHEMA IN (%1)) AS events_")
              .arg(in);
    Result<ResultSet> oa = m_origin.query(objects);
    Result<ResultSet> ob = m_copy.query(objects);
    if (!oa)
        return oa.error();
    if (!ob)
        return ob.error();
    for (const QString& column : oa->columns()) {
        report.objectsCompared += oa->text(0, column).toInt();
        if (oa->text(0, column) != ob->text(0, column))
            report.differences << tr("%1: %2 on the origin, %3 on the target")
                                      .arg(column.chopped(1), oa->text(0, column), ob->text(0, column));
    }
    return report;
}

Result<QString> CopyVerifier::rowHashStatement(SqlSession& session, const QString& schema,
                                               const QString& table)
{
    const Result<QStringList> columns = TableColumns::stored(session, schema, table);
    if (!columns)
        return columns.error();
    const QString name = SqlText::identifier(schema) + QLatin1Char('.') + SqlText::identifier(table);
    return RowHash::statement(columns.value(), name);
}

Result<bool> CopyVerifier::rowsEqual(const QString& schema, const QString& table)
{
    Result<QString> statement = rowHashStatement(m_origin, schema, table);
    if (!statement)
        return statement.error();
    Result<ResultSet> a = m_origin.query(statement.value());
    if (!a)
        return a.error();
    Result<ResultSet> b = m_copy.query(statement.value());
    if (!b)
        return b.error();
    return a->text(0, u"n") == b->text(0, u"n") && a->text(0, u"h") == b->text(0, u"h");
}
