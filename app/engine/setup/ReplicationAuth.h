#pragma once

#include <QCoreApplication>
#include <QString>

// How the target's replication connection proves its password to the source. An account on
// caching_sha2_password (MySQL 8's default, 8.4's only choice) or sha256_password needs TLS
// (SOURCE_SSL=1, preferred) or the source's RSA public key (GET_SOURCE_PUBLIC_KEY=1, fetched
// unverified); with neither, the target's IO thread fails with error 2061.
struct ReplicationAuth
{
    Q_DECLARE_TR_FUNCTIONS(ReplicationAuth)

public:
    enum class Exchange
    {
        Plain, // the plugin needs no secure exchange (mysql_native_password)
        Tls,
        PublicKey,
        Impossible, // error 2061 when replication starts
    };

    QString plugin;
    bool accountExists = false; // false: the plugin is the source's default, which the setup's account gets
    Exchange exchange = Exchange::Plain;

    static bool needsSecureExchange(const QString& plugin);
    static ReplicationAuth decide(const QString& plugin, bool accountExists, bool channelTls,
                                  bool publicKeyAllowed);
    QString reason() const;
    QString fix() const; // empty for Plain and Tls
};
