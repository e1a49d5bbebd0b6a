#include "ChildTools.h"

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

} // namespace ChildTools
