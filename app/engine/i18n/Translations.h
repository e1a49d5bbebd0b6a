#pragma once

class QCoreApplication;

// Installs Qt's, QtKeychain's and our own translations for the system locale.
namespace Translations {
void install(QCoreApplication& app);
} // namespace Translations
