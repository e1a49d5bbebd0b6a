#include "OptionFile.h"

#include <QList>

namespace {

QByteArray unescape(const QByteArray& in)
{
    QByteArray out;
    out.reserve(in.size());
    for (int i = 0; i < in.size(); ++i) {
        const char c = in.at(i);
        if (c != '\\' || i + 1 >= in.size()) {
            out.append(c);
            continue;
        }
        const char next = in.at(++i);
        switch (next) {
        case 'n':
            out.append('\n');
            break;
        case 't':
            out.append('\t');
            break;
        case 'r':
            out.append('\r');
            break;
        case 'b':
            out.append('\b');
            break;
        case 's':
            out.append(' ');
            break;
        case '\\':
        case '\'':
        case '"':
            out.append(next);
            break;
        default:
            // Unknown escapes keep their backslash, as the MySQL client does.
            out.append('\\');
            out.append(next);
        }
    }
    return out;
}

// Value part after '=': quoted (up to the matching quote) or bare (up to a '#' comment).
bool parseValue(const QByteArray& raw, QByteArray* value)
{
    const QByteArray text = raw.trimmed();
    if (!text.isEmpty() && (text.at(0) == '"' || text.at(0) == '\'')) {
        const char quote = text.at(0);
        QByteArray inner;
        int i = 1;
        for (; i < text.size(); ++i) {
            const char c = text.at(i);
            if (c == '\\' && i + 1 < text.size()) {
                inner.append(c);
                inner.append(text.at(++i));
                continue;
            }
            if (c == quote)
                break;
            inner.append(c);
        }
        if (i >= text.size())
            return false;
        const QByteArray rest = text.mid(i + 1).trimmed();
        if (!rest.isEmpty() && rest.at(0) != '#' && rest.at(0) != ';')
            return false;
        *value = unescape(inner);
        return true;
    }
    QByteArray bare = text;
    const int comment = bare.indexOf('#');
    if (comment >= 0)
        bare = bare.left(comment).trimmed();
    *value = unescape(bare);
    return true;
}

} // namespace

Result<OptionFile> OptionFile::parse(const QByteArray& text)
{
    OptionFile file;
    QString group;
    int lineNumber = 0;
    for (const QByteArray& rawLine : text.split('\n')) {
        ++lineNumber;
        QByteArray line = rawLine;
        if (line.endsWith('\r'))
            line.chop(1);
        const QByteArray trimmed = line.trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith('#') || trimmed.startsWith(';'))
            continue;
        if (trimmed.startsWith('!'))
            return EngineError::local(
                tr("Line %1: include directives are not supported here.").arg(lineNumber),
                tr("Put every value into this file."));
        if (trimmed.startsWith('[')) {
            const int end = trimmed.indexOf(']');
            if (end < 0)
                return EngineError::local(
                    tr("Line %1: a group header lacks its closing ']'.").arg(lineNumber),
                    tr("Write group headers as [name]."));
            group = QString::fromUtf8(trimmed.mid(1, end - 1).trimmed());
            if (!file.m_groups.contains(group)) {
                file.m_groups.insert(group, {});
                file.m_order.append(group);
            }
            continue;
        }
        if (group.isEmpty())
            return EngineError::local(
                tr("Line %1: an option stands before any [group] header.").arg(lineNumber),
                tr("Start the file with a group such as [source]."));
        const int eq = line.indexOf('=');
        const QString key = QString::fromUtf8((eq < 0 ? trimmed : line.left(eq)).trimmed())
                                .toLower()
                                .replace(QLatin1Char('-'), QLatin1Char('_'));
        QByteArray value;
        if (eq >= 0 && !parseValue(line.mid(eq + 1), &value))
            return EngineError::local(tr("Line %1: a quoted value is not closed properly.").arg(lineNumber),
                                      tr("Close the quote, and escape quotes inside it with a backslash."));
        file.m_groups[group].insert(key, value);
    }
    return file;
}

QByteArray OptionFile::value(const QString& group, const QString& key) const
{
    return m_groups.value(group).value(key);
}

bool OptionFile::contains(const QString& group, const QString& key) const
{
    return m_groups.value(group).contains(key);
}

void OptionFile::setValue(const QString& group, const QString& key, const QByteArray& value)
{
    if (!m_groups.contains(group))
        m_order.append(group);
    m_groups[group].insert(key, value);
}

QByteArray OptionFile::quote(const QByteArray& value)
{
    QByteArray out = "\"";
    for (const char c : value) {
        switch (c) {
        case '\\':
            out += "\\\\";
            break;
        case '"':
            out += "\\\"";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        case '\b':
            out += "\\b";
            break;
        default:
            out += c;
        }
    }
    out += '"';
    return out;
}

QByteArray OptionFile::toText() const
{
    QByteArray text;
    for (const QString& group : m_order) {
        text += '[' + group.toUtf8() + "]\n";
        const Group& values = m_groups.value(group);
        for (auto it = values.cbegin(); it != values.cend(); ++it) {
            // A null value is a flag such as skip-ssl, written without '='.
            if (it.value().isNull())
                text += it.key().toUtf8() + '\n';
            else
                text += it.key().toUtf8() + '=' + quote(it.value()) + '\n';
        }
        text += '\n';
    }
    return text;
}
