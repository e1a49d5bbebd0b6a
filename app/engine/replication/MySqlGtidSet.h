#pragma once

#include <QList>
#include <QMap>
#include <QString>

#include <optional>

// A MySQL GTID set as gtid_executed and Executed_Gtid_Set print it:
// "3E11FA47-71CA-11E1-9E33-C80AA9429562:1-5:11-18,uuid2:1-3" (tagged 8.4 GTIDs: "uuid:tag:1-5").
class MySqlGtidSet
{
public:
    struct Interval
    {
        quint64 first = 0;
        quint64 last = 0;
    };

    // nullopt when the text is not such a set.
    static std::optional<MySqlGtidSet> parse(const QString& text);

    bool isEmpty() const { return m_intervals.isEmpty(); }
    // Transactions in this set that `other` lacks.
    quint64 countMissingFrom(const MySqlGtidSet& other) const;

private:
    // Per source ("uuid" or "uuid:tag", lower case), sorted and merged intervals.
    QMap<QString, QList<Interval>> m_intervals;
};
