#pragma once

#include "db/Result.h"

#include <QFutureWatcher>
#include <QWizardPage>

#include <memory>

namespace Ui {
class SchemasPage;
}
class SetupModel;

// One user schema of the copy's origin, with its size.
struct SchemaSize
{
    QString name;
    qint64 bytes = 0;
    qint64 rows = 0;
};

// Wizard page: the user schemas with size and row estimates; all selected by default.
class SchemasPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit SchemasPage(SetupModel* model, QWidget* parent = nullptr);
    ~SchemasPage() override;

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    void show(const Result<QList<SchemaSize>>& schemas);
    QStringList selected() const;

    std::unique_ptr<Ui::SchemasPage> m_ui;
    SetupModel* m_model;
    QFutureWatcher<Result<QList<SchemaSize>>> m_watcher;
};
