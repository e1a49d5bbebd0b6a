#!/usr/bin/python3
"""Drives the real Replica Wizard through the accessibility bus (AT-SPI), as a screen reader or an
automation client would: the start window, every page of the wizard through a whole setup on a
sandbox, every tab of the status dashboard, and the start window's overview with the saved setup.
Fails on any interactive control that is showing and has no accessible name, and on controls the
bus cannot operate (a combo box's entry, a schema's check box, selecting a saved setup).

Usage (run.sh sets it up): atspi_check.py APP PROFILE SECRETS
"""
import os
import subprocess
import sys
import time

import pyatspi

INTERACTIVE = {
    pyatspi.ROLE_PUSH_BUTTON, pyatspi.ROLE_CHECK_BOX, pyatspi.ROLE_RADIO_BUTTON, pyatspi.ROLE_COMBO_BOX,
    pyatspi.ROLE_TEXT, pyatspi.ROLE_PASSWORD_TEXT, pyatspi.ROLE_SPIN_BUTTON, pyatspi.ROLE_TABLE,
    pyatspi.ROLE_TREE_TABLE, pyatspi.ROLE_LIST, pyatspi.ROLE_TREE, pyatspi.ROLE_TOGGLE_BUTTON,
    pyatspi.ROLE_SLIDER, pyatspi.ROLE_PAGE_TAB, pyatspi.ROLE_PROGRESS_BAR, pyatspi.ROLE_LIST_BOX,
}
problems = []


def log(*args):
    print(*args, flush=True)


def showing(node):
    try:
        states = node.getState()
        return states.contains(pyatspi.STATE_SHOWING) and states.contains(pyatspi.STATE_VISIBLE)
    except Exception:
        return False


def walk(node, depth=0):
    """Every showing node under `node` (cells of tables and trees excluded: their names are data)."""
    if node is None or depth > 40:
        return
    yield node
    try:
        role = node.getRole()
        count = node.childCount
    except Exception:
        return
    if role in (pyatspi.ROLE_TABLE, pyatspi.ROLE_TREE_TABLE, pyatspi.ROLE_TREE, pyatspi.ROLE_LIST):
        return
    for i in range(count):
        try:
            child = node.getChildAtIndex(i)
        except Exception:
            continue
        if child is not None and showing(child):
            yield from walk(child, depth + 1)


def path_of(node):
    parts = []
    while node is not None:
        try:
            parts.append(f"{node.getRoleName()}:{node.name!r}")
            node = node.parent
        except Exception:
            break
    return " / ".join(reversed(parts[:-1]))


def check(app, where):
    """Records every showing interactive control without a name."""
    seen = 0
    for window in app:
        if window is None or not showing(window):
            continue
        for node in walk(window):
            try:
                role = node.getRole()
            except Exception:
                continue
            if role not in INTERACTIVE:
                continue
            seen += 1
            if not (node.name or "").strip():
                problems.append(f"{where}: unnamed {node.getRoleName()} at {path_of(node)}")
    log(f"checked {where}: {seen} controls")
    return seen


def find(app, name, role=None, timeout=30.0, enabled=True):
    """The first showing node with this name (and role), waiting for it."""
    deadline = time.time() + timeout
    while time.time() < deadline:
        for window in app:
            if window is None or not showing(window):
                continue
            for node in walk(window):
                try:
                    if node.name == name and (role is None or node.getRole() == role):
                        if not enabled or node.getState().contains(pyatspi.STATE_ENABLED):
                            return node
                except Exception:
                    continue
        time.sleep(0.2)
    return None


def press(app, name, timeout=30.0):
    node = find(app, name, pyatspi.ROLE_PUSH_BUTTON, timeout)
    if node is None:
        raise RuntimeError(f"no enabled button {name!r} within {timeout} s")
    node.queryAction().doAction(0)
    time.sleep(0.3)


def wait_app(name, timeout=30.0):
    deadline = time.time() + timeout
    while time.time() < deadline:
        desktop = pyatspi.Registry.getDesktop(0)
        for app in desktop:
            if app is not None and app.name == name:
                return app
        time.sleep(0.3)
    raise RuntimeError("the application did not appear on the accessibility bus")


