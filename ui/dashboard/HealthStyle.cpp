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
