#pragma once

#include <QString>

// Text to the terminal, UTF-8, flushed at once (progress lines must not wait in a buffer).
namespace CliOutput {
void out(const QString& text); // stdout, as given
void line(const QString& text); // stdout, with a newline appended
void err(const QString& text); // stderr, with a newline appended
} // namespace CliOutput
