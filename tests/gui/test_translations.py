"""Every UI string has an Indonesian translation, and the shipped .qm is current."""

from __future__ import annotations

import shutil
from pathlib import Path

from labinov.gui.translations import lrelease, lupdate, missing, ts_path


def test_every_string_has_an_indonesian_translation(tmp_path: Path) -> None:
    copy = tmp_path / "labinov_id.ts"
    shutil.copy(ts_path("id"), copy)
    lupdate(copy)  # picks up strings added to the code since the .ts was last updated
    gaps = missing(copy)
    assert gaps == [], "untranslated (run python -m labinov.gui.translations update): " + "; ".join(
        f"{context}: {source[:60]}" for context, source in gaps
    )


def test_committed_catalogue_is_up_to_date(tmp_path: Path) -> None:
    copy = tmp_path / "labinov_id.ts"
    shutil.copy(ts_path("id"), copy)
    lupdate(copy)
    assert copy.read_text(encoding="utf-8") == ts_path("id").read_text(encoding="utf-8")


def test_compiled_catalogue_matches_its_source(tmp_path: Path) -> None:
    built = tmp_path / "labinov_id.qm"
    lrelease(ts_path("id"), built)
    assert built.read_bytes() == ts_path("id").with_suffix(".qm").read_bytes()
