#pragma once

#include "monitor/Health.h"

#include <QColor>
#include <QPalette>
#include <QString>

// How a health looks on the dashboard: one colour per severity, the same everywhere.
namespace HealthStyle {

QColor color(Health health);
// Style sheet for a badge label in that colour.
QString badgeStyle(Health health);
// The colour for text in that health on `palette`'s window: lighter shades on a dark palette, so
// that it stays readable (contrast of at least 4.5:1 on either).
QColor textColor(Health health, const QPalette& palette);
// Style sheet for a label's text in that colour, bold or not.
QString textStyle(Health health, const QPalette& palette, bool bold = true);

} // namespace HealthStyle
