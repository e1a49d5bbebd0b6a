#pragma once

#include "db/Result.h"
#include "setup/SchemaSizes.h"

#include <QWizardPage>

#include <memory>

namespace Ui {
class SchemasPage;
}
class SetupSession;

// Wizard page: the user schemas with size and row estimates; all selected by default.
class SchemasPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit SchemasPage(SetupSession* session, QWidget* parent = nullptr);
    ~SchemasPage() override;

    bool isReading() const;

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    void show(const Result<QList<SchemaSize>>& schemas);
    QStringList selected() const;

    std::unique_ptr<Ui::SchemasPage> m_ui;
    SetupSession* m_session;
};
