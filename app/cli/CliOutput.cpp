#include "CliOutput.h"

#include <QCommandLineParser>

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

std::optional<int> parse(QCommandLineParser& parser, const QStringList& arguments)
{
    if (!parser.parse(arguments)) {
        err(parser.errorText());
        return 3;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out(parser.helpText());
        return 0;
    }
    return std::nullopt;
}

} // namespace CliOutput
