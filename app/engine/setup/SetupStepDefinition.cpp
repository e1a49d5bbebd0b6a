#include "SetupStepDefinition.h"

#include "SetupSteps.h"
#include "db/SqlText.h"

QString PlannedStatement::shown() const
{
    return SqlText::redacted(sql);
}

bool SetupStepDefinition::belongsTo(SetupStrategy) const
{
    return true;
}

Status SetupStepDefinition::perform(StepContext& context, const StepWork& work) const
{
    for (const PlannedStatement& statement : work.statements) {
        const Status done = context.execute(statement.role, statement.sql);
        if (!done)
            return done;
    }
    return Done{};
}

Status SetupStepDefinition::verify(StepContext&) const
{
    return Done{};
}

Result<bool> SetupStepDefinition::stillDone(StepContext&) const
{
    return true;
}

SetupStep SetupStepDefinition::outline(StepContext& context) const
{
    SetupStep step;
    step.id = id();
    step.key = SetupSteps::key(id());
    step.title = title();
    step.role = role(context.profile());
    step.kind = kind();
    step.description = description(context);
    return step;
}

SetupStep SetupStepDefinition::planned(StepContext& context) const
{
    SetupStep step = outline(context);
    const Result<StepWork> w = work(context);
    if (!w) {
        step.plannable = false;
        step.description += QLatin1Char('\n')
            + QCoreApplication::translate("SetupStepDefinition", "It cannot be planned now: %1")
                  .arg(w.error().toText());
        return step;
    }
    for (const PlannedStatement& statement : w->statements) {
        step.commands << statement.shown();
        if (statement.command)
            step.shellCommands << statement.shown();
    }
    step.reads = w->reads;
    step.nothing = w->nothing;
    return step;
}
