#pragma once

#include <QString>

class QHeaderView;
class QWidget;

// Remembers a window's geometry (and a table header's column widths) between runs: restored
// at once, saved when the window is closed or hidden. In QSettings, which never holds a secret.
namespace WindowMemory {
// Returns whether remembered column widths were restored.
bool track(QWidget* window, const QString& key, QHeaderView* header = nullptr);
} // namespace WindowMemory
