#include "TableLayout.h"

#include "db/SqlSession.h"
#include "db/SqlText.h"

#include <QRegularExpression>

#include <algorithm>

namespace {

const QStringList kIntegerTypes{QStringLiteral("tinyint"), QStringLiteral("smallint"),
                                QStringLiteral("mediumint"), QStringLiteral("int"), QStringLiteral("bigint")};
const QStringList kTemporalTypes{QStringLiteral("date"), QStringLiteral("datetime"),
                                 QStringLiteral("timestamp"), QStringLiteral("time"), QStringLiteral("year")};
const QStringList kGeometryTypes{QStringLiteral("geometry"),      QStringLiteral("point"),
                                 QStringLiteral("linestring"),    QStringLiteral("polygon"),
                                 QStringLiteral("multipoint"),    QStringLiteral("multilinestring"),
                                 QStringLiteral("multipolygon"),  QStringLiteral("geometrycollection"),
                                 QStringLiteral("geomcollection")};

QString hexOnly(const QString& value)
{
    static const QRegularExpression hex(QStringLiteral("^[0-9A-Fa-f]*$"));
    return hex.match(value).hasMatch() ? value : QString();
}

} // namespace

TableColumn::Transfer TableColumn::transfer() const
{
    if (dataType == QLatin1String("bit"))
        return Transfer::Bit;
    if (kGeometryTypes.contains(dataType))
        return Transfer::Geometry;
    return Transfer::Raw;
}

TableColumn::KeyType TableColumn::keyType() const
{
    if (kIntegerTypes.contains(dataType))
        return KeyType::Integer;
    if (dataType == QLatin1String("decimal"))
        return KeyType::Number;
    if (kTemporalTypes.contains(dataType))
        return KeyType::Temporal;
    if (dataType == QLatin1String("char") || dataType == QLatin1String("varchar"))
        return charset.isEmpty() || charset == QLatin1String("binary") ? KeyType::Binary : KeyType::Text;
    if (dataType == QLatin1String("binary") || dataType == QLatin1String("varbinary"))
        return KeyType::Binary;
    return KeyType::Unusable;
}

QString TableColumn::boundExpression() const
{
    const QString column = SqlText::identifier(name);
    switch (keyType()) {
    case KeyType::Text:
    case KeyType::Binary:
        return QStringLiteral("HEX(%1)").arg(column);
    default:
        return QStringLiteral("CAST(%1 AS CHAR)").arg(column);
    }
}

QString TableColumn::boundLiteral(const QString& value) const
{
    switch (keyType()) {
    case KeyType::Integer:
    case KeyType::Number: {
        static const QRegularExpression number(QStringLiteral("^-?[0-9]+(\\.[0-9]+)?$"));
        return number.match(value).hasMatch() ? value : SqlText::literal(value);
    }
    case KeyType::Text:
        // The bytes in the column's own character set, compared with its collation: the order
        // the chunks were cut in, so no row falls between two chunks.
        return QStringLiteral("_%1 X'%2' COLLATE %3").arg(charset, hexOnly(value), collation);
    case KeyType::Binary:
        return QStringLiteral("X'%1'").arg(hexOnly(value));
    default:
        return SqlText::literal(value);
    }
}

QString TableLayout::originName() const
{
    return SqlText::identifier(schema) + QLatin1Char('.') + SqlText::identifier(name);
}

QString TableLayout::targetName() const
{
    return SqlText::identifier(targetSchema) + QLatin1Char('.') + SqlText::identifier(name);
}

bool TableLayout::hasIntegerKey() const
{
    return keyColumns.size() == 1
        && columns.at(keyColumns.first()).keyType() == TableColumn::KeyType::Integer;
}

QStringList TableLayout::keyIdentifiers() const
{
    QStringList names;
    for (const int index : keyColumns)
        names << SqlText::identifier(columns.at(index).name);
    return names;
}

namespace {

bool isForeignKey(const QString& clause)
{
    return clause.startsWith(QLatin1String("ADD CONSTRAINT"))
        && clause.contains(QLatin1String("FOREIGN KEY"));
}

} // namespace

