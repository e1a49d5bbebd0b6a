#include "CliOutput.h"

#include <cstdio>

namespace CliOutput {

void out(const QString& text)
{
    std::fputs(text.toUtf8().constData(), stdout);
    std::fflush(stdout);
}

void line(const QString& text)
{
    out(text + QLatin1Char('\n'));
}

void err(const QString& text)
{
    std::fputs((text + QLatin1Char('\n')).toUtf8().constData(), stderr);
    std::fflush(stderr);
}

} // namespace CliOutput
