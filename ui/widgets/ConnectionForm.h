#pragma once

#include "db/ConnectionSpec.h"
#include "db/EngineError.h"
#include "replication/ServerFacts.h"

#include <QWidget>

#include <memory>

namespace Ui {
class ConnectionForm;
}
class ConnectionTester;

// Host, port, user, password, TLS and an optional SSH tunnel of one server, with a test button
// that shows the detected facts or the explained error in place (and, for a bastion's unknown host
// key, offers to trust its fingerprint).
class ConnectionForm : public QWidget
{
    Q_OBJECT

public:
    explicit ConnectionForm(ServerRole role, QWidget* parent = nullptr);
    ~ConnectionForm() override;

    ServerRole role() const { return m_role; }
    ConnectionSpec spec() const;
    void setSpec(const ConnectionSpec& spec);
    QByteArray password() const;
    void fillPassword(const QByteArray& password);
    bool isComplete() const;
    // Hands the typed SSH password or passphrase to the tunnels (memory only).
    void shareTunnelSecret() const;
    QByteArray tunnelSecret() const;

signals:
    void changed();
    void tested(bool ok);

private:
    void startTest();
    void showFacts(const ServerFacts& facts);
    void showError(const EngineError& error);

    std::unique_ptr<Ui::ConnectionForm> m_ui;
    ServerRole m_role;
    ConnectionSpec m_loaded; // what the form does not show (client certificate) is kept as loaded
    QString m_untrustedFingerprint; // of the bastion's unknown host key the last test met
    ConnectionTester* m_tester;
};
