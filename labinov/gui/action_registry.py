"""One action registry: every action declared once, instantiated per owner (after Picard's
``picard/ui/mainwindow/actions.py`` with ``@add_action`` and the window's ``action_map``).

A declaration (``ActionSpec``) holds what a user sees and where: id (the ``QAction``'s
objectName, for tests and settings), text, shortcut, icon, tip, enabled-rule, and its place
in a main-window menu or toolbar. Owners declare on the method that handles the action::

    class ExchangeActions:
        @add_action("importBundle", QT_TRANSLATE_NOOP("ExchangeActions", "&Import bundle…"),
                    icon="import", enabled=READY, menu="file", group=20)
        def import_bundle(self) -> None: ...

``ActionSet(parent, owner)`` makes the ``QAction`` objects of one owner instance (a main
window's feature, or one ``CanvasPanel``: each panel gets its own set, with shortcuts scoped
to the panel via ``shortcut_context``). ``update(state)`` applies the enabled-rules to
whatever state object the owner's rules take (the main window passes a ``Selection``).

Texts are English sources marked with ``QT_TRANSLATE_NOOP(context, ...)`` (lupdate finds
them there) and translated when the ``QAction`` is made, in the spec's ``context``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any, NamedTuple, TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QToolBar, QWidget

from labinov.gui import icons
from labinov.paths import resource

if TYPE_CHECKING:
    from PySide6.QtCore import Qt

Key = str | QKeySequence.StandardKey
Rule = Callable[[Any], bool]
F = TypeVar("F", bound=Callable[..., Any])

SPECS_ATTRIBUTE = "__labinov_actions__"


# A NamedTuple, not a frozen dataclass: a dataclass compiles its generated methods when its
# module loads (~1 ms each before the first paint of the window)
class ActionSpec(NamedTuple):
    """One action, declared once.

    ``slot`` names the owner's method called on ``triggered`` with ``args`` (``toggled(bool)``
    for a checkable action; the bool comes after ``args``). ``enabled`` is a rule over the
    owner's state (``None``: the owner manages it). ``menu``/``group`` place it in a main
    window menu (groups are separated, ascending); ``toolbar`` its order in the main
    toolbar (a new ten starts a new separated group). ``shortcuts`` are all bindings: the
    first is shown in the menu.
    """

    id: str
    text: str
    context: str
    slot: str = ""
    args: tuple[Any, ...] = ()
    shortcuts: tuple[Key, ...] = ()
    icon: str = ""
    tip: str = ""
    enabled: Rule | None = None
    checkable: bool = False
    menu: str | tuple[str, ...] = ""  # one menu, or several (the same action in each)
    group: int = 50
    toolbar: int | None = None
    role: str = ""  # "quit", "about": the macOS application menu role

    @property
    def menus(self) -> tuple[str, ...]:
        if not self.menu:
            return ()
        return (self.menu,) if isinstance(self.menu, str) else self.menu

    def translated(self, text: str) -> str:
        return QCoreApplication.translate(self.context, text) if text else ""


def _shortcuts(shortcut: Key | Sequence[Key] | None) -> tuple[Key, ...]:
    if shortcut is None or shortcut == "":
        return ()
    if isinstance(shortcut, (str, QKeySequence.StandardKey)):
        return (shortcut,)
    return tuple(shortcut)


def key_bindings(keys: Iterable[Key]) -> list[QKeySequence]:
    """Every binding of ``keys`` (a standard key may have several on a platform, or none:
    ``QKeySequence.FullScreen`` has none on Linux, so F11 is always given explicitly)."""
    bindings: list[QKeySequence] = []
    for key in keys:
        if isinstance(key, QKeySequence.StandardKey):
            bindings.extend(QKeySequence.keyBindings(key))
        else:
            bindings.append(QKeySequence(key))
    return [b for i, b in enumerate(bindings) if b not in bindings[:i]]


def spec(
    id: str,
    text: str,
    context: str,
    *,
    shortcut: Key | Sequence[Key] | None = None,
    **fields: Any,
) -> ActionSpec:
    """An ``ActionSpec`` with ``shortcut`` given as one key or a sequence of keys."""
    return ActionSpec(id, text, context, shortcuts=_shortcuts(shortcut), **fields)


def add_action(
    id: str, text: str, context: str = "", *, shortcut: Key | Sequence[Key] | None = None, **fields
) -> Callable[[F], F]:
    """Declare an action handled by the decorated method (stackable: one method may handle
    several actions told apart by ``args``). ``context`` defaults to the text's class."""

    def decorate(method: F) -> F:
        declared = spec(id, text, context, shortcut=shortcut, slot=method.__name__, **fields)
        existing: list[ActionSpec] = getattr(method, SPECS_ATTRIBUTE, [])
        setattr(method, SPECS_ATTRIBUTE, [declared, *existing])  # decorators apply bottom-up
        return method

    return decorate


