#pragma once

#include "db/Result.h"

#include <QFutureWatcher>
#include <QWizardPage>

#include <memory>

namespace Ui {
class PlanPage;
}
class SetupModel;

// Wizard page: the plan with its statements; exportable as a Markdown runbook.
class PlanPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit PlanPage(SetupModel* model, QWidget* parent = nullptr);
    ~PlanPage() override;

    void initializePage() override;
    bool isComplete() const override;
    QString runbook() const { return m_runbook; }
    bool exportRunbook(const QString& path);

private:
    std::unique_ptr<Ui::PlanPage> m_ui;
    SetupModel* m_model;
    QString m_runbook;
    QFutureWatcher<Result<QString>> m_watcher;
};
