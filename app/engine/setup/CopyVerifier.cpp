#include "CopyVerifier.h"

#include "db/SqlSession.h"
#include "db/SqlText.h"
#include "db/TableColumns.h"
#include "seeding/RowHash.h"

#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <optional>

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

namespace {

// One table's sums on one server; an error where the table cannot be read there.
struct TableSums
{
    QString checksum;
    QString rows;
    std::optional<EngineError> error;
};

QList<TableSums> tableSums(SqlSession& session, const QStringList& names)
{
    QList<TableSums> sums;
    for (const QString& name : names) {
        TableSums sum;
        const Result<ResultSet> checksum = session.query(QStringLiteral("CHECKSUM TABLE ") + name);
        const Result<ResultSet> count
            = checksum ? session.query(QStringLiteral("SELECT COUNT(*) AS n FROM ") + name) : checksum;
        if (!count)
            sum.error = count.error();
        else {
            sum.checksum = checksum->text(0, u"Checksum");
            sum.rows = count->text(0, u"n");
        }
        sums.append(sum);
    }
    return sums;
}

} // namespace

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
    QStringList names;
    for (int row = 0; row < tables->rowCount(); ++row)
        names << SqlText::identifier(tables->text(row, u"s")) + QLatin1Char('.')
                + SqlText::identifier(tables->text(row, u"t"));

    // Each server scans its own tables at the same time (each session on one thread only): the
    // scans are most of a verification's time. The wait is on the setup's worker thread.
    QThreadPool originThread;
    QFuture<QList<TableSums>> originSums
        = QtConcurrent::run(&originThread, [this, names] { return tableSums(m_origin, names); });
    const QList<TableSums> copySums = tableSums(m_copy, names);
    const QList<TableSums> origin = originSums.result();

    for (int i = 0; i < names.size(); ++i) {
        const QString& name = names.at(i);
        if (origin.at(i).error)
            return *origin.at(i).error;
        if (copySums.at(i).error) {
            report.differences << tr("%1 is missing on the target").arg(name);
            continue;
        }
        ++report.tablesCompared;
        report.rowsCompared += origin.at(i).rows.toLongLong();
        if (origin.at(i).rows != copySums.at(i).rows)
            report.differences
                << tr("%1 has %2 rows, the copy %3").arg(name, origin.at(i).rows, copySums.at(i).rows);
        else if (origin.at(i).checksum != copySums.at(i).checksum) {
            const Result<bool> equal = rowsEqual(tables->text(i, u"s"), tables->text(i, u"t"));
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
    QThreadPool originThread;
    QFuture<Result<ResultSet>> originHash
        = QtConcurrent::run(&originThread, [this, sql = statement.value()] { return m_origin.query(sql); });
    const Result<ResultSet> b = m_copy.query(statement.value());
    const Result<ResultSet> a = originHash.result();
    if (!a)
        return a.error();
    if (!b)
        return b.error();
    return a->text(0, u"n") == b->text(0, u"n") && a->text(0, u"h") == b->text(0, u"h");
}
