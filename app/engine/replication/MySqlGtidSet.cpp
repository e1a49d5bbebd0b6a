#include "MySqlGtidSet.h"

#include <QRegularExpression>
#include <QStringList>

#include <algorithm>

std::optional<MySqlGtidSet> MySqlGtidSet::parse(const QString& text)
{
    static const QRegularExpression uuid(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"));
    static const QRegularExpression tag(QStringLiteral("^[a-z_][a-z0-9_]{0,31}$"));
    MySqlGtidSet set;
    QString compact = text;
    compact.remove(QRegularExpression(QStringLiteral("\\s")));
    if (compact.isEmpty())
        return set;
    QString current;
    for (const QString& item : compact.toLower().split(QLatin1Char(','))) {
        const QStringList parts = item.split(QLatin1Char(':'));
        if (parts.size() < 2 || !uuid.match(parts.first()).hasMatch())
            return std::nullopt;
        current = parts.first();
        for (int i = 1; i < parts.size(); ++i) {
            const QString& part = parts.at(i);
            if (tag.match(part).hasMatch()) { // 8.4 tagged GTIDs: the intervals after it are the tag's
                current = parts.first() + QLatin1Char(':') + part;
                continue;
            }
            const QStringList bounds = part.split(QLatin1Char('-'));
            bool firstOk = false;
            bool lastOk = true;
            Interval interval;
            interval.first = bounds.first().toULongLong(&firstOk);
            interval.last = bounds.size() == 2 ? bounds.last().toULongLong(&lastOk) : interval.first;
            if (bounds.size() > 2 || !firstOk || !lastOk || interval.first == 0
                || interval.last < interval.first)
                return std::nullopt;
            set.m_intervals[current].append(interval);
        }
    }
    for (QList<Interval>& intervals : set.m_intervals) {
        std::sort(intervals.begin(), intervals.end(),
                  [](const Interval& a, const Interval& b) { return a.first < b.first; });
        QList<Interval> merged;
        for (const Interval& interval : intervals) {
            if (!merged.isEmpty() && interval.first <= merged.last().last + 1)
                merged.last().last = std::max(merged.last().last, interval.last);
            else
                merged.append(interval);
        }
        intervals = merged;
    }
    return set;
}

quint64 MySqlGtidSet::countMissingFrom(const MySqlGtidSet& other) const
{
    quint64 missing = 0;
    for (auto it = m_intervals.cbegin(); it != m_intervals.cend(); ++it) {
        const QList<Interval> there = other.m_intervals.value(it.key());
        for (const Interval& mine : it.value()) {
            quint64 covered = 0;
            for (const Interval& theirs : there) {
                const quint64 from = std::max(mine.first, theirs.first);
                const quint64 to = std::min(mine.last, theirs.last);
                if (from <= to)
                    covered += to - from + 1;
            }
            missing += (mine.last - mine.first + 1) - covered;
        }
    }
    return missing;
}
