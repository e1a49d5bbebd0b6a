#pragma once

#include "SetupConnections.h"
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
    // `connections` holds what inspection found per role (to choose each server's dialect), the
    // schemas to copy, their objects and the definer plan.
    static SetupPlan build(const Profile& profile, const SetupConnections& connections);
    // The statements that create `objects` on the target as the copy does (shown, not run).
    static QStringList objectHeadlines(const QList<SchemaObject>& objects, const DefinerPolicy& policy);

    const QList<SetupStep>& steps() const { return m_steps; }
    SetupStrategy strategy() const { return m_strategy; }
    // A runbook in Markdown: every step with its server and commands.
    QString toMarkdown(const Profile& profile) const;

private:
    QList<SetupStep> m_steps;
    SetupStrategy m_strategy = SetupStrategy::StagingReplica;
};
