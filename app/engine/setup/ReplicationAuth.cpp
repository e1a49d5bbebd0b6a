#include "ReplicationAuth.h"

bool ReplicationAuth::needsSecureExchange(const QString& plugin)
{
    return plugin == QLatin1String("caching_sha2_password") || plugin == QLatin1String("sha256_password");
}

ReplicationAuth ReplicationAuth::decide(const QString& plugin, bool accountExists, bool channelTls,
                                        bool publicKeyAllowed)
{
    ReplicationAuth auth;
    auth.plugin = plugin;
    auth.accountExists = accountExists;
    if (!needsSecureExchange(plugin))
        auth.exchange = Exchange::Plain;
    else if (channelTls)
        auth.exchange = Exchange::Tls;
    else
        auth.exchange = publicKeyAllowed ? Exchange::PublicKey : Exchange::Impossible;
    return auth;
}

QString ReplicationAuth::reason() const
{
    const QString uses = accountExists
        ? tr("The replication account uses %1.").arg(plugin)
        : tr("The replication account the setup creates gets the source's default plugin, %1.").arg(plugin);
    switch (exchange) {
    case Exchange::Plain:
        return uses + QLatin1Char(' ') + tr("It needs no secure password exchange.");
    case Exchange::Tls:
        return uses + QLatin1Char(' ')
            + tr("The channel uses TLS (SOURCE_SSL=1), which carries its password exchange.");
    case Exchange::PublicKey:
        return uses + QLatin1Char(' ')
            + tr("The channel has no TLS, so the target asks the source for its RSA public key "
                 "(GET_SOURCE_PUBLIC_KEY=1) to send the password; the key is not verified, so a man in the "
                 "middle could pose as the source.");
    case Exchange::Impossible:
        break;
    }
    return uses + QLatin1Char(' ')
        + tr("It needs TLS or the source's public key, and the channel has neither (source_public_key=off): "
             "the target would fail to connect with error 2061 (Authentication plugin '%1' reported error: "
             "Authentication requires secure connection).")
              .arg(plugin);
}

QString ReplicationAuth::fix() const
{
    switch (exchange) {
    case Exchange::PublicKey:
        return tr("Prefer TLS: set the source connection's TLS (verify-identity); the channel then uses "
                  "SOURCE_SSL=1 instead of the public key.");
    case Exchange::Impossible:
        return tr("Set the source connection's TLS (preferred), or allow the public key with "
                  "source_public_key=auto in the profile's [options].");
    case Exchange::Plain:
    case Exchange::Tls:
        break;
    }
    return {};
}
