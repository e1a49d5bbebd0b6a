#include "SecretScan.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

namespace SecretScan {

QStringList processesHolding(const QList<QByteArray>& secrets)
{
    QStringList leaks;
    for (const QString& pid :
         QDir(QStringLiteral("/proc")).entryList({QStringLiteral("[0-9]*")}, QDir::Dirs)) {
        for (const char* file : {"cmdline", "environ"}) {
            QFile f(QStringLiteral("/proc/%1/%2").arg(pid, QLatin1String(file)));
            if (!f.open(QIODevice::ReadOnly))
                continue;
            const QByteArray content = f.readAll();
            for (const QByteArray& secret : secrets) {
                if (content.contains(secret))
                    leaks << QStringLiteral("%1/%2: %3")
                                 .arg(pid, QLatin1String(file), QString::fromUtf8(content.left(200)));
            }
        }
    }
    return leaks;
}

QStringList filesHolding(const QString& folder, const QList<QByteArray>& secrets, const QStringList& allowed)
{
    QStringList found;
    QStringList paths;
    if (QFileInfo(folder).isFile())
        paths << folder;
    QDirIterator it(folder, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext())
        paths << it.next();
    for (const QString& path : paths) {
        if (allowed.contains(QFileInfo(path).absoluteFilePath()))
            continue;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray content = file.readAll();
        for (const QByteArray& secret : secrets)
            if (content.contains(secret))
                found << path;
    }
    return found;
}

} // namespace SecretScan
