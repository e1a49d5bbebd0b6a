#include "SetupPlan.h"

#include "PlanHost.h"
#include "SetupStepDefinition.h"
#include "SetupSteps.h"
#include "StepContext.h"

#include <QJsonArray>

namespace {

QString kindKey(SetupStep::Kind kind)
{
    switch (kind) {
    case SetupStep::Kind::Automatic:
        return QStringLiteral("automatic");
    case SetupStep::Kind::Confirm:
        return QStringLiteral("confirm");
    case SetupStep::Kind::Manual:
        break;
    }
    return QStringLiteral("manual");
}

} // namespace

SetupPlan SetupPlan::build(const Profile& profile, SetupConnections& connections)
{
    SetupPlan plan;
    plan.m_strategy = profile.strategy;
    PlanHost host(connections);
    StepContext context(StepContext::Mode::Plan, profile, connections, host);
    for (const SetupStepDefinition* step : SetupSteps::forStrategy(profile.strategy))
        plan.m_steps << step->planned(context);
    return plan;
}

QString SetupPlan::toMarkdown(const Profile& profile) const
{
    QString md = tr("# Replica setup runbook\n\n");
    md += tr("Strategy: %1. Source %2, target %3. Values in angle brackets are known only when the setup "
             "runs; "
             "passwords are masked.\n\n")
              .arg(SetupStrategies::key(m_strategy), profile.source.endpoint(), profile.target.endpoint());
    int n = 0;
    for (const SetupStep& step : m_steps) {
        md += QStringLiteral("## %1. %2 (%3)\n\n%4\n\n")
                  .arg(++n)
                  .arg(step.title, ServerRoles::displayName(step.role), step.description);
        if (!step.commands.isEmpty())
            md += QStringLiteral("```sql\n") + step.commands.join(QStringLiteral(";\n"))
                + QStringLiteral(";\n```\n\n");
        else if (!step.nothing.isEmpty())
            md += tr("Nothing to run now: %1").arg(step.nothing) + QStringLiteral("\n\n");
        if (!step.reads.isEmpty())
            md += tr("Reads: %1").arg(step.reads.join(QStringLiteral("; "))) + QStringLiteral("\n\n");
    }
    return md;
}

QJsonObject SetupPlan::toJson(const Profile& profile) const
{
    QJsonArray steps;
    for (const SetupStep& step : m_steps) {
        QJsonObject s;
        s.insert(QStringLiteral("key"), step.key);
        s.insert(QStringLiteral("title"), step.title);
        s.insert(QStringLiteral("server"), ServerRoles::key(step.role));
        s.insert(QStringLiteral("kind"), kindKey(step.kind));
        QStringList statements = step.commands;
        for (const QString& command : step.shellCommands)
            statements.removeOne(command);
        s.insert(QStringLiteral("statements"), QJsonArray::fromStringList(statements));
        s.insert(QStringLiteral("commands"), QJsonArray::fromStringList(step.shellCommands));
        s.insert(QStringLiteral("reads"), QJsonArray::fromStringList(step.reads));
        s.insert(QStringLiteral("nothing_to_run"), step.nothing);
        s.insert(QStringLiteral("plannable"), step.plannable);
        s.insert(QStringLiteral("description"), step.description);
        steps.append(s);
    }
    QJsonObject root;
    root.insert(QStringLiteral("strategy"), SetupStrategies::key(m_strategy));
    root.insert(QStringLiteral("source"), profile.source.endpoint());
    root.insert(QStringLiteral("target"), profile.target.endpoint());
    root.insert(QStringLiteral("steps"), steps);
    return root;
}
