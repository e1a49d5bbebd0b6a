#pragma once

#include "SetupConnections.h"
#include "SetupStep.h"
#include "profile/Profile.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>

// The ordered steps of one setup, for one strategy, with the statements each will run: every step
// of SetupSteps asked for its work on the servers as they are now, without changing them. Values
// only a run knows (the coordinates, the password hash) are placeholders in angle brackets.
class SetupPlan
{
    Q_DECLARE_TR_FUNCTIONS(SetupPlan)

public:
    static SetupPlan build(const Profile& profile, SetupConnections& connections);

    const QList<SetupStep>& steps() const { return m_steps; }
    SetupStrategy strategy() const { return m_strategy; }
    // A runbook in Markdown: every step with its server and statements.
    QString toMarkdown(const Profile& profile) const;
    // The same for machines: steps with key, title, server, kind, statements, reads.
    QJsonObject toJson(const Profile& profile) const;

private:
    QList<SetupStep> m_steps;
    SetupStrategy m_strategy = SetupStrategy::StagingReplica;
};