def tabs_of(app):
    return [n for w in app if w is not None and showing(w) for n in walk(w) if n.getRole() == pyatspi.ROLE_PAGE_TAB]


def check_every_tab(app, where):
    """Selects each tab of every tab bar through the bus and checks what it shows."""
    for tab in tabs_of(app):
        name = tab.name
        parent = tab.parent
        try:
            index = tab.getIndexInParent()
            parent.querySelection().selectChild(index)
        except Exception:
            try:
                tab.queryAction().doAction(0)
            except Exception:
                problems.append(f"{where}: tab {name!r} cannot be selected through the bus")
                continue
        time.sleep(0.4)
        check(app, f"{where}, tab {name}")


def combo_entries(combo):
    """The combo box's list and its entries' names."""
    for i in range(combo.childCount):
        child = combo.getChildAtIndex(i)
        if child is not None and child.getRole() in (pyatspi.ROLE_LIST, pyatspi.ROLE_LIST_BOX, pyatspi.ROLE_MENU):
            return child, [(child.getChildAtIndex(k).name or "") for k in range(child.childCount)]
    return None, []


def choose(entries, index):
    """Selects an entry of a list as an automation client can: the list's Selection interface
    where it has one, else the entry's own Toggle (or Press) action."""
    try:
        entries.querySelection().selectChild(index)
        return
    except NotImplementedError:
        pass
    item = entries.getChildAtIndex(index)
    action = item.queryAction()
    names = [action.getName(i) for i in range(action.nActions)]
    for wanted in ("toggle", "Toggle", "press", "Press", "click"):
        if wanted in names:
            action.doAction(names.index(wanted))
            return
    raise RuntimeError(f"the entry {item.name!r} offers no way to choose it (actions {names})")


def set_combo_through_bus(app, wanted):
    """Chooses the entry `wanted` of the combo box that offers it through the bus (the list's
    Selection, as an automation client does), checks that the combo box shows it, and chooses the
    first entry again. (On Linux a combo box's name is its current text; its label is a relation.)"""
    for window in app:
        if window is None or not showing(window):
            continue
        for combo in walk(window):
            if combo.getRole() != pyatspi.ROLE_COMBO_BOX:
                continue
            entries, names = combo_entries(combo)
            matching = [k for k, n in enumerate(names) if wanted.lower() in n.lower()]
            if not matching:
                continue
            before = combo.name
            choose(entries, matching[0])
            time.sleep(0.5)
            after = combo.name
            log(f"combo box: {before!r} -> {after!r} through the bus")
            if wanted.lower() not in (after or "").lower():
                problems.append(f"the combo box showing {before!r} cannot be set to {wanted!r} through the bus")
            choose(entries, 0)
            time.sleep(0.3)
            return
    problems.append(f"no combo box offers {wanted!r} on the bus")


def toggle_a_schema(app):
    """A schema's check box can be toggled through the bus (and is toggled back)."""
    boxes = [n for w in app if w is not None and showing(w) for n in walk_all(w)
             if n.getRole() == pyatspi.ROLE_CHECK_BOX and n.parent is not None
             and n.parent.getRole() in (pyatspi.ROLE_TREE_TABLE, pyatspi.ROLE_TABLE_CELL, pyatspi.ROLE_TREE,
                                         pyatspi.ROLE_TABLE, pyatspi.ROLE_VIEWPORT, pyatspi.ROLE_FILLER)]
    schema_boxes = [b for b in boxes if b.name and not b.name.startswith("Desktop")]
    if not schema_boxes:
        problems.append("schemas page: no schema check box on the bus")
        return
    box = schema_boxes[0]
    before = box.getState().contains(pyatspi.STATE_CHECKED)
    box.queryAction().doAction(0)
    time.sleep(0.3)
    if box.getState().contains(pyatspi.STATE_CHECKED) == before:
        problems.append(f"schemas page: the check box {box.name!r} cannot be toggled through the bus")
    else:
        box.queryAction().doAction(0)
        time.sleep(0.3)


def walk_all(node, depth=0):
    """Every node, into tables and trees too (their cell widgets)."""
    if node is None or depth > 40:
        return
    yield node
    try:
        count = node.childCount
    except Exception:
        return
    for i in range(min(count, 500)):
        try:
            child = node.getChildAtIndex(i)
        except Exception:
            continue
        if child is not None:
            yield from walk_all(child, depth + 1)


