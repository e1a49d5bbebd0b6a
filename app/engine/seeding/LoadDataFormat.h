#pragma once

#include <QByteArray>
#include <QString>

struct SeedChunk;
struct TableLayout;

// How rows travel from the origin into LOAD DATA on the target: the SELECT that reads a chunk
// (results in the columns' own bytes, BIT as numbers), LOAD DATA's default text format with its
// backslash escapes, and the LOAD DATA statement that reads it back exactly (CHARACTER SET binary:
// no conversion; BIT and geometry through user variables).
namespace LoadDataFormat {
QString selectStatement(const TableLayout& table, const SeedChunk& chunk);
QString loadStatement(const TableLayout& table, const QString& streamName);
// One field: \N for NULL (data == nullptr), else the bytes with \\, \t, \n and NUL escaped.
void appendField(QByteArray& out, const char* data, unsigned long length);
} // namespace LoadDataFormat
