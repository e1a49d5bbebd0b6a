#pragma once

#include "SecretStore.h"

#include <QHash>

// Keeps secrets in this process only: for tests and when no keychain is available.
class MemorySecretStore : public SecretStore
{
public:
    void read(const QString& key, QObject* context, ReadCallback callback) override;
    void write(const QString& key, const QByteArray& secret, QObject* context,
               WriteCallback callback) override;
    void remove(const QString& key, QObject* context, WriteCallback callback) override;

private:
    QHash<QString, QByteArray> m_secrets;
};
