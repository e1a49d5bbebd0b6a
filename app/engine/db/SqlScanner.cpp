#include "SqlScanner.h"

namespace {

using Token = SqlScanner::Token;

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_') || c == QLatin1Char('$');
}

// Index of the closing quote of a token opened at `open`, or the text's end.
int closingQuote(const QString& sql, int open)
{
    const QChar quote = sql.at(open);
    const bool backslashEscapes = quote != QLatin1Char('`');
    int i = open + 1;
    while (i < sql.size()) {
        const QChar c = sql.at(i);
        if (backslashEscapes && c == QLatin1Char('\\')) {
            i += 2;
            continue;
        }
        if (c == quote) {
            if (i + 1 < sql.size() && sql.at(i + 1) == quote) { // doubled: part of the token
                i += 2;
                continue;
            }
            return i;
        }
        ++i;
    }
    return int(sql.size()) - 1;
}

// The DEFINER clause: its tokens from DEFINER up to the last token of user@host.
struct DefinerClause
{
    int from = -1; // token index of DEFINER
    int to = -1; // token index of the host
};

DefinerClause findDefiner(const QList<Token>& tokens)
{
    // Only in the statement's head, before the object keyword.
    for (int i = 0; i + 4 < tokens.size(); ++i) {
        const Token& t = tokens.at(i);
        if (t.is("VIEW") || t.is("FUNCTION") || t.is("PROCEDURE") || t.is("TRIGGER") || t.is("EVENT"))
            break;
        if (!t.is("DEFINER") || tokens.at(i + 1).text != QLatin1String("="))
            continue;
        // user @ host: the lexer may glue an unquoted user and '@' and host into one word-ish
        // sequence; the server always quotes them, so expect user, '@', host.
        if (tokens.at(i + 3).text == QLatin1String("@"))
            return {i, i + 4};
        return {i, i + 2}; // DEFINER=CURRENT_USER or a single token
    }
    return {};
}

} // namespace

QList<Token> SqlScanner::tokens(const QString& sql)
{
    QList<Token> out;
    int i = 0;
    const int n = int(sql.size());
    while (i < n) {
        const QChar c = sql.at(i);
        if (c.isSpace()) {
            ++i;
            continue;
        }
        if (c == QLatin1Char('#')
            || (c == QLatin1Char('-') && i + 2 < n && sql.at(i + 1) == QLatin1Char('-')
                && sql.at(i + 2).isSpace())) {
            while (i < n && sql.at(i) != QLatin1Char('\n'))
                ++i;
            continue;
        }
        if (c == QLatin1Char('/') && i + 1 < n && sql.at(i + 1) == QLatin1Char('*')) {
            const int close = int(sql.indexOf(QLatin1String("*/"), i + 2));
            i = close < 0 ? n : close + 2;
            continue;
        }
        Token token;
        token.start = i;
        if (c == QLatin1Char('\'') || c == QLatin1Char('"') || c == QLatin1Char('`')) {
            const int close = closingQuote(sql, i);
            token.type = Token::Type::Quoted;
            token.length = close - i + 1;
            token.text = sql.mid(i, token.length);
        } else if (isWordChar(c)) {
            int j = i;
            while (j < n && isWordChar(sql.at(j)))
                ++j;
            token.type = Token::Type::Word;
            token.length = j - i;
            token.text = sql.mid(i, token.length).toUpper();
        } else {
            token.type = Token::Type::Punctuation;
            token.length = 1;
            token.text = c;
        }
        i = token.end();
        out.append(token);
    }
    return out;
}

QString SqlScanner::definerOf(const QString& statement)
{
    const QList<Token> list = tokens(statement);
    const DefinerClause clause = findDefiner(list);
    if (clause.from < 0)
        return {};
    const int start = list.at(clause.from + 2).start;
    return statement.mid(start, list.at(clause.to).end() - start);
}

QString SqlScanner::withDefiner(const QString& statement, const QString& account)
{
    const QList<Token> list = tokens(statement);
    const DefinerClause clause = findDefiner(list);
    if (clause.from < 0)
        return statement;
    const int start = list.at(clause.from).start;
    const int end = list.at(clause.to).end();
    return statement.left(start) + QStringLiteral("DEFINER=") + account + statement.mid(end);
}

QString SqlScanner::withEventStatus(const QString& statement, const QString& status)
{
    const QList<Token> list = tokens(statement);
    int insertAt = -1;
    for (int i = 0; i < list.size(); ++i) {
        const Token& t = list.at(i);
        if (t.is("DO") || t.is("COMMENT")) {
            insertAt = t.start;
            break;
        }
        if (t.is("ENABLE") || t.is("DISABLE")) {
            int last = i;
            if (t.is("DISABLE") && i + 2 < list.size() && list.at(i + 1).is("ON")
                && (list.at(i + 2).is("SLAVE") || list.at(i + 2).is("REPLICA")))
                last = i + 2;
            return statement.left(t.start) + status + statement.mid(list.at(last).end());
        }
    }
    if (insertAt < 0)
        return statement;
    return statement.left(insertAt) + status + QLatin1Char(' ') + statement.mid(insertAt);
}
