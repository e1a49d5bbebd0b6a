#pragma once

#include <QMessageBox>

// Every message box of the app goes through here, so tests can answer without a human:
// setNextAnswer() makes the next question return that button without showing anything.
class MessageBoxes
{
public:
    static QMessageBox::StandardButton question(QWidget* parent, const QString& title, const QString& text,
                                                QMessageBox::StandardButtons buttons
                                                = QMessageBox::Yes | QMessageBox::No,
                                                QMessageBox::StandardButton defaultButton = QMessageBox::No);
    static void warning(QWidget* parent, const QString& title, const QString& text);

    static void setNextAnswer(QMessageBox::StandardButton answer);

private:
    static QMessageBox::StandardButton s_nextAnswer;
};
