#pragma once

#include "monitor/StatusReport.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

// How `status` prints: the human block, one JSON document, Prometheus' exposition format, or the
// one line of a Nagios/Icinga plugin with performance data.
enum class StatusFormat
{
    Text,
    Json,
    Prometheus,
    Nagios
};

// One setup's report, labelled as the metrics and the fleet's output name it.
struct LabelledReport
{
    QString setup;
    QString profilePath;
    StatusReport report;
};

class StatusRendering
{
    Q_DECLARE_TR_FUNCTIONS(StatusRendering)

public:
    static std::optional<StatusFormat> formatFromKey(const QString& key);
    // `fleet`: several setups (status --all), each with its setup name.
    static QString render(StatusFormat format, const QList<LabelledReport>& reports, bool fleet);
    static Severity worst(const QList<LabelledReport>& reports);
};
