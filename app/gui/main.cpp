#include "StartWindow.h"
#include "db/ServerSession.h"
#include "i18n/Translations.h"
#include "profile/SecretsFile.h"
#include "profile/SetupLibrary.h"
#include "secrets/ProcessHardening.h"
#include "widgets/MessageBoxes.h"
#include "wizard/SetupWizard.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>

int main(int argc, char* argv[])
{
    ProcessHardening::apply();
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("ReplicaWizard"));
    QApplication::setApplicationName(QStringLiteral("replica-wizard"));
    QApplication::setApplicationDisplayName(QStringLiteral("Replica Wizard"));
    QApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("replica-wizard"));
    QIcon fallback;
    for (const char* size : {"16x16", "32x32", "48x48", "256x256"})
        fallback.addFile(QStringLiteral(":/icons/%1/apps/replica-wizard.png").arg(QLatin1String(size)));
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral("replica-wizard"), fallback));
    Translations::install(app);
    ServerSession::initializeLibrary();

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Sets up and watches an external replica of an RDS database."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("profile"),
                      QCoreApplication::translate("main", "Open the wizard on this profile."),
                      QCoreApplication::translate("main", "file")});
    parser.addOption({QStringLiteral("secrets"),
                      QCoreApplication::translate("main", "Option file with the passwords (mode 0600)."),
                      QCoreApplication::translate("main", "file")});
    parser.process(app);

    StartWindow window{SetupLibrary()};
    window.show();

    if (parser.isSet(QStringLiteral("profile"))) {
        const QString path = parser.value(QStringLiteral("profile"));
        const Result<Profile> profile = ProfileFile::load(path);
        if (!profile) {
            MessageBoxes::warning(&window, QCoreApplication::translate("main", "Cannot open the profile"),
                                  profile.error().toText());
        } else {
            QHash<ServerRole, QByteArray> passwords;
            QByteArray replicationPassword;
            if (parser.isSet(QStringLiteral("secrets"))) {
                const Result<SecretsFile> secrets
                    = SecretsFile::load(parser.value(QStringLiteral("secrets")));
                if (!secrets) {
                    MessageBoxes::warning(&window,
                                          QCoreApplication::translate("main", "Cannot read the secrets"),
                                          secrets.error().toText());
                } else {
                    for (ServerRole role : ServerRoles::all())
                        passwords.insert(role, secrets->password(role));
                    replicationPassword
                        = secrets->password(QString::fromLatin1(SecretsFile::ReplicationGroup));
                }
            }
            window.openWizard(profile.value(), path, passwords, replicationPassword);
        }
    }
    return QApplication::exec();
}
