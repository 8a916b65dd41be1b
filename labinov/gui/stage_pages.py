"""A project's five stage pages, each built the first time it is asked for.

Every stage page holds a board and a worksheet panel, so opening a project (and the start
that reopens the last one) builds only the stage on screen; the other four wait for a
click on the stepper.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping

from PySide6.QtWidgets import QStackedWidget

from labinov.gui.stage_page import StagePage
from labinov.method.stages import STAGES, Stage


class StagePages(Mapping[Stage, StagePage]):
    """``pages[stage]`` builds the page on first use and adds it to ``stack``; ``built()``
    lists the pages that exist. Keys may be ``Stage`` values or their strings."""

    def __init__(
        self,
        stack: QStackedWidget,
        make: Callable[[Stage], StagePage],
        on_built: Callable[[StagePage], None],
    ) -> None:
        self._stack = stack
        self._make = make
        self._on_built = on_built
        self._built: dict[Stage, StagePage] = {}

    def __getitem__(self, key: Stage | str) -> StagePage:
        stage = Stage(key)
        page = self._built.get(stage)
        if page is None:
            page = self._make(stage)
            self._built[stage] = page
            self._stack.addWidget(page)
            self._on_built(page)
        return page

    def __iter__(self) -> Iterator[Stage]:
        return iter(STAGES)

    def __len__(self) -> int:
        return len(STAGES)

    def built(self) -> list[StagePage]:
        return list(self._built.values())
