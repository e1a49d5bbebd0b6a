#include "LoadDataFormat.h"

#include "SeedChunk.h"
#include "TableLayout.h"
#include "db/SqlText.h"

namespace LoadDataFormat {

QString selectStatement(const TableLayout& table, const SeedChunk& chunk)
{
    QStringList columns;
    for (const TableColumn& column : table.columns) {
        const QString name = SqlText::identifier(column.name);
        columns << (column.transfer() == TableColumn::Transfer::Bit
                        ? QStringLiteral("CAST(%1 AS UNSIGNED)").arg(name)
                        : name);
    }
    return QStringLiteral("SELECT %1 FROM %2 WHERE %3")
        .arg(columns.join(QStringLiteral(", ")), table.originName(), chunk.where(table.keyIdentifiers()));
}

QString loadStatement(const TableLayout& table, const QString& streamName)
{
    QStringList targets;
    QStringList conversions;
    for (int index = 0; index < table.columns.size(); ++index) {
        const TableColumn& column = table.columns.at(index);
        const QString name = SqlText::identifier(column.name);
        const QString variable = QStringLiteral("@c%1").arg(index);
        switch (column.transfer()) {
        case TableColumn::Transfer::Raw:
            targets << name;
            break;
        case TableColumn::Transfer::Bit:
            targets << variable;
            conversions << QStringLiteral("%1 = CAST(%2 AS UNSIGNED)").arg(name, variable);
            break;
        case TableColumn::Transfer::Geometry:
            targets << variable;
            conversions << QStringLiteral("%1 = %2").arg(name, variable);
            break;
        }
    }
    QString statement
        = QStringLiteral("LOAD DATA LOCAL INFILE %1 INTO TABLE %2 CHARACTER SET binary FIELDS "
                         "TERMINATED BY '\\t' ESCAPED BY '\\\\' LINES TERMINATED BY '\\n' (%3)")
              .arg(SqlText::literal(streamName), table.targetName(), targets.join(QStringLiteral(", ")));
    if (!conversions.isEmpty())
        statement += QStringLiteral(" SET ") + conversions.join(QStringLiteral(", "));
    return statement;
}

void appendField(QByteArray& out, const char* data, unsigned long length)
{
    if (!data) {
        out.append("\\N", 2);
        return;
    }
    const char* run = data;
    const char* const end = data + length;
    for (const char* p = data; p != end; ++p) {
        char escaped = 0;
        switch (*p) {
        case '\\':
            escaped = '\\';
            break;
        case '\t':
            escaped = 't';
            break;
        case '\n':
            escaped = 'n';
            break;
        case '\0':
            escaped = '0';
            break;
        default:
            continue;
        }
        out.append(run, p - run);
        out.append('\\');
        out.append(escaped);
        run = p + 1;
    }
    out.append(run, end - run);
}

} // namespace LoadDataFormat
