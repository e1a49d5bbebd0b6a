#pragma once

#include "db/Result.h"
#include "setup/PreflightCheck.h"

#include <QFutureWatcher>
#include <QWizardPage>

#include <memory>

namespace Ui {
class PreflightPage;
}
class SetupModel;

// Wizard page: the preflight checklist, run off the GUI thread; fixes that are statements can be
// applied from here after a confirmation showing them.
class PreflightPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit PreflightPage(SetupModel* model, QWidget* parent = nullptr);
    ~PreflightPage() override;

    void initializePage() override;
    bool isComplete() const override;
    const QList<PreflightCheck>& checks() const { return m_checks; }
    bool isRunning() const { return m_watcher.isRunning() || m_fixWatcher.isRunning(); }

private:
    void runChecks();
    void show(const QList<PreflightCheck>& checks);
    void applyFix();

    std::unique_ptr<Ui::PreflightPage> m_ui;
    SetupModel* m_model;
    QList<PreflightCheck> m_checks;
    QFutureWatcher<QList<PreflightCheck>> m_watcher;
    QFutureWatcher<Status> m_fixWatcher;
};
