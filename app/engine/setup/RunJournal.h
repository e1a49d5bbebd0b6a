#pragma once

#include "SourceCoordinates.h"
#include "db/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QStringList>

#include <optional>

// What a setup run has done so far. Written atomically (QSaveFile) whenever a step starts or
// ends, before anything else happens, so a run killed at any moment can be resumed: a step is
// "running" from before its first statement until its outcome is recorded. Holds no secret.
class RunJournal
{
    Q_DECLARE_TR_FUNCTIONS(RunJournal)

public:
    enum class StepState
    {
        Pending,
        Running,
        Done,
        Failed
    };

    RunJournal() = default;
    explicit RunJournal(QString path);

    // The journal that goes with a profile: "setup.ini" -> "setup.journal.json" beside it.
    static QString pathFor(const QString& profilePath);
    // The chunked copy's journal beside a run journal ("" for "").
    static QString copyJournalPathFor(const QString& journalPath);
    static Result<RunJournal> load(const QString& path);

    void begin(const QString& profilePath, const QString& strategyKey, const QStringList& schemas);
    Status setStep(const QString& key, StepState state);
    Status setCoordinates(const SourceCoordinates& coordinates);
    Status finish(bool ok);

    StepState state(const QString& key) const { return m_steps.value(key, StepState::Pending); }
    std::optional<SourceCoordinates> coordinates() const { return m_coordinates; }
    QStringList schemas() const { return m_schemas; }
    QString strategyKey() const { return m_strategy; }
    QString profilePath() const { return m_profilePath; }
    bool isFinished() const { return m_finished; }
    bool succeeded() const { return m_succeeded; }
    QString path() const { return m_path; }

    Status save() const;

private:
    QString m_path;
    QString m_profilePath;
    QString m_strategy;
    QStringList m_schemas;
    QDateTime m_startedAt;
    std::optional<SourceCoordinates> m_coordinates;
    QHash<QString, StepState> m_steps;
    QStringList m_order; // steps in the order they were first recorded
    bool m_finished = false;
    bool m_succeeded = false;
};