QString TableLayout::keysStatement() const
{
    QStringList keys = deferredClauses;
    keys.removeIf(isForeignKey);
    if (keys.isEmpty())
        return {};
    return QStringLiteral("ALTER TABLE %1 %2").arg(targetName(), keys.join(QStringLiteral(", ")));
}

QString TableLayout::foreignKeysStatement() const
{
    QStringList keys = deferredClauses;
    keys.removeIf([](const QString& clause) { return !isForeignKey(clause); });
    if (keys.isEmpty())
        return {};
    return QStringLiteral("ALTER TABLE %1 %2").arg(targetName(), keys.join(QStringLiteral(", ")));
}

int TableLayout::foreignKeyCount() const
{
    return int(std::count_if(deferredClauses.cbegin(), deferredClauses.cend(), isForeignKey));
}

Result<TableLayout> TableLayout::read(SqlSession& origin, const QString& schema, const QString& table,
                                      const QString& targetSchema)
{
    TableLayout layout;
    layout.schema = schema;
    layout.name = table;
    layout.targetSchema = targetSchema;
    const QString where = QStringLiteral("TABLE_SCHEMA = %1 AND TABLE_NAME = %2")
                              .arg(SqlText::literal(schema), SqlText::literal(table));

    Result<ResultSet> columns = origin.query(
        QStringLiteral("SELECT COLUMN_NAME AS c, LOWER(DATA_TYPE) AS t, CHARACTER_SET_NAME AS cs, "
                       "COLLATION_NAME AS co, EXTRA AS x, COALESCE(GENERATION_EXPRESSION, '') AS g "
                       "FROM information_schema.COLUMNS WHERE %1 ORDER BY ORDINAL_POSITION")
            .arg(where));
    if (!columns)
        return columns.error();
    QString autoIncrement;
    for (int row = 0; row < columns->rowCount(); ++row) {
        if (!columns->text(row, u"g").isEmpty())
            continue; // generated: computed on the target from the others
        TableColumn column;
        column.name = columns->text(row, u"c");
        column.dataType = columns->text(row, u"t");
        column.charset = columns->text(row, u"cs");
        column.collation = columns->text(row, u"co");
        column.autoIncrement
            = columns->text(row, u"x").contains(QLatin1String("auto_increment"), Qt::CaseInsensitive);
        if (column.autoIncrement)
            autoIncrement = column.name;
        layout.columns << column;
    }
    if (layout.columns.isEmpty())
        return EngineError::local(
            tr("The table %1 has no columns that can be read.").arg(layout.originName()));

    // The chunk key: the primary key, else the shortest unique key on NOT NULL columns, each of
    // a type whose order a literal can bound exactly.
    Result<ResultSet> keys = origin.query(
        QStringLiteral("SELECT INDEX_NAME AS k, NON_UNIQUE AS nu, COLUMN_NAME AS c, NULLABLE AS n, "
                       "SUB_PART AS p FROM information_schema.STATISTICS WHERE %1 ORDER BY INDEX_NAME, "
                       "SEQ_IN_INDEX")
            .arg(where));
    if (!keys)
        return keys.error();
    struct Candidate
    {
        QString name;
        QList<int> columns;
        bool usable = true;
    };
    QList<Candidate> candidates;
    for (int row = 0; row < keys->rowCount(); ++row) {
        const QString name = keys->text(row, u"k");
        if (keys->text(row, u"nu") != QLatin1String("0"))
            continue;
        if (candidates.isEmpty() || candidates.last().name != name)
            candidates << Candidate{name, {}, true};
        Candidate& candidate = candidates.last();
        const QString columnName = keys->text(row, u"c");
        const auto found = std::find_if(layout.columns.cbegin(), layout.columns.cend(),
                                        [&columnName](const TableColumn& c) { return c.name == columnName; });
        if (found == layout.columns.cend() || !keys->value(row, u"p").isNull()
            || !keys->text(row, u"n").isEmpty() || found->keyType() == TableColumn::KeyType::Unusable) {
            candidate.usable = false;
            continue;
        }
        candidate.columns << int(found - layout.columns.cbegin());
    }
    candidates.removeIf([](const Candidate& c) { return !c.usable || c.columns.isEmpty(); });
    std::stable_sort(candidates.begin(), candidates.end(), [](const Candidate& a, const Candidate& b) {
        const bool aPrimary = a.name == QLatin1String("PRIMARY");
        const bool bPrimary = b.name == QLatin1String("PRIMARY");
        if (aPrimary != bPrimary)
            return aPrimary;
        return a.columns.size() < b.columns.size();
    });
    if (!candidates.isEmpty()) {
        layout.keyName = candidates.first().name;
        layout.keyColumns = candidates.first().columns;
    }

    Result<ResultSet> create = origin.query(QStringLiteral("SHOW CREATE TABLE %1").arg(layout.originName()));
    if (!create)
        return create.error();
    const QString statement = create->text(0, u"Create Table");
    if (statement.isEmpty())
        return EngineError::local(tr("SHOW CREATE TABLE %1 returned nothing.").arg(layout.originName()));
    const SplitCreate split = splitCreate(statement, {layout.keyName}, autoIncrement);
    layout.createStatement = split.create;
    layout.deferredClauses = split.deferred;

    Result<ResultSet> size = origin.query(
        QStringLiteral("SELECT COALESCE(TABLE_ROWS, 0) AS r, COALESCE(DATA_LENGTH, 0) AS b FROM "
                       "information_schema.TABLES WHERE %1")
            .arg(where));
    if (!size)
        return size.error();
    if (!size->isEmpty()) {
        layout.rowsEstimate = size->text(0, u"r").toLongLong();
        layout.bytesEstimate = size->text(0, u"b").toLongLong();
    }
    return layout;
}

