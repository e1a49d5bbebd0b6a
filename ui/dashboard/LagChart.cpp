#include "LagChart.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace {

const QColor kServerColor(0x15, 0x65, 0xc0);
const QColor kHeartbeatColor(0xef, 0x6c, 0x00);

} // namespace

LagChart::LagChart(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("lagChart"));
    setAttribute(Qt::WA_OpaquePaintEvent);
    setAccessibleName(tr("Target lag chart"));
    setAccessibleDescription(tr("No lag measured yet."));
}

void LagChart::describe()
{
    // The chart's text alternative: the latest figures and the highest in view.
    std::optional<double> behind, heartbeat;
    double highest = 0;
    for (const LagSample& s : m_samples) {
        if (s.secondsBehind) {
            behind = s.secondsBehind;
            highest = std::max(highest, *s.secondsBehind);
        }
        if (s.heartbeat) {
            heartbeat = s.heartbeat;
            highest = std::max(highest, *s.heartbeat);
        }
    }
    QStringList parts;
    parts << (behind ? tr("Seconds_Behind_Master now %1 s").arg(*behind, 0, 'f', 0)
                     : tr("Seconds_Behind_Master unknown"));
    if (heartbeat)
        parts << tr("true lag now %1 s").arg(*heartbeat, 0, 'f', 1);
    if (behind || heartbeat)
        parts << tr("at most %1 s in the chart").arg(highest, 0, 'f', 1);
    if (!m_note.isEmpty())
        parts << m_note;
    setAccessibleDescription(parts.join(QStringLiteral("; ")) + QLatin1Char('.'));
}

void LagChart::setSamples(const QList<LagSample>& samples)
{
    m_samples = samples;
    describe();
    update();
}

void LagChart::setNote(const QString& note)
{
    m_note = note;
    describe();
    update();
}

int LagChart::secondsBehindPoints() const
{
    return int(std::count_if(m_samples.cbegin(), m_samples.cend(),
                             [](const LagSample& s) { return s.secondsBehind.has_value(); }));
}

int LagChart::heartbeatPoints() const
{
    return int(std::count_if(m_samples.cbegin(), m_samples.cend(),
                             [](const LagSample& s) { return s.heartbeat.has_value(); }));
}

void LagChart::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(rect(), palette().base());
    const QFontMetrics fm(font());
    const int line = fm.height();
    const QRect plot
        = rect().adjusted(fm.horizontalAdvance(QStringLiteral("0000 s")) + 8, line + 6, -8, -(2 * line + 10));
    p.setPen(palette().text().color());
    // Title and legend: each series' name after a square in its colour.
    int legendX = plot.left();
    const auto text = [&](const QString& piece) {
        p.drawText(QRect(legendX, 2, fm.horizontalAdvance(piece) + 1, line), Qt::AlignLeft, piece);
        legendX += fm.horizontalAdvance(piece) + line / 2;
    };
    const auto square = [&](const QColor& color) {
        p.fillRect(QRect(legendX, 2 + line / 4, line / 2, line / 2), color);
        legendX += line;
    };
    text(tr("Lag:"));
    square(kServerColor);
    text(tr("Seconds_Behind_Master"));
    square(kHeartbeatColor);
    text(tr("true lag (heartbeat)"));

    double highest = 0;
    for (const LagSample& s : m_samples)
        highest = std::max({highest, s.secondsBehind.value_or(0), s.heartbeat.value_or(0)});
    // The axis ends at the next 1, 2 or 5 times a power of ten above the highest lag.
    double maxLag = 1;
    for (double decade = 1; maxLag < highest * 1.1; decade *= 10) {
        for (double step : {1.0, 2.0, 5.0, 10.0}) {
            maxLag = step * decade;
            if (maxLag >= highest * 1.1)
                break;
        }
    }

    p.setPen(palette().mid().color());
    p.drawRect(plot);
    for (int i = 1; i < 4; ++i) {
        const int y = plot.bottom() - plot.height() * i / 4;
        p.drawLine(plot.left(), y, plot.right(), y);
    }
    p.setPen(palette().text().color());
    p.drawText(QRect(0, plot.top() - line / 2, plot.left() - 4, line), Qt::AlignRight,
               tr("%1 s").arg(maxLag, 0, 'g', 3));
    p.drawText(QRect(0, plot.bottom() - line / 2, plot.left() - 4, line), Qt::AlignRight, tr("0 s"));
    // The time axis covers what there is, from a minute up to the hour kept.
    const qint64 span = m_samples.size() < 2 ? 0 : m_samples.first().at.secsTo(m_samples.last().at);
    const qint64 windowSeconds = qBound<qint64>(60, (span + 59) / 60 * 60, DashboardModel::HistorySeconds);
    p.drawText(QRect(plot.left(), plot.bottom() + 2, plot.width(), line), Qt::AlignLeft,
               tr("−%1 min").arg(windowSeconds / 60));
    p.drawText(QRect(plot.left(), plot.bottom() + 2, plot.width(), line), Qt::AlignRight, tr("now"));

    const QDateTime end = m_samples.isEmpty() ? QDateTime::currentDateTimeUtc() : m_samples.last().at;
    const auto point = [&](const QDateTime& at, double lag) {
        const double x = plot.right() - double(at.msecsTo(end)) / (windowSeconds * 1000.0) * plot.width();
        const double y = plot.bottom() - std::min(lag, maxLag) / maxLag * plot.height();
        return QPointF(x, y);
    };
    const auto drawSeries = [&](const QColor& color, auto value) {
        QPainterPath path;
        bool open = false;
        for (const LagSample& s : m_samples) {
            const std::optional<double> v = value(s);
            if (!v) {
                open = false; // a gap where the figure was unknown
                continue;
            }
            const QPointF pt = point(s.at, *v);
            if (open)
                path.lineTo(pt);
            else
                path.moveTo(pt);
            open = true;
        }
        p.setPen(QPen(color, 2));
        p.drawPath(path);
    };
    p.setClipRect(plot);
    drawSeries(kServerColor, [](const LagSample& s) { return s.secondsBehind; });
    drawSeries(kHeartbeatColor, [](const LagSample& s) { return s.heartbeat; });
    p.setClipping(false);
    if (!m_note.isEmpty()) {
        p.setPen(palette().text().color());
        p.drawText(QRect(plot.left(), plot.bottom() + line + 4, plot.width(), line), Qt::AlignLeft,
                   fm.elidedText(m_note, Qt::ElideRight, plot.width()));
    }
}
