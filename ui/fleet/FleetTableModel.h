#pragma once

#include "monitor/FleetMonitor.h"

#include <QAbstractTableModel>
#include <QSet>

// The start window's overview: a row per saved setup with its name, the health of each link in
// words (and a colour dot: never colour alone), the target's lag, the binlog runway and when it
// was last checked. Sort keys are numbers (UserRole), so a proxy sorts by severity and seconds.
class FleetTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        Source,
        Staging,
        Target,
        Lag,
        Runway,
        LastCheck,
        ColumnCount
    };
    static constexpr int ProfilePathRole = Qt::UserRole + 10;
    static constexpr int UnfinishedRole = Qt::UserRole + 11;
    static constexpr int SortRole = Qt::UserRole + 12;

    explicit FleetTableModel(const FleetMonitor* fleet, QObject* parent = nullptr);

    // Setups whose last run did not finish (shown in the name, offered for resuming).
    void setUnfinished(const QSet<QString>& profilePaths);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QVariant healthData(const FleetMonitor::Row& row, ServerRole role, int itemRole) const;

    const FleetMonitor* m_fleet;
    QSet<QString> m_unfinished;
};
