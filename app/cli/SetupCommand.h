#pragma once

#include "ProfileCommand.h"
#include "setup/Confirmer.h"
#include "setup/SetupJob.h"

#include <QElapsedTimer>
#include <QObject>

#include <memory>

class StopSignals;

// `replica-wizard-cli setup`: runs the whole plan, asking y/N before each changing step (or not,
// with --yes); progress on stderr; exit 0 only when the target replicates and the copy was verified.
class SetupCommand : public ProfileCommand
{
    Q_OBJECT

public:
    ~SetupCommand() override;
    // Exit code when finished at once (bad arguments: 3), or -1 when running in the event loop.
    int start(const QStringList& arguments);

private:
    bool m_yes = false;
    bool m_resume = false;
    std::unique_ptr<SetupJob> m_job;
    QElapsedTimer m_stepTimer;
    StopSignals* m_stopSignals = nullptr;
    bool m_stopping = false;
};
