#include "PrometheusText.h"

#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QStringList>

namespace PrometheusText {

QString problem(const QString& text)
{
    static const QRegularExpression sample(QStringLiteral(
        R"(^([a-zA-Z_:][a-zA-Z0-9_:]*)(\{([a-zA-Z_][a-zA-Z0-9_]*="(\\.|[^"\\])*")(,[a-zA-Z_][a-zA-Z0-9_]*="(\\.|[^"\\])*")*\})? ([-+]?(\d+(\.\d*)?([eE][-+]?\d+)?|Inf)|NaN)$)"));
    QSet<QString> typed, series;
    if (!text.endsWith(QLatin1Char('\n')))
        return QStringLiteral("no final newline");
    for (const QString& line : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        if (line.startsWith(QLatin1String("# HELP ")))
            continue;
        if (line.startsWith(QLatin1String("# TYPE "))) {
            const QStringList parts = line.split(QLatin1Char(' '));
            if (parts.size() != 4 || parts[3] != QLatin1String("gauge") || typed.contains(parts[2]))
                return QStringLiteral("bad TYPE: ") + line;
            typed.insert(parts[2]);
            continue;
        }
        const QRegularExpressionMatch m = sample.match(line);
        if (!m.hasMatch())
            return QStringLiteral("not a sample: ") + line;
        if (!typed.contains(m.captured(1)))
            return QStringLiteral("sample before its TYPE: ") + line;
        const QString key = line.left(line.lastIndexOf(QLatin1Char(' ')));
        if (series.contains(key))
            return QStringLiteral("duplicate series: ") + line;
        series.insert(key);
    }
    return {};
}

std::optional<QString> promtool(const QByteArray& text)
{
    const QString program = QStandardPaths::findExecutable(QStringLiteral("promtool"));
    if (program.isEmpty())
        return std::nullopt;
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, {QStringLiteral("check"), QStringLiteral("metrics")});
    process.write(text);
    process.closeWriteChannel();
    if (!process.waitForFinished(30000))
        return QStringLiteral("promtool did not finish");
    const QString said = QString::fromUtf8(process.readAll());
    if (process.exitCode() != 0)
        return said.isEmpty() ? QStringLiteral("promtool failed") : said;
    return QString();
}

} // namespace PrometheusText
