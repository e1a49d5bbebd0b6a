#include "SchemasPage.h"

#include "SetupModel.h"
#include "db/ServerSession.h"
#include "db/SqlText.h"
#include "setup/SetupConnections.h"
#include "ui_SchemasPage.h"

#include <QLocale>
#include <QtConcurrent/QtConcurrentRun>

namespace {

Result<QList<SchemaSize>> readSchemas(const ConnectionSpec& spec, const QByteArray& password)
{
    ServerSession session(spec);
    const Status opened = session.open(password);
    if (!opened)
        return opened.error();
    Result<QStringList> names = SetupConnections::userSchemas(session);
    if (!names)
        return names.error();
    Result<ResultSet> sizes
        = session.query(QStringLiteral("SELECT TABLE_SCHEMA AS s, COALESCE(SUM(DATA_LENGTH + INDEX_LENGTH), "
                                       "0) AS b, COALESCE(SUM(TABLE_ROWS), 0) AS r "
                                       "FROM information_schema.TABLES GROUP BY TABLE_SCHEMA"));
    if (!sizes)
        return sizes.error();
    QList<SchemaSize> list;
    for (const QString& name : names.value()) {
        SchemaSize size{name, 0, 0};
        for (int row = 0; row < sizes->rowCount(); ++row) {
            if (sizes->text(row, u"s") == name) {
                size.bytes = sizes->text(row, u"b").toLongLong();
                size.rows = sizes->text(row, u"r").toLongLong();
            }
        }
        list.append(size);
    }
    return list;
}

} // namespace

SchemasPage::SchemasPage(SetupModel* model, QWidget* parent)
    : QWizardPage(parent)
    , m_ui(std::make_unique<Ui::SchemasPage>())
    , m_model(model)
{
    m_ui->setupUi(this);
    m_ui->schemaTree->setColumnWidth(0, 260);
    connect(&m_watcher, &QFutureWatcher<Result<QList<SchemaSize>>>::finished, this,
            [this] { show(m_watcher.result()); });
    connect(m_ui->schemaTree, &QTreeWidget::itemChanged, this, &QWizardPage::completeChanged);
    connect(m_ui->remapDefinersRadio, &QRadioButton::toggled, m_ui->remapAccountEdit, &QLineEdit::setEnabled);
}

SchemasPage::~SchemasPage()
{
    m_watcher.waitForFinished();
}

void SchemasPage::initializePage()
{
    m_ui->schemaTree->clear();
    m_ui->stateLabel->setText(tr("Reading the schemas…"));
    const DefinerPolicy& definers = m_model->profile().definers;
    const bool remap = definers.kind == DefinerPolicy::Kind::Remap;
    (remap ? m_ui->remapDefinersRadio : m_ui->createDefinersRadio)->setChecked(true);
    m_ui->remapAccountEdit->setText(
        remap ? definers.remapAccount()
              : SqlText::account(m_model->profile().target.user, QStringLiteral("%")));
    const ServerRole role = SetupConnections::copyRoleOf(m_model->profile());
    m_watcher.setFuture(
        QtConcurrent::run(readSchemas, m_model->profile().connection(role), m_model->password(role)));
}

void SchemasPage::show(const Result<QList<SchemaSize>>& schemas)
{
    m_ui->schemaTree->clear();
    if (!schemas) {
        m_ui->stateLabel->setText(schemas.error().toText());
        emit completeChanged();
        return;
    }
    const QStringList chosen = m_model->schemas();
    const QLocale locale;
    for (const SchemaSize& schema : schemas.value()) {
        auto* item = new QTreeWidgetItem(m_ui->schemaTree);
        item->setText(0, schema.name);
        item->setText(1, locale.formattedDataSize(schema.bytes));
        item->setText(2, locale.toString(schema.rows));
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(0,
                            chosen.isEmpty() || chosen.contains(schema.name) ? Qt::Checked : Qt::Unchecked);
    }
    m_ui->stateLabel->setText(schemas->isEmpty() ? tr("There is no user schema to copy.") : QString());
    emit completeChanged();
}

QStringList SchemasPage::selected() const
{
    QStringList names;
    for (int i = 0; i < m_ui->schemaTree->topLevelItemCount(); ++i) {
        const QTreeWidgetItem* item = m_ui->schemaTree->topLevelItem(i);
        if (item->checkState(0) == Qt::Checked)
            names << item->text(0);
    }
    return names;
}

bool SchemasPage::isComplete() const
{
    return !m_watcher.isRunning() && !selected().isEmpty();
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
    m_model->setDefinerPolicy(definers);
    // All chosen: an empty list, so schemas created later are replicated too.
    const QStringList names = selected();
    m_model->setSchemas(names.size() == m_ui->schemaTree->topLevelItemCount() ? QStringList() : names);
    return true;
}
