#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

#include <functional>
#include <optional>

// Where passwords are remembered between runs. Asynchronous because the OS keychain is:
// callbacks run on the caller's thread, with `context` as the lifetime guard.
class SecretStore
{
public:
    // The secret, or nullopt with a reason (not found, no keychain, timed out).
    using ReadCallback = std::function<void(std::optional<QByteArray> secret, const QString& reason)>;
    using WriteCallback = std::function<void(bool ok, const QString& reason)>;

    virtual ~SecretStore() = default;
    virtual void read(const QString& key, QObject* context, ReadCallback callback) = 0;
    virtual void write(const QString& key, const QByteArray& secret, QObject* context, WriteCallback callback)
        = 0;
    virtual void remove(const QString& key, QObject* context, WriteCallback callback) = 0;

    // Keychain entry name of one role of one setup, e.g. "setup-1234/source".
    static QString keyFor(const QString& setupId, const QString& role);
};
