#include "ComboAccess.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QItemSelectionModel>

namespace ComboAccess {

void followListSelection(QComboBox* combo)
{
    QAbstractItemView* list = combo->view();
    QObject::connect(list->selectionModel(), &QItemSelectionModel::selectionChanged, combo,
                     [combo, list](const QItemSelection& selected) {
                         if (list->isVisible() || selected.indexes().isEmpty())
                             return;
                         const int row = selected.indexes().first().row();
                         if (row != combo->currentIndex())
                             combo->setCurrentIndex(row);
                     });
}

} // namespace ComboAccess
