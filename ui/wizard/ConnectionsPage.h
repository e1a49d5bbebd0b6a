#pragma once

#include "db/ServerRole.h"

#include <QHash>
#include <QWizardPage>

#include <memory>

namespace Ui {
class ConnectionsPage;
}
class ConnectionForm;
class SetupSession;
class SecretStore;

// Wizard page: the three connections, each testable in place.
class ConnectionsPage : public QWizardPage
{
    Q_OBJECT

public:
    // `keychain` may be null (no keychain: passwords stay in memory only).
    ConnectionsPage(SetupSession* session, SecretStore* keychain, QWidget* parent = nullptr);
    ~ConnectionsPage() override;

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

    ConnectionForm* form(ServerRole role) const { return m_forms.value(role); }

private:
    std::unique_ptr<Ui::ConnectionsPage> m_ui;
    void rememberPasswords();

    SetupSession* m_session;
    SecretStore* m_keychain;
    QHash<ServerRole, ConnectionForm*> m_forms;
};
