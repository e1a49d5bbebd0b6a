#pragma once

#include "monitor/RecoveryAction.h"
#include "monitor/StatusPoller.h"
#include "profile/Profile.h"

#include <QHash>
#include <QWidget>

#include <memory>

namespace Ui {
class DashboardWindow;
}
class DashboardModel;
class DiagnosisBox;
class LagChart;
class QLineEdit;
class ReplicaPanel;
class SourcePanel;
class TopologyStrip;

// The live status of one setup: topology, source and replica panels, lag chart, binlog runway
// and the target's diagnosis with safe actions. Polls on worker threads; never blocks.
class DashboardWindow : public QWidget
{
    Q_OBJECT

public:
    DashboardWindow(const Profile& profile, const QHash<ServerRole, QByteArray>& passwords,
                    StatusPoller::Options options = {}, QWidget* parent = nullptr);
    ~DashboardWindow() override;

    DashboardModel* model() const { return m_model; }
    StatusPoller* poller() const { return m_poller; } // null until every password is known
    TopologyStrip* topology() const { return m_topology; }
    SourcePanel* sourcePanel() const { return m_sourcePanel; }
    ReplicaPanel* replicaPanel(ServerRole role) const { return m_replicaPanels.value(role); }
    LagChart* lagChart() const { return m_chart; }
    DiagnosisBox* diagnosisBox() const { return m_diagnosis; }
    QString runwayText() const;
    void setWriteHeartbeat(bool on);
    void setLagWarningSeconds(int seconds);

signals:
    void reseedRequested(const Profile& profile);

private:
    QList<ServerRole> roles() const;
    QLineEdit* passwordEdit(ServerRole role) const;
    void connectWithEnteredPasswords();
    void startPolling();
    void refresh(ServerRole role);
    void runAction(RecoveryAction action);
    void updateChartNote();

    std::unique_ptr<Ui::DashboardWindow> m_ui;
    Profile m_profile;
    QHash<ServerRole, QByteArray> m_passwords;
    StatusPoller::Options m_options;
    DashboardModel* m_model;
    StatusPoller* m_poller = nullptr;
    TopologyStrip* m_topology;
    SourcePanel* m_sourcePanel;
    QHash<ServerRole, ReplicaPanel*> m_replicaPanels;
    LagChart* m_chart;
    DiagnosisBox* m_diagnosis;
    bool m_actionRunning = false;
};
