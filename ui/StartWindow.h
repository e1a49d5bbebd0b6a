#pragma once

#include "monitor/Health.h"
#include "profile/SetupLibrary.h"
#include "secrets/SecretStore.h"

#include <QByteArray>
#include <QHash>
#include <QWidget>

#include <memory>
#include <optional>

namespace Ui {
class StartWindow;
}
class DashboardWindow;
class FleetMonitor;
class FleetTableModel;
class HealthNotifier;
class QAbstractItemModel;
class QSortFilterProxyModel;
class QSystemTrayIcon;
class SetupWizard;

// First window: the fleet overview (every saved setup with the health of each link, lag, binlog
// runway and last check, polled in the background; sort, filter, rename, duplicate, remove),
// desktop notifications and a tray icon when a link's health changes, and "New replica setup...".
class StartWindow : public QWidget
{
    Q_OBJECT

public:
    // `keychain`: where remembered passwords are read (default: the OS keychain).
    explicit StartWindow(SetupLibrary library, QWidget* parent = nullptr,
                         std::unique_ptr<SecretStore> keychain = {}, int pollIntervalMs = 10000);
    ~StartWindow() override;

    // The overview as the table shows it (sorted and filtered): column 0 holds the profile path
    // (FleetTableModel::ProfilePathRole).
    QAbstractItemModel* setupsModel() const;
    const FleetMonitor* fleet() const { return m_fleet; }
    HealthNotifier* notifier() const { return m_notifier; }
    // Selects the setup of this profile; false when it is not listed.
    bool selectSetup(const QString& profilePath);
    void renameSelected(const QString& name);
    void duplicateSelected();
    // Deletes the selected setup's folder and its keychain entries (the caller has confirmed).
    void removeSelected();
    void setSelectedNotifies(bool on);

    // Opens the wizard on an existing profile (passwords, when known, prefilled).
    SetupWizard* openWizard(const Profile& profile, const QString& profilePath,
                            const QHash<ServerRole, QByteArray>& passwords = {},
                            const QByteArray& replicationPassword = {});
    SetupWizard* newSetup();
    // The wizard on a setup whose last run did not finish, set to resume that run.
    SetupWizard* resumeRun(const Profile& profile, const QString& profilePath,
                           const QHash<ServerRole, QByteArray>& passwords = {},
                           const QByteArray& replicationPassword = {});
    // Whether the run journal beside this profile records an unfinished run.
    static bool hasUnfinishedRun(const QString& profilePath);
    // The dashboard of a setup; passwords not given are asked for in the window.
    DashboardWindow* openDashboard(const Profile& profile, const QString& profilePath,
                                   const QHash<ServerRole, QByteArray>& passwords);
    void refresh();

private:
    // The selected setup's profile (a warning when it cannot be read).
    std::optional<Profile> selectedProfile(QString* path);
    QString selectedPath() const;
    void updateButtons();
    void openSelected();
    // Reads the remembered passwords from the keychain first.
    void openSelectedDashboard();
    void askToRename();
    void askToRemove();
    // Reads every setup's remembered passwords, then hands the setups to the fleet monitor.
    void watchFleet(const QList<SetupLibrary::Entry>& entries);
    void onHealthChanged(int row, ServerRole role, Health before, Health now);
    void updateTray();
    SecretStore* keychain();

    std::unique_ptr<Ui::StartWindow> m_ui;
    SetupLibrary m_library;
    std::unique_ptr<SecretStore> m_keychain;
    FleetMonitor* m_fleet = nullptr;
    FleetTableModel* m_model = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
    HealthNotifier* m_notifier = nullptr;
    QSystemTrayIcon* m_tray = nullptr;
    int m_watchGeneration = 0; // a newer refresh makes older keychain answers moot
};
