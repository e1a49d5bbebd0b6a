#pragma once

#include "monitor/DashboardModel.h"

#include <QWidget>

// The last hour of a replica's lag: the server's Seconds_Behind_Master and the true lag from the
// heartbeat, drawn with QPainter (no Qt Charts dependency).
class LagChart : public QWidget
{
    Q_OBJECT

public:
    explicit LagChart(QWidget* parent = nullptr);

    void setSamples(const QList<LagSample>& samples);
    // Shown under the plot, e.g. why there is no heartbeat line.
    void setNote(const QString& note);
    int secondsBehindPoints() const;
    int heartbeatPoints() const;

    QSize sizeHint() const override { return {480, 200}; }
    QSize minimumSizeHint() const override { return {240, 140}; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    void describe();

    QList<LagSample> m_samples;
    QString m_note;
};
