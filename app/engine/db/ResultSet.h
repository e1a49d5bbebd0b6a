#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

// A result set as the server sent it: column names and text values (a null QVariant for SQL NULL).
// Columns are looked up by name, case-insensitively, never by position.
class ResultSet
{
public:
    using Row = QList<QVariant>;

    ResultSet() = default;
    ResultSet(QStringList columns, QList<Row> rows);

    const QStringList& columns() const { return m_columns; }
    const QList<Row>& rows() const { return m_rows; }
    int rowCount() const { return int(m_rows.size()); }
    bool isEmpty() const { return m_rows.isEmpty(); }

    int columnIndex(QStringView name) const;
    bool hasColumn(QStringView name) const { return columnIndex(name) >= 0; }
    // Null QVariant when the column is missing or the value is NULL.
    QVariant value(int row, QStringView column) const;
    QString text(int row, QStringView column) const { return value(row, column).toString(); }

private:
    QStringList m_columns;
    QList<Row> m_rows;
};
