#pragma once

#include "SecretStore.h"

// The OS keychain through QtKeychain. Every job has a timeout, since a broken Secret Service can
// block for half a minute; on failure the caller is told why and nothing is written elsewhere
// (no plaintext fallback).
class KeychainSecretStore : public SecretStore
{
public:
    explicit KeychainSecretStore(QString service = QStringLiteral("replica-wizard"), int timeoutMs = 5000);

    void read(const QString& key, QObject* context, ReadCallback callback) override;
    void write(const QString& key, const QByteArray& secret, QObject* context,
               WriteCallback callback) override;
    void remove(const QString& key, QObject* context, WriteCallback callback) override;

private:
    QString m_service;
    int m_timeoutMs;
};
