#pragma once

#include <QString>

// How a client connection uses TLS; the names match the profile's `tls=` values.
enum class TlsMode
{
    Disabled,
    Preferred,
    Required,
    VerifyCa,
    VerifyIdentity
};

namespace TlsModes {
QString key(TlsMode mode);
bool fromKey(const QString& key, TlsMode* mode);
// True for modes that must fail when the session is not encrypted.
bool requiresEncryption(TlsMode mode);
} // namespace TlsModes
