"""Every UI string has an Indonesian translation (and every plural an English one), and the
shipped .qm files are current."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tools.translations import lrelease, lupdate, missing, ts_path

# labinov_en.ts holds only the plural forms ("1 word", "2 words"): lupdate -pluralonly
LANGUAGES = ["id", "en"]


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_string_is_translated(tmp_path: Path, language: str) -> None:
    copy = tmp_path / ts_path(language).name
    shutil.copy(ts_path(language), copy)
    lupdate(copy)  # picks up strings added to the code since the .ts was last updated
    gaps = missing(copy)
    assert gaps == [], "untranslated (python3 tools/translations.py update): " + "; ".join(
        f"{context}: {source[:60]}" for context, source in gaps
    )


@pytest.mark.parametrize("language", LANGUAGES)
def test_committed_catalogue_is_up_to_date(tmp_path: Path, language: str) -> None:
    copy = tmp_path / ts_path(language).name
    shutil.copy(ts_path(language), copy)
    lupdate(copy)
    assert copy.read_text(encoding="utf-8") == ts_path(language).read_text(encoding="utf-8")


@pytest.mark.parametrize("language", LANGUAGES)
def test_compiled_catalogue_matches_its_source(tmp_path: Path, language: str) -> None:
    built = tmp_path / f"labinov_{language}.qm"
    lrelease(ts_path(language), built)
    assert built.read_bytes() == ts_path(language).with_suffix(".qm").read_bytes()


def test_the_tool_runs_from_anywhere_and_the_runtime_only_loads(tmp_path: Path) -> None:
    """``tools/translations.py`` uses the checkout it sits in, whatever the current folder;
    the runtime module keeps no developer commands (issue #14)."""
    tool = Path(__file__).resolve().parents[2] / "tools" / "translations.py"
    done = subprocess.run(
        [sys.executable, str(tool), "missing"], cwd=tmp_path, capture_output=True, text=True
    )
    assert (done.returncode, done.stdout) == (0, "")
    import labinov.gui.translations as runtime

    assert not hasattr(runtime, "main") and not hasattr(runtime, "lupdate")
