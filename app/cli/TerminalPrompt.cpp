#include "TerminalPrompt.h"

#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace TerminalPrompt {

bool isInteractive()
{
    return ::isatty(STDIN_FILENO) == 1;
}

std::optional<QByteArray> readPassword(const QString& prompt)
{
    if (!isInteractive())
        return std::nullopt;
    std::fputs(prompt.toLocal8Bit().constData(), stderr);
    std::fflush(stderr);

    termios saved{};
    const bool haveTermios = ::tcgetattr(STDIN_FILENO, &saved) == 0;
    if (haveTermios) {
        termios silent = saved;
        silent.c_lflag &= ~tcflag_t(ECHO);
        silent.c_lflag |= ECHONL;
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &silent);
    }
    QByteArray line;
    bool ended = false;
    for (;;) {
        char c = 0;
        const ssize_t n = ::read(STDIN_FILENO, &c, 1);
        if (n <= 0) {
            ended = line.isEmpty();
            break;
        }
        if (c == '\n')
            break;
        line.append(c);
    }
    if (haveTermios)
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
    if (ended)
        return std::nullopt;
    return line;
}

} // namespace TerminalPrompt
