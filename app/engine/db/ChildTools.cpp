#include "ChildTools.h"

#include <QHash>
#include <QMutex>
#include <QProcess>
#include <QStandardPaths>

namespace ChildTools {

QString find(std::initializer_list<const char*> names)
{
    for (const char* name : names) {
        const QString tool = QString::fromLatin1(name);
        QString path = QStandardPaths::findExecutable(tool);
        if (path.isEmpty())
            path = QStandardPaths::findExecutable(tool,
                                                  {QStringLiteral("/usr/sbin"), QStringLiteral("/usr/bin")});
        if (!path.isEmpty())
            return path;
    }
    return {};
}

bool isMySqlBuild(const QString& path)
{
    static QMutex mutex;
    static QHash<QString, bool> known;
    QMutexLocker lock(&mutex);
    if (const auto it = known.constFind(path); it != known.cend())
        return it.value();
    QProcess tool;
    tool.start(path, {QStringLiteral("--version")});
    const bool answered = tool.waitForFinished(10000) && tool.exitStatus() == QProcess::NormalExit;
    const bool mysql = answered && !tool.readAllStandardOutput().contains("MariaDB");
    known.insert(path, mysql);
    return mysql;
}

} // namespace ChildTools
