#pragma once

#include <QString>

// A position in the source's binary log: where a copy's data ends and replication must begin.
struct SourceCoordinates
{
    QString file;
    quint64 position = 0;
    // The GTID set or position at the same point (GTID positioning only): MariaDB's
    // BINLOG_GTID_POS() of file/position, or the MySQL replica's executed set. It follows from
    // file and position, so equality compares those.
    QString gtid;

    bool isValid() const { return !file.isEmpty() && position > 0; }
    bool operator==(const SourceCoordinates& other) const
    {
        return file == other.file && position == other.position;
    }
    bool operator!=(const SourceCoordinates& other) const { return !(*this == other); }
    QString toString() const { return QStringLiteral("%1:%2").arg(file).arg(position); }
};
