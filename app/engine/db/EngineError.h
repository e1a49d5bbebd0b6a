#pragma once

#include <QString>

// A failure the engine reports: the server's (or client library's) error number and text when
// there is one, plus our explanation and a suggested fix, both translated.
struct EngineError
{
    int code = 0; // MySQL/MariaDB errno; 0 when the failure is our own (bad file, bad argument)
    QString sqlState;
    QString serverMessage;
    QString explanation;
    QString fix;
    QString diagnosisId; // stable, untranslated id such as "access_denied"
    QString context; // what we were doing, e.g. "connecting to source 127.0.0.1:3306"

    static EngineError local(const QString& explanation, const QString& fix = {},
                             const QString& diagnosisId = {});

    bool isServerError() const { return code != 0; }
    EngineError withContext(const QString& what) const;
    // One paragraph for logs and terminals: "context: [errno] message. explanation Fix: fix".
    QString toText() const;
};
