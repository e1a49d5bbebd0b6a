#pragma once

#include "Health.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QString>

// Desktop notifications (freedesktop.org's org.freedesktop.Notifications on the session bus)
// when a setup's link changes health. Rate-limited per setup, so a flapping link does not flood
// the desktop; asynchronous, so a slow notification daemon never holds up the caller. Without a
// session bus or a notification daemon nothing is shown and nothing waits.
class HealthNotifier : public QObject
{
    Q_OBJECT

public:
    explicit HealthNotifier(QObject* parent = nullptr);

    // The shortest time between two notifications of one setup (default five minutes); a change
    // within it is dropped, the next one after it is shown.
    void setMinimumIntervalSeconds(qint64 seconds) { m_minimumIntervalSeconds = seconds; }
    // Returns whether it was sent (false: rate-limited).
    bool notify(const QString& setupId, const QString& summary, const QString& body, Severity severity);

signals:
    // The daemon's answer: the notification's id, or an error.
    void delivered(const QString& setupId, uint notificationId);
    void failed(const QString& setupId, const QString& error);

private:
    QHash<QString, QDateTime> m_lastSent;
    qint64 m_minimumIntervalSeconds = 300;
};
