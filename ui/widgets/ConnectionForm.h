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

// Host, port, user, password and TLS of one server, with a test button that shows the detected
// facts or the explained error in place.
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

signals:
    void changed();
    void tested(bool ok);

private:
    void startTest();
    void showFacts(const ServerFacts& facts);
    void showError(const EngineError& error);

    std::unique_ptr<Ui::ConnectionForm> m_ui;
    ServerRole m_role;
    ConnectionTester* m_tester;
};
