"""What a user calls one row of each table ("Note", "Innovation"): one vocabulary for the
windows that name rows they did not show themselves (the import preview, the conflicting
versions), so a row is called the same in both."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from labinov.errors import QT_TRANSLATE_NOOP


class RowKinds:
    """The kinds of rows of store/models.py (and sync's ``conflict``), by table name."""

    SOURCES: dict[str, str] = {
        "workshop": QT_TRANSLATE_NOOP("RowKinds", "Workshop"),
        "team": QT_TRANSLATE_NOOP("RowKinds", "Team"),
        "member": QT_TRANSLATE_NOOP("RowKinds", "Team member"),
        "project": QT_TRANSLATE_NOOP("RowKinds", "Innovation"),
        "stagework": QT_TRANSLATE_NOOP("RowKinds", "Stage answers"),
        "canvas": QT_TRANSLATE_NOOP("RowKinds", "Canvas"),
        "attachment": QT_TRANSLATE_NOOP("RowKinds", "Picture or file"),
        "canvasitem": QT_TRANSLATE_NOOP("RowKinds", "Note"),
        "link": QT_TRANSLATE_NOOP("RowKinds", "Connector"),
        "agendasession": QT_TRANSLATE_NOOP("RowKinds", "Agenda session"),
        "parkingitem": QT_TRANSLATE_NOOP("RowKinds", "Parked idea"),
        "conflict": QT_TRANSLATE_NOOP("RowKinds", "Conflicting version"),
    }

    @classmethod
    def name(cls, table: str) -> str:
        """The kind of a row of ``table`` in the UI language (a table added later: its
        own name, until it is given one here)."""
        source = cls.SOURCES.get(table)
        return QCoreApplication.translate("RowKinds", source) if source else table
