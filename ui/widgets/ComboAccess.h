#pragma once

class QComboBox;

// Lets screen readers and automation clients choose a combo box's entry. Qt 6.4 exposes the
// closed combo box's list on the accessibility bus, but choosing an entry there (its Toggle
// action) only selects it in the hidden list; the combo box follows such a selection here. While
// the list is open, the DBA's own choice (a click, Enter) decides as usual.
namespace ComboAccess {
void followListSelection(QComboBox* combo);
} // namespace ComboAccess
