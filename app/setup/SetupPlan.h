#pragma once

#include "SetupStep.h"
#include "profile/Profile.h"
#include "replication/ServerFacts.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

// The ordered steps of one setup, for one strategy, with the statements each will run.
class SetupPlan
{
    Q_DECLARE_TR_FUNCTIONS(SetupPlan)

public:
    // `facts` holds what inspection found per role (used to skip needless steps and to choose
    // each server's dialect).
    static SetupPlan build(const Profile& profile, const QHash<ServerRole, ServerFacts>& facts,
                           const QStringList& schemas);

    const QList<SetupStep>& steps() const { return m_steps; }
    SetupStrategy strategy() const { return m_strategy; }
    // A runbook in Markdown: every step with its server and commands.
    QString toMarkdown(const Profile& profile) const;

private:
    QList<SetupStep> m_steps;
    SetupStrategy m_strategy = SetupStrategy::StagingReplica;
};
