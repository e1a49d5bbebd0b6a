#include "SchemasPage.h"

#include "db/SqlText.h"
#include "setup/SetupSession.h"
#include "ui_SchemasPage.h"
#include "widgets/ComboAccess.h"

#include <QCheckBox>
#include <QLocale>

SchemasPage::SchemasPage(SetupSession* session, QWidget* parent)
    : QWizardPage(parent)
    , m_ui(std::make_unique<Ui::SchemasPage>())
    , m_session(session)
{
    m_ui->setupUi(this);
    ComboAccess::followListSelection(m_ui->engineCombo);
    m_ui->schemaTree->setColumnWidth(0, 260);
    connect(m_session, &SetupSession::schemasRead, this, &SchemasPage::show);
    connect(m_ui->remapDefinersRadio, &QRadioButton::toggled, m_ui->remapAccountEdit, &QLineEdit::setEnabled);
}

SchemasPage::~SchemasPage() = default;

bool SchemasPage::isReading() const
{
    return m_session->isPending(SetupSession::Request::Schemas);
}

void SchemasPage::initializePage()
{
    m_ui->schemaTree->clear();
    m_ui->stateLabel->setText(tr("Reading the schemas…"));
    const DefinerPolicy& definers = m_session->profile().definers;
    const bool remap = definers.kind == DefinerPolicy::Kind::Remap;
    (remap ? m_ui->remapDefinersRadio : m_ui->createDefinersRadio)->setChecked(true);
    m_ui->remapAccountEdit->setText(
        remap ? definers.remapAccount()
              : SqlText::account(m_session->profile().target.user, QStringLiteral("%")));
    m_ui->engineCombo->clear();
    m_ui->engineCombo->addItem(
        tr("Chunked copy: parallel, every chunk checked on both servers, resumable inside a "
           "table (recommended)"),
        QVariant::fromValue(int(SeedEngine::Chunked)));
    m_ui->engineCombo->addItem(tr("Dump tool piped into the client (mariadb-dump or mysqldump)"),
                               QVariant::fromValue(int(SeedEngine::Dump)));
    m_ui->engineCombo->setCurrentIndex(m_ui->engineCombo->findData(int(m_session->profile().seeder)));
    m_session->readSchemas();
}

void SchemasPage::show(const Result<QList<SchemaSize>>& schemas)
{
    m_ui->schemaTree->clear();
    if (!schemas) {
        m_ui->stateLabel->setText(schemas.error().toText());
        emit completeChanged();
        return;
    }
    const QStringList chosen = m_session->schemas();
    const QLocale locale;
    for (const SchemaSize& schema : schemas.value()) {
        auto* item = new QTreeWidgetItem(m_ui->schemaTree);
        item->setData(0, Qt::UserRole, schema.name);
        item->setText(1, locale.formattedDataSize(schema.bytes));
        item->setText(2, locale.toString(schema.rows));
        // A real check box, not a checkable cell: screen readers and automation clients can
        // toggle it (a cell's Toggle action only selects its row).
        auto* box = new QCheckBox(schema.name);
        box->setChecked(chosen.isEmpty() || chosen.contains(schema.name));
        box->setAccessibleDescription(tr("Copy and replicate the schema %1").arg(schema.name));
        connect(box, &QCheckBox::toggled, this, &QWizardPage::completeChanged);
        m_ui->schemaTree->setItemWidget(item, 0, box);
    }
    m_ui->stateLabel->setText(schemas->isEmpty() ? tr("There is no user schema to copy.") : QString());
    emit completeChanged();
}

QStringList SchemasPage::selected() const
{
    QStringList names;
    for (int i = 0; i < m_ui->schemaTree->topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = m_ui->schemaTree->topLevelItem(i);
        const auto* box = qobject_cast<const QCheckBox*>(m_ui->schemaTree->itemWidget(item, 0));
        if (box && box->isChecked())
            names << item->data(0, Qt::UserRole).toString();
    }
    return names;
}

bool SchemasPage::isComplete() const
{
    return !isReading() && !selected().isEmpty();
}

bool SchemasPage::validatePage()
{
    DefinerPolicy definers;
    if (m_ui->remapDefinersRadio->isChecked()) {
        const Result<DefinerPolicy> parsed
            = DefinerPolicy::parse(QStringLiteral("remap:") + m_ui->remapAccountEdit->text());
        if (!parsed) {
            m_ui->stateLabel->setText(parsed.error().toText());
            return false;
        }
        definers = parsed.value();
    }
    m_session->setDefinerPolicy(definers);
    m_session->setSeedEngine(SeedEngine(m_ui->engineCombo->currentData().toInt()));
    // All chosen: an empty list, so schemas created later are replicated too.
    const QStringList names = selected();
    m_session->setSchemas(names.size() == m_ui->schemaTree->topLevelItemCount() ? QStringList() : names);
    return true;
}
