#include "TerminalConfirmer.h"

#include "TerminalPrompt.h"

#include <cstdio>
#include <unistd.h>

bool TerminalConfirmer::confirm(const SetupStep& step, const QString& question, const QStringList& commands)
{
    QString text = QLatin1Char('\n') + step.title + QLatin1Char('\n');
    for (const QString& command : commands)
        text += QStringLiteral("    ") + command + QLatin1Char('\n');
    text += question + (step.kind == SetupStep::Kind::Manual ? tr(" Done? [y/N] ") : tr(" [y/N] "));
    std::fputs(text.toUtf8().constData(), stderr);
    std::fflush(stderr);
    if (!TerminalPrompt::isInteractive())
        return false;
    char buffer[64] = {};
    if (!std::fgets(buffer, sizeof buffer, stdin))
        return false;
    const QString answer = QString::fromLocal8Bit(buffer).trimmed().toLower();
    return answer == QLatin1String("y") || answer == tr("y") || answer == QLatin1String("yes");
}
