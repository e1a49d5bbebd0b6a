#include "FileDialogs.h"

#include <QFileDialog>
#include <QTimer>

QString FileDialogs::s_nextSavePath;

void FileDialogs::saveFile(QWidget* parent, const QString& caption, const QString& suggestedName,
                           const QString& filter, const std::function<void(const QString&)>& chosen)
{
    if (!s_nextSavePath.isEmpty()) {
        const QString path = s_nextSavePath;
        s_nextSavePath.clear();
        QTimer::singleShot(0, parent, [chosen, path] { chosen(path); });
        return;
    }
    auto* dialog = new QFileDialog(parent, caption, suggestedName, filter);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setFileMode(QFileDialog::AnyFile);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(dialog, &QFileDialog::fileSelected, parent, [chosen](const QString& path) {
        if (!path.isEmpty())
            chosen(path);
    });
    dialog->open();
}

void FileDialogs::setNextSavePath(const QString& path)
{
    s_nextSavePath = path;
}
