#pragma once

#include <QString>

// A position in the source's binary log: where a copy's data ends and replication must begin.
struct SourceCoordinates
{
    QString file;
    quint64 position = 0;

    bool isValid() const { return !file.isEmpty() && position > 0; }
    bool operator==(const SourceCoordinates& other) const
    {
        return file == other.file && position == other.position;
    }
    bool operator!=(const SourceCoordinates& other) const { return !(*this == other); }
    QString toString() const { return QStringLiteral("%1:%2").arg(file).arg(position); }
};
