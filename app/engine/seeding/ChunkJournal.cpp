#include "ChunkJournal.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <unistd.h>

namespace {

QJsonArray toArray(const QStringList& values)
{
    return QJsonArray::fromStringList(values);
}

QStringList toStrings(const QJsonValue& value)
{
    QStringList strings;
    for (const QJsonValue& item : value.toArray())
        strings << item.toString();
    return strings;
}

// The journal's lines, up to the first one that is not a whole JSON object (a torn write);
// `valid` is set to the bytes they take.
QList<QJsonObject> readLines(QFile& file, qint64* valid = nullptr)
{
    QList<QJsonObject> lines;
    qint64 bytes = 0;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine();
        if (!line.endsWith('\n'))
            break;
        const QJsonDocument document = QJsonDocument::fromJson(line);
        if (!document.isObject())
            break;
        lines << document.object();
        bytes += line.size();
    }
    if (valid)
        *valid = bytes;
    return lines;
}

} // namespace

ChunkJournal::ChunkJournal() = default;
ChunkJournal::~ChunkJournal() = default;

Status ChunkJournal::open(const QString& path, bool resume, const QStringList& schemas)
{
    QMutexLocker lock(&m_mutex);
    m_resumed = false;
    m_plans.clear();
    m_created.clear();
    m_indexed.clear();
    m_foreignKeys.clear();
    m_started.clear();
    m_done.clear();
    m_file.reset();
    if (path.isEmpty())
        return Done{};
    auto file = std::make_unique<QFile>(path);
    if (resume && file->open(QIODevice::ReadOnly)) {
        qint64 valid = 0;
        const QList<QJsonObject> lines = readLines(*file, &valid);
        file->close();
        if (!lines.isEmpty() && toStrings(lines.first().value(QLatin1String("schemas"))) == schemas) {
            for (const QJsonObject& line : lines)
                apply(line);
            // What a kill left half-written goes, so that the lines appended now can be read.
            m_resumed = file->resize(valid);
        }
    }
    QDir().mkpath(QFileInfo(path).absolutePath());
    const QIODevice::OpenMode mode
        = m_resumed ? QIODevice::Append : QIODevice::WriteOnly | QIODevice::Truncate;
    if (!file->open(mode | QIODevice::Text))
        return EngineError::local(
            tr("The copy's journal %1 cannot be written: %2").arg(path, file->errorString()),
            tr("Free space or fix the folder's permissions, then run the setup again."));
    file->setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    m_file = std::move(file);
    lock.unlock();
    if (m_resumed)
        return append(QJsonObject{{QStringLiteral("resumed"), true}});
    return append(QJsonObject{{QStringLiteral("schemas"), toArray(schemas)}});
}

void ChunkJournal::apply(const QJsonObject& line)
{
    const auto table = [&line](const char* key) {
        return line.value(QLatin1String(key)).toString();
    };
    if (line.contains(QLatin1String("plan"))) {
        QList<SeedChunk> chunks;
        const QJsonArray items = line.value(QLatin1String("chunks")).toArray();
        for (int ordinal = 0; ordinal < items.size(); ++ordinal) {
            const QJsonObject item = items.at(ordinal).toObject();
            SeedChunk chunk;
            chunk.ordinal = ordinal;
            chunk.lower = toStrings(item.value(QLatin1String("lower")));
            chunk.upper = toStrings(item.value(QLatin1String("upper")));
            chunks << chunk;
        }
        m_plans.insert(table("plan"), chunks);
    } else if (line.contains(QLatin1String("created"))) {
        m_created.insert(table("created"));
    } else if (line.contains(QLatin1String("started"))) {
        m_started[table("started")].insert(line.value(QLatin1String("chunk")).toInt());
    } else if (line.contains(QLatin1String("done"))) {
        m_done[table("done")].insert(line.value(QLatin1String("chunk")).toInt());
    } else if (line.contains(QLatin1String("indexed"))) {
        m_indexed.insert(table("indexed"));
    } else if (line.contains(QLatin1String("foreignKeys"))) {
        m_foreignKeys.insert(table("foreignKeys"));
    }
}

Status ChunkJournal::append(const QJsonObject& line)
{
    QMutexLocker lock(&m_mutex);
    apply(line);
    if (!m_file)
        return Done{};
    const QByteArray bytes = QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n';
    if (m_file->write(bytes) != bytes.size() || !m_file->flush() || ::fsync(m_file->handle()) != 0)
        return EngineError::local(
            tr("The copy's journal %1 cannot be written: %2").arg(m_file->fileName(), m_file->errorString()),
            tr("Free space, then resume the setup."));
    return Done{};
}

bool ChunkJournal::hasPlan(const QString& table) const
{
    QMutexLocker lock(&m_mutex);
    return m_plans.contains(table);
}

QList<SeedChunk> ChunkJournal::plan(const QString& table) const
{
    QMutexLocker lock(&m_mutex);
    return m_plans.value(table);
}

bool ChunkJournal::created(const QString& table) const
{
    QMutexLocker lock(&m_mutex);
    return m_created.contains(table);
}

bool ChunkJournal::done(const QString& table, int ordinal) const
{
    QMutexLocker lock(&m_mutex);
    return m_done.value(table).contains(ordinal);
}

bool ChunkJournal::indexed(const QString& table) const
{
    QMutexLocker lock(&m_mutex);
    return m_indexed.contains(table);
}

bool ChunkJournal::hasForeignKeys(const QString& table) const
{
    QMutexLocker lock(&m_mutex);
    return m_foreignKeys.contains(table);
}

QSet<int> ChunkJournal::interrupted(const QString& table) const
{
    QMutexLocker lock(&m_mutex);
    return m_started.value(table) - m_done.value(table);
}

Status ChunkJournal::recordPlan(const QString& table, const QList<SeedChunk>& chunks)
{
    QJsonArray items;
    for (const SeedChunk& chunk : chunks)
        items << QJsonObject{{QStringLiteral("lower"), toArray(chunk.lower)},
                             {QStringLiteral("upper"), toArray(chunk.upper)}};
    return append(QJsonObject{{QStringLiteral("plan"), table}, {QStringLiteral("chunks"), items}});
}

Status ChunkJournal::recordCreated(const QString& table)
{
    return append(QJsonObject{{QStringLiteral("created"), table}});
}

Status ChunkJournal::recordStarted(const QString& table, int ordinal)
{
    return append(QJsonObject{{QStringLiteral("started"), table}, {QStringLiteral("chunk"), ordinal}});
}

Status ChunkJournal::recordDone(const QString& table, int ordinal, qint64 rows)
{
    return append(QJsonObject{{QStringLiteral("done"), table},
                              {QStringLiteral("chunk"), ordinal},
                              {QStringLiteral("rows"), double(rows)}});
}

Status ChunkJournal::recordIndexed(const QString& table)
{
    return append(QJsonObject{{QStringLiteral("indexed"), table}});
}

Status ChunkJournal::recordForeignKeys(const QString& table)
{
    return append(QJsonObject{{QStringLiteral("foreignKeys"), table}});
}

Result<QList<int>> ChunkJournal::doneAfterLastResume(const QString& path, const QString& table)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return EngineError::local(tr("The copy's journal %1 cannot be read.").arg(path));
    QList<int> done;
    for (const QJsonObject& line : readLines(file)) {
        if (line.contains(QLatin1String("resumed")))
            done.clear();
        else if (line.value(QLatin1String("done")).toString() == table)
            done << line.value(QLatin1String("chunk")).toInt();
    }
    return done;
}
