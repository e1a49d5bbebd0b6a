#include "HealthStyle.h"

QColor HealthStyle::color(Health health)
{
    switch (HealthClassifier::severity(health)) {
    case Severity::Ok:
        return QColor(0x2e, 0x7d, 0x32);
    case Severity::Warning:
        return QColor(0xb2, 0x6a, 0x00);
    case Severity::Critical:
        return QColor(0xc6, 0x28, 0x28);
    case Severity::Unknown:
        break;
    }
    return QColor(0x61, 0x61, 0x61);
}

QString HealthStyle::badgeStyle(Health health)
{
    return QStringLiteral("QLabel { background: %1; color: white; border-radius: 4px; padding: 2px 6px; "
                          "font-weight: bold; }")
        .arg(color(health).name());
}

QColor HealthStyle::textColor(Health health, const QPalette& palette)
{
    const bool light = palette.color(QPalette::Window).lightness() >= 128;
    if (light) { // darker than the badges' colours: text needs more contrast than a badge's area
        switch (HealthClassifier::severity(health)) {
        case Severity::Ok:
            return QColor(0x1b, 0x5e, 0x20);
        case Severity::Warning:
            return QColor(0x7a, 0x45, 0x00);
        case Severity::Critical:
            return QColor(0xb7, 0x1c, 0x1c);
        case Severity::Unknown:
            break;
        }
        return QColor(0x42, 0x42, 0x42);
    }
    switch (HealthClassifier::severity(health)) {
    case Severity::Ok:
        return QColor(0x81, 0xc7, 0x84);
    case Severity::Warning:
        return QColor(0xff, 0xb7, 0x4d);
    case Severity::Critical:
        return QColor(0xef, 0x9a, 0x9a);
    case Severity::Unknown:
        break;
    }
    return QColor(0xbd, 0xbd, 0xbd);
}

QString HealthStyle::textStyle(Health health, const QPalette& palette, bool bold)
{
    return QStringLiteral("QLabel { color: %1;%2 }")
        .arg(textColor(health, palette).name(), bold ? QStringLiteral(" font-weight: bold;") : QString());
}
