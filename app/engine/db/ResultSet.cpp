#include "ResultSet.h"

ResultSet::ResultSet(QStringList columns, QList<Row> rows)
    : m_columns(std::move(columns))
    , m_rows(std::move(rows))
{
}

int ResultSet::columnIndex(QStringView name) const
{
    for (int i = 0; i < m_columns.size(); ++i) {
        if (QStringView(m_columns.at(i)).compare(name, Qt::CaseInsensitive) == 0)
            return i;
    }
    return -1;
}

QVariant ResultSet::value(int row, QStringView column) const
{
    const int index = columnIndex(column);
    if (index < 0 || row < 0 || row >= m_rows.size())
        return {};
    const Row& values = m_rows.at(row);
    return index < values.size() ? values.at(index) : QVariant();
}
