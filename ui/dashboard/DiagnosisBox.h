#pragma once

#include "monitor/Diagnosis.h"
#include "monitor/RecoveryAction.h"

#include <QGroupBox>

class QHBoxLayout;
class QLabel;

// What went wrong with the target and what to do, with buttons for the safe actions.
class DiagnosisBox : public QGroupBox
{
    Q_OBJECT

public:
    explicit DiagnosisBox(QWidget* parent = nullptr);

    void showDiagnosis(const std::optional<Diagnosis>& diagnosis, const QList<RecoveryAction>& actions,
                       int raisedRetentionHours);
    QString text() const;
    QStringList actionLabels() const;

signals:
    void actionRequested(RecoveryAction action);

private:
    QLabel* m_summary;
    QLabel* m_fix;
    QHBoxLayout* m_buttons;
    QList<RecoveryAction> m_shownActions;
};
