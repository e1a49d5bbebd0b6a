#include "ConnectionsPage.h"

#include "SetupModel.h"
#include "ui_ConnectionsPage.h"
#include "widgets/ConnectionForm.h"

ConnectionsPage::ConnectionsPage(SetupModel* model, QWidget* parent)
    : QWizardPage(parent)
    , m_ui(std::make_unique<Ui::ConnectionsPage>())
    , m_model(model)
{
    m_ui->setupUi(this);
    for (ServerRole role : ServerRoles::all()) {
        auto* form = new ConnectionForm(role, this);
        m_forms.insert(role, form);
        QString title = ServerRoles::displayName(role);
        title[0] = title[0].toUpper();
        m_ui->roleTabs->addTab(form, title);
        connect(form, &ConnectionForm::changed, this, &QWizardPage::completeChanged);
    }
}

ConnectionsPage::~ConnectionsPage() = default;

void ConnectionsPage::initializePage()
{
    const QList<ServerRole> needed = m_model->roles();
    for (ServerRole role : ServerRoles::all()) {
        ConnectionForm* form = m_forms.value(role);
        form->setSpec(m_model->profile().connection(role));
        form->setPassword(m_model->password(role));
        m_ui->roleTabs->setTabVisible(m_ui->roleTabs->indexOf(form), needed.contains(role));
    }
}

bool ConnectionsPage::isComplete() const
{
    for (ServerRole role : m_model->roles()) {
        if (!m_forms.value(role)->isComplete())
            return false;
    }
    return true;
}

bool ConnectionsPage::validatePage()
{
    for (ServerRole role : m_model->roles()) {
        m_model->setConnection(role, m_forms.value(role)->spec());
        m_model->setPassword(role, m_forms.value(role)->password());
    }
    return true;
}
