#pragma once

#include <QString>
#include <QStringList>

// One part of a table the fast copy moves, checks and journals on its own: the rows whose key is
// above `lower` (none: from the first row) and at most `upper` (none: to the last row), as SQL
// literals of the key's columns. A table without a usable key is one chunk without bounds.
struct SeedChunk
{
    int table = -1; // index into the copy's tables
    int ordinal = 0; // 0-based within its table
    QStringList lower;
    QStringList upper;

    bool bounded() const { return !lower.isEmpty() || !upper.isEmpty(); }
    // The WHERE condition of the chunk over `keyColumns` (quoted identifiers), "1" when unbounded.
    // Written as ORs of equalities and inequalities on the leading columns, which both servers'
    // range optimisers read as one index range.
    QString where(const QStringList& keyColumns) const;

    // key > bound, and key <= bound, in the order of the key's columns.
    static QString above(const QStringList& keyColumns, const QStringList& bound);
    static QString atMost(const QStringList& keyColumns, const QStringList& bound);

    // `count` chunks of about equal key width over a single integer key from `min` to `max`
    // (decimal text, BIGINT UNSIGNED included); the first and the last are open-ended, so a row
    // outside [min, max] still belongs to one. One unbounded chunk when count < 2 or the range
    // cannot be read.
    static QList<SeedChunk> integerRanges(const QString& min, const QString& max, int count);
};
