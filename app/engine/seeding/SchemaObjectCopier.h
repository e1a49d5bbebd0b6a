#pragma once

#include "SchemaObject.h"
#include "db/Result.h"
#include "profile/DefinerPolicy.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

class Dialect;
class SqlSession;

// Copies views, routines, triggers and events after the tables: each is read with SHOW CREATE on
// the origin and created on the target with the sql_mode, connection collation and time zone it
// was created with, its DEFINER as the definer policy says, in an order that works (routines,
// views after the views they select from, triggers, events). Events arrive disabled, as on a
// replica. The DEFINER clause is rewritten here and nowhere else.
class SchemaObjectCopier
{
    Q_DECLARE_TR_FUNCTIONS(SchemaObjectCopier)

public:
    // The objects of `schemas` without their definitions (cheap; for plans and definer accounts).
    static Result<QList<SchemaObject>> list(SqlSession& origin, const QStringList& schemas);
    // Every object's definition, in creation order.
    static Result<QList<SchemaObject>> read(SqlSession& origin, const QList<SchemaObject>& objects);
    // Views ordered so that each comes after the views it selects from (by their definitions).
    static QList<SchemaObject> inCreationOrder(QList<SchemaObject> objects);

    // The statements that create one object on the target, session settings first: what the
    // plan shows is what runs.
    static QStringList statementsFor(const SchemaObject& object, const Dialect& target,
                                     const DefinerPolicy& policy);
    // The CREATE statement alone, definer and event state adjusted.
    static QString createStatement(const SchemaObject& object, const Dialect& target,
                                   const DefinerPolicy& policy);
    // A failure to create `object`, explained with what to do about its definer or privileges.
    static EngineError explained(const EngineError& error, const SchemaObject& object,
                                 const DefinerPolicy& policy);
    // Saving and restoring the session settings statementsFor() changes.
    static QStringList saveSessionStatements();
    static QStringList restoreSessionStatements();
};
