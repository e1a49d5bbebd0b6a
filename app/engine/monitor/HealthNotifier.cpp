#include "HealthNotifier.h"

#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QVariantMap>

HealthNotifier::HealthNotifier(QObject* parent)
    : QObject(parent)
{
}

bool HealthNotifier::notify(const QString& setupId, const QString& summary, const QString& body,
                            Severity severity)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto last = m_lastSent.constFind(setupId);
    if (last != m_lastSent.cend() && last->secsTo(now) < m_minimumIntervalSeconds)
        return false;
    m_lastSent.insert(setupId, now);

    QDBusMessage call = QDBusMessage::createMethodCall(
        QStringLiteral("org.freedesktop.Notifications"), QStringLiteral("/org/freedesktop/Notifications"),
        QStringLiteral("org.freedesktop.Notifications"), QStringLiteral("Notify"));
    // Urgency: 0 low, 1 normal, 2 critical (critical ones stay until dismissed).
    const uchar urgency = severity == Severity::Critical ? 2 : (severity == Severity::Ok ? 0 : 1);
    const QVariantMap hints{{QStringLiteral("urgency"), QVariant::fromValue(urgency)},
                            {QStringLiteral("desktop-entry"), QStringLiteral("replica-wizard")},
                            {QStringLiteral("category"), QStringLiteral("device")}};
    call << QCoreApplication::applicationName() << uint(0) << QStringLiteral("replica-wizard") << summary
         << body << QStringList() << hints << int(-1);
    QDBusPendingCall pending = QDBusConnection::sessionBus().asyncCall(call, 10000);
    auto* watcher = new QDBusPendingCallWatcher(pending, this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, setupId](QDBusPendingCallWatcher* w) {
        w->deleteLater();
        const QDBusPendingReply<uint> reply = *w;
        if (reply.isError())
            emit failed(setupId, reply.error().message());
        else
            emit delivered(setupId, reply.value());
    });
    return true;
}
