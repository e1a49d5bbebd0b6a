#pragma once

#include "db/ServerRole.h"

#include <QHash>
#include <QWizardPage>

#include <memory>

namespace Ui {
class ConnectionsPage;
}
class ConnectionForm;
class SetupModel;

// Wizard page: the three connections, each testable in place.
class ConnectionsPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ConnectionsPage(SetupModel* model, QWidget* parent = nullptr);
    ~ConnectionsPage() override;

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

    ConnectionForm* form(ServerRole role) const { return m_forms.value(role); }

private:
    std::unique_ptr<Ui::ConnectionsPage> m_ui;
    SetupModel* m_model;
    QHash<ServerRole, ConnectionForm*> m_forms;
};
