#pragma once

#include "StatusReport.h"

#include <QList>
#include <QString>

// Setups' status in Prometheus' text exposition format (0.0.4), for a scrape or node_exporter's
// textfile collector. Where a metric means what mysqld_exporter's does, it has that name
// (mysql_slave_status_*); the rest are replica_wizard_*. Every sample is labelled by setup and,
// per server, by role.
class MetricsExposition
{
public:
    void add(const QString& setup, const StatusReport& report);
    QString text() const;

    static QString escapeLabelValue(const QString& value);

private:
    struct Sample
    {
        QString labels; // {a="b",...}
        QString value;
    };
    struct Family
    {
        QString name;
        QString help;
        QList<Sample> samples;
    };
    void sample(const QString& name, const QString& labels, double value);
    Family& family(const QString& name);

    QList<Family> m_families;
};
