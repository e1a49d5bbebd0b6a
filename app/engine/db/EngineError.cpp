#include "EngineError.h"

#include <QCoreApplication>

EngineError EngineError::local(const QString& explanation, const QString& fix, const QString& diagnosisId)
{
    EngineError error;
    error.explanation = explanation;
    error.fix = fix;
    error.diagnosisId = diagnosisId;
    return error;
}

EngineError EngineError::withContext(const QString& what) const
{
    EngineError copy = *this;
    copy.context = what;
    return copy;
}

QString EngineError::toText() const
{
    QString text;
    if (!context.isEmpty())
        text += context + QStringLiteral(": ");
    if (code != 0)
        text += QStringLiteral("[%1] %2").arg(code).arg(serverMessage);
    if (!explanation.isEmpty()) {
        if (code != 0)
            text += QStringLiteral(" — ");
        text += explanation;
    }
    if (!fix.isEmpty())
        text += QLatin1Char(' ') + QCoreApplication::translate("EngineError", "Fix: %1").arg(fix);
    return text;
}
