#include "SchemaObject.h"

#include "db/SqlText.h"

#include <QCoreApplication>

QString SchemaObject::keyword() const
{
    switch (kind) {
    case Kind::Function:
        return QStringLiteral("FUNCTION");
    case Kind::Procedure:
        return QStringLiteral("PROCEDURE");
    case Kind::View:
        return QStringLiteral("VIEW");
    case Kind::Trigger:
        return QStringLiteral("TRIGGER");
    case Kind::Event:
        break;
    }
    return QStringLiteral("EVENT");
}

QString SchemaObject::qualifiedName() const
{
    return SqlText::identifier(schema) + QLatin1Char('.') + SqlText::identifier(name);
}

QString SchemaObject::describe() const
{
    switch (kind) {
    case Kind::Function:
        return QCoreApplication::translate("SchemaObject", "function %1").arg(qualifiedName());
    case Kind::Procedure:
        return QCoreApplication::translate("SchemaObject", "procedure %1").arg(qualifiedName());
    case Kind::View:
        return QCoreApplication::translate("SchemaObject", "view %1").arg(qualifiedName());
    case Kind::Trigger:
        return QCoreApplication::translate("SchemaObject", "trigger %1").arg(qualifiedName());
    case Kind::Event:
        break;
    }
    return QCoreApplication::translate("SchemaObject", "event %1").arg(qualifiedName());
}
