#pragma once

#include "profile/SetupLibrary.h"

#include <QByteArray>
#include <QHash>
#include <QWidget>

#include <memory>
#include <optional>

namespace Ui {
class StartWindow;
}
class DashboardWindow;
class SecretStore;
class SetupWizard;

// First window: the saved setups and "New replica setup...".
class StartWindow : public QWidget
{
    Q_OBJECT

public:
    explicit StartWindow(SetupLibrary library, QWidget* parent = nullptr);
    ~StartWindow() override;

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
    void openSelected();
    // Reads the remembered passwords from the keychain first.
    void openSelectedDashboard();

    std::unique_ptr<Ui::StartWindow> m_ui;
    SetupLibrary m_library;
    std::unique_ptr<SecretStore> m_keychain;
};
