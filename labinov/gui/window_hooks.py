"""What a feature may use of the main window (``install(window: WindowHooks)``), and the
selection state the enabled-rules of window actions read.

Features register actions (``add_actions``) and never reach into the navigator, the
navigator model or the menus: the window places the actions by their declared ``menu`` and
``group``, and re-applies every rule when the selection or the data change.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, NamedTuple, Protocol

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance

    from labinov.gui.action_registry import ActionSet, ActionSpec
    from labinov.gui.context import AppContext


# A NamedTuple, not a frozen dataclass: a dataclass compiles its generated methods when
# its module loads (~1 ms each before the first paint of the window)
class Selection(NamedTuple):
    """What the navigator has selected, and whether the store is open (``ready``)."""

    ready: bool = False
    writable: bool = True  # False: a read-only store (the banner says why)
    on_server: bool = False  # the store is a regional server (not this laptop's file)
    kind: str = ""  # "", "workshop", "team", "project"
    workshop_id: str | None = None
    team_id: str | None = None
    project_id: str | None = None


# Enabled-rules over a Selection (``ActionSpec.enabled``).
def READY(s: Selection) -> bool:
    return s.ready


def ON_LAPTOP(s: Selection) -> bool:
    """Ready, on this laptop's own data (syncing with a server makes sense only there)."""
    return s.ready and not s.on_server


def editable(rule: Callable[[Selection], bool]) -> Callable[[Selection], bool]:
    """``rule``, and the store takes writes: every action that changes data."""

    def rule_and_writable(s: Selection) -> bool:
        return s.writable and rule(s)

    return rule_and_writable


def ANY(s: Selection) -> bool:
    return s.ready and bool(s.kind)


def WORKSHOP(s: Selection) -> bool:
    return s.ready and bool(s.workshop_id)


def TEAM(s: Selection) -> bool:
    return s.ready and bool(s.team_id)


def PROJECT(s: Selection) -> bool:
    return s.ready and bool(s.project_id)


class WindowHooks(Protocol):
    """The main window as a feature sees it."""

    context: AppContext
    data_changed: SignalInstance  # emit after changing data; the window reloads

    def add_actions(self, owner: object, specs: Sequence[ActionSpec] | None = None) -> ActionSet:
        """Make ``owner``'s declared actions, place them in the menus and toolbar, keep their
        enabled-rules applied; ``action_map`` then holds them by id."""
        ...

    def selection(self) -> Selection: ...

    def current_workshop_id(self) -> str | None: ...

    def current_team_id(self) -> str | None: ...

    def current_project_id(self) -> str | None: ...

    def select(self, row_id: str) -> bool:
        """Select a workshop, team or project in the navigator (and show it)."""
        ...

    def bring_to_front(self) -> None: ...

    def show_status(self, text: str, msecs: int = 8000) -> None: ...

    def reload_pages(self) -> None:
        """Show everything again from the store, the open page rebuilt (rows changed
        underneath it: a sync)."""
        ...

    def offer_import(self, slot: Callable[[], object]) -> None:
        """Enable the welcome screen's Import button, calling ``slot``."""
        ...

    def after_show(self, slot: Callable[[], object]) -> None:
        """Run ``slot`` a moment after the start (``AFTER_SHOW_MS``): neither the first paint
        nor the first edit waits for it."""
        ...
