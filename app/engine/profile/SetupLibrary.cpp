#include "SetupLibrary.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

SetupLibrary::SetupLibrary(QString root)
    : m_root(root.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                     + QStringLiteral("/setups")
                            : std::move(root))
{
}

QList<SetupLibrary::Entry> SetupLibrary::entries() const
{
    QList<Entry> list;
    const QDir dir(m_root);
    for (const QString& id : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        const QString path = dir.filePath(id + QStringLiteral("/profile.ini"));
        Result<Profile> profile = ProfileFile::load(path);
        if (!profile)
            continue;
        list.append({id, path, titleOf(profile.value())});
    }
    return list;
}

Result<SetupLibrary::Entry> SetupLibrary::save(const Profile& profile, const QString& id)
{
    const QString setupId
        = id.isEmpty() ? QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz")) : id;
    const QString folder = m_root + QLatin1Char('/') + setupId;
    if (!QDir().mkpath(folder))
        return EngineError::local(tr("Cannot create %1.").arg(folder));
    const QString path = folder + QStringLiteral("/profile.ini");
    const Status saved = ProfileFile::save(profile, path);
    if (!saved)
        return saved.error();
    return Entry{setupId, path, titleOf(profile)};
}

QString SetupLibrary::titleOf(const Profile& profile)
{
    const QString link = tr("%1 → %2").arg(profile.source.endpoint(), profile.target.endpoint());
    return profile.name.isEmpty() ? link : tr("%1 (%2)").arg(profile.name, link);
}

Status SetupLibrary::remove(const QString& profilePath)
{
    QDir folder = QFileInfo(profilePath).absoluteDir();
    // Only a folder of this library, never anything else a path might point at.
    if (QFileInfo(folder.absolutePath()).dir().absolutePath() != QDir(m_root).absolutePath())
        return EngineError::local(tr("%1 is not a saved setup of %2.").arg(profilePath, m_root));
    if (!folder.removeRecursively())
        return EngineError::local(tr("Cannot remove %1.").arg(folder.absolutePath()),
                                  tr("Check the folder's permissions."));
    return Done{};
}