def declared(owner_type: type) -> list[ActionSpec]:
    """The actions declared with ``@add_action`` on ``owner_type``'s methods, in source order
    (base classes first); a spec without context gets the defining class's name."""
    found: list[ActionSpec] = []
    for klass in reversed(owner_type.__mro__):
        for member in vars(klass).values():
            for item in getattr(member, SPECS_ATTRIBUTE, ()):
                found.append(item if item.context else item._replace(context=klass.__name__))
    return found


class ActionSet:
    """The ``QAction`` objects of one owner: ``actions[id]``, ``update(state)``, and the
    helpers to put them in menus and toolbars.

    ``shortcut_context``: for actions of a panel (e.g. ``WidgetWithChildrenShortcut``), the
    actions are also added to ``parent`` so their shortcuts work while focus is inside it.
    ``with_icons``: False when the owner calls ``set_icons()`` later (after a paint).
    """

    def __init__(
        self,
        parent: QWidget,
        owner: object,
        specs: Sequence[ActionSpec] | None = None,
        shortcut_context: Qt.ShortcutContext | None = None,
        with_icons: bool = True,
    ) -> None:
        self.parent, self.owner, self.specs = parent, owner, specs
        self.shortcut_context, self.with_icons = shortcut_context, with_icons
        self.actions: dict[str, QAction] = {}
        self.by_id: dict[str, ActionSpec] = {}
        specs = self.specs if self.specs is not None else declared(type(self.owner))
        for item in specs:
            self.by_id[item.id] = item
            self.actions[item.id] = self._make(item)
        if self.with_icons:
            self.set_icons()

    def set_icons(self, only: Iterable[str] | None = None) -> None:
        """Give the actions (``only`` these ids) their declared icons."""
        folder = resource("icons")
        for action_id in self.actions if only is None else only:
            name = self.by_id[action_id].icon
            if name and self.actions[action_id].icon().isNull():
                self.actions[action_id].setIcon(icons.icon(name, folder))

    def _make(self, item: ActionSpec) -> QAction:
        action = QAction(item.translated(item.text), self.parent)
        action.setObjectName(item.id)
        if item.shortcuts:
            action.setShortcuts(key_bindings(item.shortcuts))
        tip = item.translated(item.tip)
        if tip:
            action.setToolTip(tip)
            action.setStatusTip(tip)
        if item.role == "quit":
            action.setMenuRole(QAction.MenuRole.QuitRole)
        elif item.role == "about":
            action.setMenuRole(QAction.MenuRole.AboutRole)
        if item.slot:
            slot = getattr(self.owner, item.slot)
            if item.checkable:
                action.setCheckable(True)
                action.toggled.connect(lambda on, s=slot, a=item.args: s(*a, on))
            else:
                action.triggered.connect(lambda _checked=False, s=slot, a=item.args: s(*a))
        elif item.checkable:
            action.setCheckable(True)
        if self.shortcut_context is not None:
            action.setShortcutContext(self.shortcut_context)
            self.parent.addAction(action)
        return action

    def __getitem__(self, action_id: str) -> QAction:
        return self.actions[action_id]

    def __iter__(self) -> Iterator[tuple[ActionSpec, QAction]]:
        for action_id, action in self.actions.items():
            yield self.by_id[action_id], action

    def update(self, state: Any) -> None:
        """Enable each action whose rule holds for ``state``."""
        for item, action in self:
            if item.enabled is not None:
                action.setEnabled(bool(item.enabled(state)))

    def fill(self, target: QMenu | QToolBar, ids: Iterable[str | None]) -> None:
        """Add the actions ``ids`` to a menu or toolbar in order; ``None`` is a separator."""
        for action_id in ids:
            if action_id is None:
                target.addSeparator()
            else:
                target.addAction(self.actions[action_id])

    def icon_for(self, action_id: str) -> str:
        return self.by_id[action_id].icon


def rebuild(target: QMenu | QToolBar, placed: Iterable[tuple[tuple[int, int], QAction]]) -> None:
    """Fill ``target`` with ``placed`` actions sorted by their (group, order) keys, with a
    separator between groups (a menu's group, or the toolbar position's ten)."""
    target.clear()
    last_group: int | None = None
    for (group, _order), action in sorted(placed, key=lambda pair: pair[0]):
        if last_group is not None and group != last_group:
            target.addSeparator()
        last_group = group
        target.addAction(action)


__all__ = ["ActionSet", "ActionSpec", "add_action", "declared", "key_bindings", "rebuild", "spec"]
