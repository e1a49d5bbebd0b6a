#pragma once

#include "db/ConnectionSpec.h"
#include "db/Result.h"

#include <QByteArray>
#include <QCoreApplication>

// verify-identity through an SSH tunnel. The client library compares the server's certificate with
// the address it connects to, which through a tunnel is the loopback end, so the real endpoint's
// name is checked here instead: a TLS handshake of our own through the tunnel (the protocol's
// greeting, then an SSL request), verified against the CA file and the endpoint's host name. The
// session that follows pins the certificate this handshake accepted.
class TunnelTlsIdentity
{
    Q_DECLARE_TR_FUNCTIONS(TunnelTlsIdentity)

public:
    // The verified certificate's SHA-1 fingerprint in hex (what Connector/C 3.3 pins), or a TLS
    // error (2026) saying why the certificate does not prove the endpoint's identity.
    static Result<QByteArray> verify(const ConnectionSpec& spec, int localPort, int timeoutMs = 10000);
};
