#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace Translations {

void install(QCoreApplication& app)
{
    const QLocale locale;
    const auto load = [&app, &locale](const QString& name, const QString& folder) {
        auto* translator = new QTranslator(&app);
        if (translator->load(locale, name, QStringLiteral("_"), folder))
            QCoreApplication::installTranslator(translator);
        else
            delete translator;
    };
    load(QStringLiteral("qtbase"), QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    load(QStringLiteral("qtkeychain"), QStringLiteral("/usr/share/qt6keychain/translations"));
    load(QStringLiteral("replica-wizard"), QStringLiteral(":/i18n"));
}

} // namespace Translations
