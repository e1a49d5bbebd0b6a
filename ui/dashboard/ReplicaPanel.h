#pragma once

#include "monitor/Health.h"
#include "monitor/ServerSnapshot.h"

#include <QGroupBox>

#include <memory>

namespace Ui {
class ReplicaPanel;
}

// One replica (the target or the staging replica): health, key fields in health colours, and
// the full raw status as a filterable, copyable two-column table.
class ReplicaPanel : public QGroupBox
{
    Q_OBJECT

public:
    explicit ReplicaPanel(ServerRole role, QWidget* parent = nullptr);
    ~ReplicaPanel() override;

    // source: the source's latest look, for how far behind a replica positioned by GTID is.
    void showSnapshot(const ServerSnapshot& snapshot, Health health, const ServerSnapshot* source = nullptr);
    // Only the GTID line, when the source's side of it changed.
    void showGtid(const ServerSnapshot& snapshot, const ServerSnapshot* source);

    QString healthText() const;
    QString fieldText(const QString& field) const; // "io", "sql", "lag", "trueLag", "ioError", ...
    int visibleRawRows() const;
    QString copiedText() const; // what Copy puts on the clipboard

private:
    void applyFilter();

    std::unique_ptr<Ui::ReplicaPanel> m_ui;
};
