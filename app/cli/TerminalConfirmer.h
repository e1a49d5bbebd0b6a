#pragma once

#include "setup/Confirmer.h"

#include <QCoreApplication>

// Asks y/N on the terminal before each step that changes a server, showing its statements.
// Without a terminal every question is answered no.
class TerminalConfirmer : public Confirmer
{
    Q_DECLARE_TR_FUNCTIONS(TerminalConfirmer)

public:
    bool confirm(const SetupStep& step, const QString& question, const QStringList& commands) override;
};
