#pragma once

#include <QMessageBox>

#include <functional>

// Every message box of the app goes through here, so tests can answer without a human:
// setNextAnswer() makes the next question return that button without showing anything. None of
// them blocks: they open window-modal and report through a callback (no nested event loop).
class MessageBoxes
{
public:
    // Shows a warning and returns at once.
    static void warning(QWidget* parent, const QString& title, const QString& text);

    // Asks without blocking (no nested event loop): `answered` runs with the button chosen.
    static void ask(QWidget* parent, const QString& title, const QString& text,
                    const std::function<void(QMessageBox::StandardButton)>& answered);

    static void setNextAnswer(QMessageBox::StandardButton answer);
    // Tests: every question from now on gets this answer (NoButton: ask people again).
    static void setAutoAnswer(QMessageBox::StandardButton answer);
    // The text of the last question asked (for tests).
    static QString lastQuestion();

private:
    static QMessageBox::StandardButton takeAnswer();

    static QMessageBox::StandardButton s_nextAnswer;
    static QMessageBox::StandardButton s_autoAnswer;
    static QString s_lastQuestion;
};
