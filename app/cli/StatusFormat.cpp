#include "StatusFormat.h"

#include "monitor/MetricsExposition.h"
#include "monitor/NagiosLine.h"

#include <QJsonArray>
#include <QJsonDocument>

std::optional<StatusFormat> StatusRendering::formatFromKey(const QString& key)
{
    if (key == QLatin1String("text"))
        return StatusFormat::Text;
    if (key == QLatin1String("json"))
        return StatusFormat::Json;
    if (key == QLatin1String("prometheus"))
        return StatusFormat::Prometheus;
    if (key == QLatin1String("nagios"))
        return StatusFormat::Nagios;
    return std::nullopt;
}

Severity StatusRendering::worst(const QList<LabelledReport>& reports)
{
    Severity result = Severity::Ok;
    for (const LabelledReport& r : reports)
        result = HealthClassifier::worst(result, r.report.overall());
    return result;
}

QString StatusRendering::render(StatusFormat format, const QList<LabelledReport>& reports, bool fleet)
{
    switch (format) {
    case StatusFormat::Prometheus: {
        MetricsExposition metrics;
        for (const LabelledReport& r : reports)
            metrics.add(r.setup, r.report);
        return metrics.text();
    }
    case StatusFormat::Nagios: {
        NagiosLine line;
        for (const LabelledReport& r : reports)
            line.add(r.setup, r.report);
        return line.text();
    }
    case StatusFormat::Json: {
        if (!fleet && reports.size() == 1)
            return QString::fromUtf8(
                QJsonDocument(reports.first().report.toJson()).toJson(QJsonDocument::Indented));
        QJsonArray setups;
        for (const LabelledReport& r : reports) {
            QJsonObject o = r.report.toJson();
            o.insert(QStringLiteral("setup"), r.setup);
            o.insert(QStringLiteral("profile"), r.profilePath);
            setups.append(o);
        }
        const Severity severity = worst(reports);
        const QJsonObject root{
            {QStringLiteral("setups"), setups},
            {QStringLiteral("overall"),
             QJsonObject{{QStringLiteral("status"), HealthClassifier::severityKey(severity)},
                         {QStringLiteral("exit_code"), int(severity)}}}};
        return QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
    }
    case StatusFormat::Text:
        break;
    }
    if (!fleet && reports.size() == 1)
        return reports.first().report.toText();
    QString out;
    for (const LabelledReport& r : reports)
        out += QStringLiteral("=== %1 ===\n").arg(r.setup) + r.report.toText() + QLatin1Char('\n');
    out += tr("All setups: %1").arg(HealthClassifier::severityKey(worst(reports))) + QLatin1Char('\n');
    return out;
}
