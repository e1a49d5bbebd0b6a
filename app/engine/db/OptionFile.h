#pragma once

#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>

// MySQL option-file syntax ("[group]" lines, "key=value", '#'/';' comments, quoted values with
// backslash escapes), as mysql/mariadb clients read it. Values are kept as raw bytes since they
// may be passwords.
class OptionFile
{
    Q_DECLARE_TR_FUNCTIONS(OptionFile)

public:
    using Group = QMap<QString, QByteArray>;

    static Result<OptionFile> parse(const QByteArray& text);

    bool hasGroup(const QString& name) const { return m_groups.contains(name); }
    QByteArray value(const QString& group, const QString& key) const;
    bool contains(const QString& group, const QString& key) const;
    QStringList groups() const { return m_groups.keys(); }

    void setValue(const QString& group, const QString& key, const QByteArray& value);
    // A null value is written as a bare flag ("skip-ssl"). Serialised so that the clients read back exactly
    // the same bytes (values are always quoted).
    QByteArray toText() const;

    // Quoted form of a value for an option file.
    static QByteArray quote(const QByteArray& value);

private:
    QMap<QString, Group> m_groups;
    QStringList m_order;
};
