"""Loading fontconfig on a thread while the GUI imports (``labinov.font_warmup``)."""

from __future__ import annotations

import sys

import pytest

from labinov import font_warmup


@pytest.mark.skipif(sys.platform in ("win32", "darwin"), reason="Qt uses no fontconfig there")
def test_fontconfig_loads_on_its_own_thread() -> None:
    thread = font_warmup.start()
    assert thread is not None and thread.daemon and thread.name == "fontconfig-warmup"
    thread.join(30)
    assert not thread.is_alive()


def test_no_fontconfig_library_is_no_error(monkeypatch) -> None:
    monkeypatch.setattr(font_warmup, "LIBRARY", "libfontconfig-none.so.0")
    font_warmup._load()  # Qt says what it misses; the warm-up says nothing


@pytest.mark.parametrize("platform", ["win32", "darwin"])
def test_nothing_starts_where_qt_has_no_fontconfig(monkeypatch, platform: str) -> None:
    monkeypatch.setattr(font_warmup.sys, "platform", platform)
    assert font_warmup.start() is None