TableLayout::SplitCreate TableLayout::splitCreate(const QString& showCreate, const QStringList& kept,
                                                  const QString& autoIncrementColumn)
{
    const SplitCreate unchanged{showCreate, {}};
    const QStringList lines = showCreate.split(QLatin1Char('\n'));
    if (lines.size() < 3 || !lines.first().startsWith(QLatin1String("CREATE TABLE"))
        || !lines.first().endsWith(QLatin1Char('(')))
        return unchanged;
    const auto close = std::find_if(lines.cbegin() + 1, lines.cend(),
                                    [](const QString& line) { return line.startsWith(QLatin1Char(')')); });
    if (close == lines.cend())
        return unchanged;

    static const QRegularExpression key(
        QStringLiteral("^\\s*(?:UNIQUE KEY|KEY|CONSTRAINT) `((?:[^`]|``)*)`(.*)$"));
    SplitCreate split;
    QStringList body;
    for (auto line = lines.cbegin() + 1; line != close; ++line) {
        QString definition = *line;
        if (definition.endsWith(QLatin1Char(',')))
            definition.chop(1);
        const QRegularExpressionMatch match = key.match(definition);
        const bool isForeignKey = match.hasMatch()
            && definition.trimmed().startsWith(QLatin1String("CONSTRAINT"))
            && match.captured(2).trimmed().startsWith(QLatin1String("FOREIGN KEY"));
        const bool isIndex
            = match.hasMatch() && !definition.trimmed().startsWith(QLatin1String("CONSTRAINT"));
        const QString name = match.captured(1).replace(QLatin1String("``"), QLatin1String("`"));
        const bool onAutoIncrement = !autoIncrementColumn.isEmpty()
            && match.captured(2).contains(SqlText::identifier(autoIncrementColumn));
        if ((isIndex && !kept.contains(name) && !onAutoIncrement) || isForeignKey)
            split.deferred << QStringLiteral("ADD ") + definition.trimmed();
        else
            body << definition;
    }
    if (split.deferred.isEmpty())
        return unchanged;
    split.create = lines.first() + QLatin1Char('\n') + body.join(QStringLiteral(",\n")) + QLatin1Char('\n')
        + QStringList(close, lines.cend()).join(QLatin1Char('\n'));
    return split;
}
