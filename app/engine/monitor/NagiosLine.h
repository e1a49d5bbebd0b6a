#pragma once

#include "StatusReport.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

// The one line a Nagios/Icinga plugin prints: state, a summary, and performance data
// ('label'=value[unit];warn;crit;min). The exit code is the worst report's severity.
class NagiosLine
{
    Q_DECLARE_TR_FUNCTIONS(NagiosLine)

public:
    void add(const QString& setup, const StatusReport& report);
    QString text() const;
    Severity severity() const { return m_worst; }

    // Runway thresholds of the perfdata (BinlogRunway's Shrinking and Critical bounds).
    static constexpr qint64 runwayWarningSeconds = 6 * 3600;
    static constexpr qint64 runwayCriticalSeconds = 3600;

private:
    struct Entry
    {
        QString setup;
        Severity severity = Severity::Ok;
        QString summary;
        QStringList perfdata;
    };
    QList<Entry> m_entries;
    Severity m_worst = Severity::Ok;
};
