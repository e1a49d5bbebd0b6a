#include "PreflightCheck.h"

QString PreflightCheck::outcomeKey(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Pass:
        return QStringLiteral("pass");
    case Outcome::Warning:
        return QStringLiteral("warning");
    case Outcome::Blocking:
        break;
    }
    return QStringLiteral("blocking");
}

PreflightCheck::Outcome worstOutcome(const QList<PreflightCheck>& checks)
{
    PreflightCheck::Outcome worst = PreflightCheck::Outcome::Pass;
    for (const PreflightCheck& check : checks) {
        if (int(check.outcome) > int(worst))
            worst = check.outcome;
    }
    return worst;
}
