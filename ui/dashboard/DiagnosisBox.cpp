#include "DiagnosisBox.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

DiagnosisBox::DiagnosisBox(QWidget* parent)
    : QGroupBox(tr("Diagnosis"), parent)
    , m_summary(new QLabel(this))
    , m_fix(new QLabel(this))
    , m_buttons(new QHBoxLayout)
{
    setObjectName(QStringLiteral("diagnosisBox"));
    auto* layout = new QVBoxLayout(this);
    for (QLabel* label : {m_summary, m_fix}) {
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        layout->addWidget(label);
    }
    m_summary->setObjectName(QStringLiteral("diagnosisSummary"));
    m_fix->setObjectName(QStringLiteral("diagnosisFix"));
    layout->addLayout(m_buttons);
    layout->addStretch();
    showDiagnosis(std::nullopt, {}, 0);
}

void DiagnosisBox::showDiagnosis(const std::optional<Diagnosis>& diagnosis,
                                 const QList<RecoveryAction>& actions, int raisedRetentionHours)
{
    if (diagnosis) {
        m_summary->setText(QStringLiteral("<b>%1</b> %2")
                               .arg(diagnosis->id.toHtmlEscaped(), diagnosis->summary.toHtmlEscaped()));
        m_fix->setText(diagnosis->fix.isEmpty() ? QString() : tr("What to do: %1").arg(diagnosis->fix));
    } else {
        m_summary->setText(tr("Nothing to report."));
        m_fix->clear();
    }
    if (actions == m_shownActions && m_buttons->count() == actions.size())
        return; // keep the buttons (and keyboard focus) while nothing changes
    m_shownActions = actions;
    while (QLayoutItem* item = m_buttons->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (RecoveryAction action : actions) {
        auto* button = new QPushButton(RecoveryActions::label(action, raisedRetentionHours), this);
        connect(button, &QPushButton::clicked, this, [this, action] { emit actionRequested(action); });
        m_buttons->addWidget(button);
    }
}

QString DiagnosisBox::text() const
{
    return m_summary->text() + QLatin1Char('\n') + m_fix->text();
}

QStringList DiagnosisBox::actionLabels() const
{
    QStringList labels;
    for (int i = 0; i < m_buttons->count(); ++i) {
        if (const auto* button = qobject_cast<QPushButton*>(m_buttons->itemAt(i)->widget()))
            labels << button->text();
    }
    return labels;
}
