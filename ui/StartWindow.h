#pragma once

#include "profile/SetupLibrary.h"

#include <QByteArray>
#include <QHash>
#include <QWidget>

#include <memory>

namespace Ui {
class StartWindow;
}
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
    void refresh();

private:
    void openSelected();

    std::unique_ptr<Ui::StartWindow> m_ui;
    SetupLibrary m_library;
};
