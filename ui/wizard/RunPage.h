#pragma once

#include "setup/Confirmer.h"
#include "setup/SetupStep.h"

#include <QSemaphore>
#include <QThread>
#include <QWizardPage>

#include <memory>

namespace Ui {
class RunPage;
}
class SetupModel;
class SetupRunner;
struct SeedProgress;

// Wizard page: runs the plan on a worker thread with a confirmation before each changing step,
// step states, progress of the copy, a live log and Cancel. The GUI thread never waits.
class RunPage : public QWizardPage
{
    Q_OBJECT

public:
    RunPage(SetupModel* model, QWidget* parent = nullptr);
    ~RunPage() override;

    void initializePage() override;
    bool isComplete() const override { return m_succeeded; }
    bool isRunning() const { return m_runner != nullptr; }
    QString summary() const { return m_summary; }
    QString auditLogPath() const { return m_auditLogPath; }
    void start();
    void cancel();

private:
    // A question from the worker, answered on the GUI thread.
    struct PendingAnswer
    {
        QSemaphore answered;
        bool yes = false;
    };
    class GuiConfirmer : public Confirmer
    {
    public:
        explicit GuiConfirmer(RunPage* page)
            : m_page(page)
        {
        }
        bool confirm(const SetupStep& step, const QString& question, const QStringList& commands) override;

    private:
        RunPage* m_page;
    };

    void ask(const SetupStep& step, const QString& question, const QStringList& commands,
             std::shared_ptr<PendingAnswer> pending);
    void releasePending(bool yes);
    void onStepStarted(int index, const SetupStep& step);
    void onStepFinished(int index, bool ok, const QString& message);
    void onSeedProgress(const SeedProgress& progress);
    void onFinished(bool ok, const QString& summary);

    std::unique_ptr<Ui::RunPage> m_ui;
    SetupModel* m_model;
    GuiConfirmer m_confirmer;
    QThread m_thread;
    SetupRunner* m_runner = nullptr;
    std::shared_ptr<PendingAnswer> m_pending;
    int m_stepCount = 0;
    QStringList m_stepLog; // the running step's log lines, shown in full when it fails
    bool m_succeeded = false;
    QString m_summary;
    QString m_auditLogPath;
};
