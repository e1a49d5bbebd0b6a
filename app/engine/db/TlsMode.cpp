#include "TlsMode.h"

#include <array>

namespace {
struct TlsModeName
{
    TlsMode mode;
    const char* key;
};
constexpr std::array<TlsModeName, 5> kNames{{{TlsMode::Disabled, "disabled"},
                                             {TlsMode::Preferred, "preferred"},
                                             {TlsMode::Required, "required"},
                                             {TlsMode::VerifyCa, "verify-ca"},
                                             {TlsMode::VerifyIdentity, "verify-identity"}}};
} // namespace

namespace TlsModes {

QString key(TlsMode mode)
{
    for (const auto& name : kNames) {
        if (name.mode == mode)
            return QString::fromLatin1(name.key);
    }
    return {};
}

bool fromKey(const QString& key, TlsMode* mode)
{
    const QString wanted = key.trimmed().toLower();
    for (const auto& name : kNames) {
        if (wanted == QLatin1String(name.key)) {
            *mode = name.mode;
            return true;
        }
    }
    return false;
}

bool requiresEncryption(TlsMode mode)
{
    return mode == TlsMode::Required || mode == TlsMode::VerifyCa || mode == TlsMode::VerifyIdentity;
}

} // namespace TlsModes
