#include "MemorySecretStore.h"

#include <QCoreApplication>
#include <QMetaObject>

void MemorySecretStore::read(const QString& key, QObject* context, ReadCallback callback)
{
    std::optional<QByteArray> secret;
    if (m_secrets.contains(key))
        secret = m_secrets.value(key);
    const QString reason
        = secret ? QString() : QCoreApplication::translate("SecretStore", "No password is stored.");
    QMetaObject::invokeMethod(
        context, [callback, secret, reason] { callback(secret, reason); }, Qt::QueuedConnection);
}

void MemorySecretStore::write(const QString& key, const QByteArray& secret, QObject* context,
                              WriteCallback callback)
{
    m_secrets.insert(key, secret);
    QMetaObject::invokeMethod(
        context, [callback] { callback(true, {}); }, Qt::QueuedConnection);
}

void MemorySecretStore::remove(const QString& key, QObject* context, WriteCallback callback)
{
    m_secrets.remove(key);
    QMetaObject::invokeMethod(
        context, [callback] { callback(true, {}); }, Qt::QueuedConnection);
}
