#pragma once

#include "setup/SetupStep.h"

#include <QPointer>
#include <QWizardPage>

#include <memory>

namespace Ui {
class RunPage;
}
class SetupJob;
class SetupSession;
struct SeedProgress;

// Wizard page: runs the plan as a SetupJob (its own worker thread) with a confirmation before each
// changing step, step states, progress of the copy, a live log and Cancel. The GUI thread never
// waits: closing the page cancels the job and returns at once.
class RunPage : public QWizardPage
{
    Q_OBJECT

public:
    // A step's state, kept in its list item (Qt::UserRole), not in its text.
    enum class StepState
    {
        Pending,
        Running,
        Done,
        Failed
    };
    static constexpr int StateRole = Qt::UserRole;
    static constexpr int LabelRole = Qt::UserRole + 1; // title and server, without the state mark

    RunPage(SetupSession* session, QWidget* parent = nullptr);
    ~RunPage() override;

    void initializePage() override;
    bool isComplete() const override { return m_succeeded; }
    bool isRunning() const;
    QString summary() const { return m_summary; }
    void start();
    void cancel();

private:
    void ask(const SetupStep& step, const QString& question, const QStringList& commands);
    void setStepState(int index, StepState state);
    void onStepStarted(int index, const SetupStep& step);
    void onStepFinished(int index, bool ok, const QString& message);
    void onSeedProgress(const SeedProgress& progress);
    void onFinished(bool ok, const QString& summary);

    std::unique_ptr<Ui::RunPage> m_ui;
    SetupSession* m_session;
    QPointer<SetupJob> m_job; // owned by the session
    int m_stepCount = 0;
    QStringList m_stepLog; // the running step's log lines, shown in full when it fails
    bool m_succeeded = false;
    QString m_summary;
};
