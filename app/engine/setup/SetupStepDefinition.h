#pragma once

#include "SetupStep.h"
#include "StepContext.h"
#include "db/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

// A statement (or, for the copy, a command) a step runs on one server, as it runs; shown and
// audited with its secrets masked.
struct PlannedStatement
{
    ServerRole role = ServerRole::Source;
    QString sql;
    bool command = false; // a shell pipeline (the copy), not SQL

    QString shown() const;
};

// What a step will do now: the exact statements, and what to ask and say around them.
struct StepWork
{
    QList<PlannedStatement> statements;
    QStringList reads; // what the step reads to decide or to check (shown in the plan)
    QString question; // asked before the statements run (and for manual steps)
    QString declined; // the error when the DBA says no (or, for an optional step, the note)
    bool optional = false; // declining skips the step instead of stopping the run
    QString nothing; // logged when there is nothing to run (already done, not RDS, ...)
};

// One step of a setup, defined once: what the plan shows is what the confirmation asks about,
// what runs, what the audit log records and what a resume checks. Steps are stateless; what they
// find goes into the StepContext.
class SetupStepDefinition
{
public:
    virtual ~SetupStepDefinition() = default;

    virtual SetupStep::Id id() const = 0;
    virtual QString title() const = 0;
    virtual SetupStep::Kind kind() const = 0;
    virtual ServerRole role(const Profile& profile) const = 0;
    virtual QString description(StepContext& context) const = 0;
    // The strategies this step belongs to.
    virtual bool belongsTo(SetupStrategy strategy) const;

    // What the step will run, read from the servers now; never changes them. While planning,
    // values only the run knows are placeholders in angle brackets.
    virtual Result<StepWork> work(StepContext& context) const = 0;
    // Runs the work (default: each statement in order, through the context).
    virtual Status perform(StepContext& context, const StepWork& work) const;
    // After the work: checks and what the step learned (read-only).
    virtual Status verify(StepContext& context) const;
    // Resume: whether a step the journal records as done still holds (true: skip it).
    virtual Result<bool> stillDone(StepContext& context) const;

    // The step as a run announces it: what it is, without its statements.
    SetupStep outline(StepContext& context) const;
    // The step as the plan shows it: the outline with the statements it would run now.
    SetupStep planned(StepContext& context) const;
};
