#include "RunJournal.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace {

const char* stateKey(RunJournal::StepState state)
{
    switch (state) {
    case RunJournal::StepState::Running:
        return "running";
    case RunJournal::StepState::Done:
        return "done";
    case RunJournal::StepState::Failed:
        return "failed";
    case RunJournal::StepState::Pending:
        break;
    }
    return "pending";
}

RunJournal::StepState stateFromKey(const QString& key)
{
    for (RunJournal::StepState state :
         {RunJournal::StepState::Running, RunJournal::StepState::Done, RunJournal::StepState::Failed}) {
        if (key == QLatin1String(stateKey(state)))
            return state;
    }
    return RunJournal::StepState::Pending;
}

} // namespace

RunJournal::RunJournal(QString path)
    : m_path(std::move(path))
{
}

QString RunJournal::copyJournalPathFor(const QString& journalPath)
{
    return journalPath.isEmpty() ? QString() : journalPath + QStringLiteral(".copy");
}

QString RunJournal::pathFor(const QString& profilePath)
{
    const QFileInfo info(profilePath);
    return info.dir().filePath(info.completeBaseName() + QStringLiteral(".journal.json"));
}

void RunJournal::begin(const QString& profilePath, const QString& strategyKey, const QStringList& schemas)
{
    m_profilePath = QFileInfo(profilePath).absoluteFilePath();
    m_strategy = strategyKey;
    m_schemas = schemas;
    m_startedAt = QDateTime::currentDateTimeUtc();
    m_coordinates.reset();
    m_steps.clear();
    m_order.clear();
    m_finished = false;
    m_succeeded = false;
}

Status RunJournal::setStep(const QString& key, StepState state)
{
    if (!m_steps.contains(key))
        m_order << key;
    m_steps.insert(key, state);
    return save();
}

Status RunJournal::setCoordinates(const SourceCoordinates& coordinates)
{
    m_coordinates = coordinates;
    return save();
}

Status RunJournal::finish(bool ok)
{
    m_finished = true;
    m_succeeded = ok;
    return save();
}

Status RunJournal::save() const
{
    if (m_path.isEmpty())
        return Done{};
    QJsonObject steps;
    QJsonArray order;
    for (const QString& key : m_order) {
        steps.insert(key, QString::fromLatin1(stateKey(m_steps.value(key))));
        order.append(key);
    }
    QJsonObject root{
        {QStringLiteral("version"), 1},
        {QStringLiteral("profile"), m_profilePath},
        {QStringLiteral("strategy"), m_strategy},
        {QStringLiteral("schemas"), QJsonArray::fromStringList(m_schemas)},
        {QStringLiteral("started_at"), m_startedAt.toString(Qt::ISODate)},
        {QStringLiteral("steps"), steps},
        {QStringLiteral("order"), order},
        {QStringLiteral("finished"), m_finished},
        {QStringLiteral("succeeded"), m_succeeded},
    };
    root.insert(QStringLiteral("coordinates"),
                m_coordinates
                    ? QJsonValue(QJsonObject{{QStringLiteral("file"), m_coordinates->file},
                                             {QStringLiteral("position"), double(m_coordinates->position)},
                                             {QStringLiteral("gtid"), m_coordinates->gtid}})
                    : QJsonValue::Null);
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly)
        || file.write(QJsonDocument(root).toJson(QJsonDocument::Indented)) < 0 || !file.commit())
        return EngineError::local(
            tr("The run journal %1 cannot be written: %2").arg(m_path, file.errorString()),
            tr("Free space or fix the folder's permissions; the run stops so that it "
               "can always be resumed."));
    return Done{};
}

Result<RunJournal> RunJournal::load(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return EngineError::local(tr("There is no run journal at %1: nothing to resume.").arg(path),
                                  tr("Run the setup without --resume."));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()
        || document.object().value(QStringLiteral("version")).toInt() != 1)
        return EngineError::local(tr("The run journal %1 is damaged.").arg(path),
                                  tr("Check the servers' state and run the setup again without --resume."));
    const QJsonObject root = document.object();
    RunJournal journal(path);
    journal.m_profilePath = root.value(QStringLiteral("profile")).toString();
    journal.m_strategy = root.value(QStringLiteral("strategy")).toString();
    for (const QJsonValue& schema : root.value(QStringLiteral("schemas")).toArray())
        journal.m_schemas << schema.toString();
    journal.m_startedAt
        = QDateTime::fromString(root.value(QStringLiteral("started_at")).toString(), Qt::ISODate);
    const QJsonObject steps = root.value(QStringLiteral("steps")).toObject();
    for (const QJsonValue& key : root.value(QStringLiteral("order")).toArray()) {
        journal.m_order << key.toString();
        journal.m_steps.insert(key.toString(), stateFromKey(steps.value(key.toString()).toString()));
    }
    const QJsonObject coordinates = root.value(QStringLiteral("coordinates")).toObject();
    if (!coordinates.isEmpty())
        journal.m_coordinates
            = SourceCoordinates{coordinates.value(QStringLiteral("file")).toString(),
                                quint64(coordinates.value(QStringLiteral("position")).toDouble()),
                                coordinates.value(QStringLiteral("gtid")).toString()};
    journal.m_finished = root.value(QStringLiteral("finished")).toBool();
    journal.m_succeeded = root.value(QStringLiteral("succeeded")).toBool();
    return journal;
}