def select_saved_setup(app):
    """Selects the saved setup in the start window's overview through the bus (a cell's Toggle
    action, or the table's Selection): the buttons that act on it must follow."""
    table = find(app, "Saved setups", pyatspi.ROLE_TABLE, 15, enabled=False)
    if table is None:
        problems.append("start window: no 'Saved setups' table")
        return
    deadline = time.time() + 15
    cell = None
    while time.time() < deadline and cell is None:
        try:
            cell = table.queryTable().getAccessibleAt(0, 0)
        except Exception:
            cell = None
        time.sleep(0.3)
    if cell is None:
        problems.append("start window: the finished setup is not listed")
        return
    check(app, "start window with a saved setup")
    if find(app, "Status dashboard", pyatspi.ROLE_PUSH_BUTTON, 0.5) is not None:
        log("note: a setup was already selected; deselecting it first is not possible through the bus")
    try:
        table.querySelection().selectChild(cell.getIndexInParent())
    except NotImplementedError:
        action = cell.queryAction()
        names = [action.getName(i) for i in range(action.nActions)]
        if "toggle" not in [n.lower() for n in names]:
            problems.append(f"start window: a setup cannot be selected through the bus (actions {names})")
            return
        action.doAction([n.lower() for n in names].index("toggle"))
    time.sleep(0.5)
    for button in ("Status dashboard", "Open in the wizard", "Remove..."):
        if find(app, button, pyatspi.ROLE_PUSH_BUTTON, 3) is None:
            problems.append(f"start window: {button!r} stays disabled after selecting a setup through the bus")


def answer_questions(app, until, timeout):
    """Presses Yes on every confirmation until `until()` holds."""
    deadline = time.time() + timeout
    while time.time() < deadline:
        if until():
            return True
        yes = find(app, "Yes", pyatspi.ROLE_PUSH_BUTTON, timeout=0.5)
        if yes is not None:
            check(app, "a confirmation")
            yes.queryAction().doAction(0)
        time.sleep(0.5)
    return until()


def main():
    app_path, profile, secrets = sys.argv[1:4]
    env = dict(os.environ, QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1", QT_ACCESSIBILITY="1")
    proc = subprocess.Popen([app_path, "--profile", profile, "--secrets", secrets], env=env)
    try:
        app = wait_app("replica-wizard")
        # The wizard opens on the strategy page, over the start window.
        if find(app, "Next >", pyatspi.ROLE_PUSH_BUTTON, 30) is None:
            raise RuntimeError("the wizard did not open")
        check(app, "start window and strategy page")
        press(app, "Next >")
        check_every_tab(app, "connections page")
        set_combo_through_bus(app, "verify")
        press(app, "Next >")
        # Preflight runs against the sandbox; Next is enabled when it is done.
        if find(app, "Next >", pyatspi.ROLE_PUSH_BUTTON, 120) is None:
            raise RuntimeError("the preflight did not complete")
        check(app, "preflight page")
        press(app, "Next >")
        if find(app, "Next >", pyatspi.ROLE_PUSH_BUTTON, 60) is None:
            raise RuntimeError("the schemas were not listed")
        check(app, "schemas page")
        toggle_a_schema(app)
        press(app, "Next >")
        # The plan page commits: its button runs the setup.
        if find(app, "Run", pyatspi.ROLE_PUSH_BUTTON, 60) is None:
            raise RuntimeError("the plan did not complete")
        check(app, "plan page")
        press(app, "Run")
        check(app, "run page")
        done = lambda: find(app, "Next >", pyatspi.ROLE_PUSH_BUTTON, 0.2) is not None
        if not answer_questions(app, done, 400):
            raise RuntimeError("the run did not finish")
        check(app, "run page, finished")
        press(app, "Next >")
        check(app, "done page")
        press(app, "Open the status dashboard")
        time.sleep(3)
        check_every_tab(app, "dashboard")
        press(app, "Finish")
        select_saved_setup(app)
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
    for problem in problems:
        log("FAIL:", problem)
    log(f"{len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
