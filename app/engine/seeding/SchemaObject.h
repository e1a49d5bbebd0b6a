#pragma once

#include <QString>

// A view, routine, trigger or event of a copied schema: what it is, who defines it, and (once
// read) how to create it again exactly as it was created.
struct SchemaObject
{
    // In the order the copy creates them: routines, views (which may call them), then triggers
    // and events.
    enum class Kind
    {
        Function,
        Procedure,
        View,
        Trigger,
        Event
    };

    Kind kind = Kind::View;
    QString schema;
    QString name;
    QString definerUser;
    QString definerHost;
    bool definerSecurity = true; // SQL SECURITY DEFINER (triggers and events always are)
    bool updatableView = false;

    // From SHOW CREATE ..., filled by SchemaObjectCopier::read().
    QString createStatement;
    QString sqlMode;
    QString collationConnection;
    QString timeZone; // events

    // "VIEW", "FUNCTION", ... as in CREATE/DROP/SHOW CREATE.
    QString keyword() const;
    // `schema`.`name`
    QString qualifiedName() const;
    // For people: "view `shop`.`v`"
    QString describe() const;
};
