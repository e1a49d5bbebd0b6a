#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

// Questions on the controlling terminal: passwords without echo, yes/no confirmations.
namespace TerminalPrompt {
bool isInteractive();
// nullopt when there is no terminal or input ended.
std::optional<QByteArray> readPassword(const QString& prompt);
} // namespace TerminalPrompt
