#pragma once

#include "monitor/Health.h"

#include <QColor>
#include <QString>

// How a health looks on the dashboard: one colour per severity, the same everywhere.
namespace HealthStyle {

QColor color(Health health);
// Style sheet for a badge label in that colour.
QString badgeStyle(Health health);

} // namespace HealthStyle
