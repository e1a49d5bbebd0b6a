#pragma once

#include <QList>
#include <QString>

// Splits SQL text into tokens without understanding it: words, quoted strings and identifiers
// ('...', "...", `...`), comments (skipped) and single punctuation characters. Enough to find a
// clause in a statement the server itself printed (SHOW CREATE ...) without being fooled by the
// same words inside names, strings or comments.
class SqlScanner
{
public:
    struct Token
    {
        enum class Type
        {
            Word,
            Quoted,
            Punctuation
        };
        Type type = Type::Word;
        int start = 0;
        int length = 0;
        QString text; // words upper-cased; quoted tokens and punctuation as written

        bool is(const char* word) const { return type == Type::Word && text == QLatin1String(word); }
        int end() const { return start + length; }
    };

    static QList<Token> tokens(const QString& sql);

    // The statement with its DEFINER clause (DEFINER=user@host, in any quoting) naming
    // `account` instead; unchanged when it has none.
    static QString withDefiner(const QString& statement, const QString& account);
    // The user@host of the DEFINER clause, as written (quoted); empty when there is none.
    static QString definerOf(const QString& statement);
    // A CREATE EVENT statement with its ENABLE / DISABLE / DISABLE ON SLAVE|REPLICA clause
    // replaced by `status` (inserted before COMMENT or DO when the statement has none).
    static QString withEventStatus(const QString& statement, const QString& status);
};
