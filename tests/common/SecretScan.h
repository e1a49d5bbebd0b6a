#pragma once

#include <QByteArray>
#include <QList>
#include <QStringList>

// Where a running system shows a secret: every process's command line and environment.
namespace SecretScan {

// "pid/cmdline: ..." or "pid/environ: ..." for each process that holds one of the secrets now.
QStringList processesHolding(const QList<QByteArray>& secrets);

// `folder` itself if it is a file, else the files under it (recursively) holding one of the secrets, except
// those in `allowed`.
QStringList filesHolding(const QString& folder, const QList<QByteArray>& secrets,
                         const QStringList& allowed = {});

} // namespace SecretScan
