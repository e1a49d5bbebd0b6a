#pragma once

#include "monitor/Health.h"
#include "monitor/ServerSnapshot.h"

#include <QGroupBox>

class QFormLayout;
class QLabel;
class QTableWidget;

// The source: current binlog coordinates, the binlogs it keeps with their sizes, retention, and
// the server's facts.
class SourcePanel : public QGroupBox
{
    Q_OBJECT

public:
    explicit SourcePanel(QWidget* parent = nullptr);

    void showSnapshot(const ServerSnapshot& snapshot, Health health);
    QString fieldText(const QString& field) const; // "position", "retention", "oldest", "facts"
    int binlogCount() const;

private:
    QLabel* addField(QFormLayout* form, const QString& name, const QString& label);

    QLabel* m_badge;
    QTableWidget* m_binlogs;
};
