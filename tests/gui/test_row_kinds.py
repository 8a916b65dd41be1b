"""Every table's rows have a name the user reads (import preview, conflicting versions)."""

from __future__ import annotations

from labinov.gui.row_kinds import RowKinds
from labinov.store.models import ALL_TABLES


def test_every_synced_table_has_a_row_kind_in_the_ui_language(language: str) -> None:
    tables = {model.__tablename__ for model in ALL_TABLES}  # type: ignore[attr-defined]
    assert tables <= set(RowKinds.SOURCES), "name the new table's rows in gui/row_kinds.py"
    names = {table: RowKinds.name(table) for table in tables}
    assert names["project"] == ("Inovasi" if language == "id" else "Innovation")
    assert names["canvasitem"] == ("Catatan" if language == "id" else "Note")
    assert RowKinds.name("newtable") == "newtable"
