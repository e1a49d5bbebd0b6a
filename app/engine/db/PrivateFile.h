#pragma once

#include "Result.h"

#include <QByteArray>
#include <QString>

// Files only the current user may read (mode 0600 from creation), for credentials handed to
// child tools and the sandbox's secrets.
namespace PrivateFile {
Status write(const QString& path, const QByteArray& content);
} // namespace PrivateFile
