"""The canvas hub and the projector preset belong to one app's ``AppContext`` (issue #14):
found there, not by searching Qt's object tree; two apps never share them."""

from __future__ import annotations

from pathlib import Path

from labinov.app import build_context
from labinov.gui.canvas.document import CanvasHub
from labinov.gui.projector import ProjectorPreset
from labinov.paths import user_paths


def test_each_context_has_its_own_hub_and_preset(qapp, tmp_path: Path) -> None:
    first = build_context(None, user_paths(tmp_path / "a"), "id")
    second = build_context(None, user_paths(tmp_path / "b"), "id")
    assert first.canvas_hub is None and first.projector is None  # made on first use
    hub, preset = CanvasHub.of(first), ProjectorPreset.of(first)
    assert (first.canvas_hub, first.projector) == (hub, preset)
    assert CanvasHub.of(first) is hub and ProjectorPreset.of(first) is preset
    assert CanvasHub.of(second) is not hub and ProjectorPreset.of(second) is not preset
    preset.set_enabled(True)  # one app's preset leaves the other's alone
    assert not ProjectorPreset.of(second).enabled()
