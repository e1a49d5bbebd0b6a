#pragma once

#include <QString>

#include <functional>

class QWidget;

// Every file dialog of the app goes through here: non-modal (no nested event loop), with a test
// hook that answers instead of a person.
class FileDialogs
{
public:
    // Asks where to save; `chosen` runs with the path once one is chosen (never when cancelled).
    static void saveFile(QWidget* parent, const QString& caption, const QString& suggestedName,
                         const QString& filter, const std::function<void(const QString&)>& chosen);

    // Tests: the next saveFile() "chooses" this path without showing a dialog.
    static void setNextSavePath(const QString& path);

private:
    static QString s_nextSavePath;
};
