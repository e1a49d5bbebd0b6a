#pragma once

#include <QString>
#include <QStringList>

#include <optional>

class QCommandLineParser;

// Text to the terminal, UTF-8, flushed at once (progress lines must not wait in a buffer).
namespace CliOutput {
void out(const QString& text); // stdout, as given
void line(const QString& text); // stdout, with a newline appended
void err(const QString& text); // stderr, with a newline appended
// Parses `arguments`; an exit code when the command is done already (bad arguments: 3 after
// the error, --help: 0 after the help text), nullopt when it should go on.
std::optional<int> parse(QCommandLineParser& parser, const QStringList& arguments);
} // namespace CliOutput
