#include "SetupWizard.h"

#include "ConnectionsPage.h"
#include "SetupModel.h"

SetupWizard::SetupWizard(SetupModel* model, QWidget* parent)
    : QWizard(parent)
    , m_model(model)
    , m_connectionsPage(new ConnectionsPage(model, this))
{
    setObjectName(QStringLiteral("setupWizard"));
    setWindowTitle(tr("New replica setup"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setPage(ConnectionsPageId, m_connectionsPage);
    resize(760, 560);
}
