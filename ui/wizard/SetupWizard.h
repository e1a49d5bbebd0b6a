#pragma once

#include <QWizard>

class ConnectionsPage;
class SetupModel;

// The step-by-step setup of an external replica. Pages share one SetupModel.
class SetupWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId
    {
        ConnectionsPageId = 0
    };

    explicit SetupWizard(SetupModel* model, QWidget* parent = nullptr);

    SetupModel* model() const { return m_model; }
    ConnectionsPage* connectionsPage() const { return m_connectionsPage; }

private:
    SetupModel* m_model;
    ConnectionsPage* m_connectionsPage;
};
