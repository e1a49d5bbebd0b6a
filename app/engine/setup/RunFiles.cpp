#include "RunFiles.h"

#include "RunJournal.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

RunFiles RunFiles::forProfile(const QString& profilePath)
{
    const QString folder = profilePath.isEmpty()
        ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        : QFileInfo(profilePath).absolutePath();
    RunFiles files;
    files.auditLog = QDir(folder).filePath(QStringLiteral("audit.log"));
    files.journal = profilePath.isEmpty() ? QDir(folder).filePath(QStringLiteral("setup.journal.json"))
                                          : RunJournal::pathFor(profilePath);
    return files;
}
