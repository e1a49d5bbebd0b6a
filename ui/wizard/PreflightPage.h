#pragma once

#include "setup/PreflightCheck.h"

#include <QWizardPage>

#include <memory>

namespace Ui {
class PreflightPage;
}
class SetupSession;

// Wizard page: the preflight checklist (the session checks the servers); fixes that are statements
// can be applied from here after a confirmation showing them.
class PreflightPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit PreflightPage(SetupSession* session, QWidget* parent = nullptr);
    ~PreflightPage() override;

    void initializePage() override;
    bool isComplete() const override;
    const QList<PreflightCheck>& checks() const { return m_checks; }
    bool isRunning() const;

private:
    void runChecks();
    void show(const QList<PreflightCheck>& checks);
    void applyFix();

    std::unique_ptr<Ui::PreflightPage> m_ui;
    SetupSession* m_session;
    QList<PreflightCheck> m_checks;
};
