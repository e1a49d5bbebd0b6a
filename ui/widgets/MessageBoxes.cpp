#include "MessageBoxes.h"

#include <QTimer>

QMessageBox::StandardButton MessageBoxes::s_nextAnswer = QMessageBox::NoButton;
QMessageBox::StandardButton MessageBoxes::s_autoAnswer = QMessageBox::NoButton;
QString MessageBoxes::s_lastQuestion;

QMessageBox::StandardButton MessageBoxes::takeAnswer()
{
    if (s_nextAnswer != QMessageBox::NoButton) {
        const QMessageBox::StandardButton answer = s_nextAnswer;
        s_nextAnswer = QMessageBox::NoButton;
        return answer;
    }
    return s_autoAnswer;
}

void MessageBoxes::ask(QWidget* parent, const QString& title, const QString& text,
                       const std::function<void(QMessageBox::StandardButton)>& answered)
{
    s_lastQuestion = text;
    const QMessageBox::StandardButton answer = takeAnswer();
    if (answer != QMessageBox::NoButton) {
        QTimer::singleShot(0, parent, [answered, answer] { answered(answer); });
        return;
    }
    auto* box
        = new QMessageBox(QMessageBox::Question, title, text, QMessageBox::Yes | QMessageBox::No, parent);
    box->setDefaultButton(QMessageBox::No);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QObject::connect(box, &QMessageBox::finished, parent, [box, answered](int) {
        answered(box->standardButton(box->clickedButton()) == QMessageBox::Yes ? QMessageBox::Yes
                                                                               : QMessageBox::No);
    });
    box->open();
}

void MessageBoxes::warning(QWidget* parent, const QString& title, const QString& text)
{
    s_lastQuestion = text;
    if (takeAnswer() != QMessageBox::NoButton)
        return;
    auto* box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Ok, parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setTextInteractionFlags(Qt::TextSelectableByMouse);
    box->open();
}

void MessageBoxes::setNextAnswer(QMessageBox::StandardButton answer)
{
    s_nextAnswer = answer;
}

void MessageBoxes::setAutoAnswer(QMessageBox::StandardButton answer)
{
    s_autoAnswer = answer;
}

QString MessageBoxes::lastQuestion()
{
    return s_lastQuestion;
}
