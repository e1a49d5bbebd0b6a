#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

// Checks text against Prometheus' text exposition format (0.0.4) as status writes it: every line
// a HELP, a TYPE or a sample `name{labels} value`; a family's TYPE before its samples, once; each
// series once; a final newline. Returns what is wrong, or an empty string.
namespace PrometheusText {
QString problem(const QString& text);
// `promtool check metrics` on the text when Debian's prometheus package is installed: nullopt
// when there is no promtool, else its complaints (empty: it passed).
std::optional<QString> promtool(const QByteArray& text);
} // namespace PrometheusText
