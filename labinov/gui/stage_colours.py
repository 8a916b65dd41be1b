"""A calm colour per stage, readable on a projector, used with text (never colour alone)."""

from __future__ import annotations

from labinov.method.stages import Stage

STAGE_COLOURS: dict[Stage, str] = {
    Stage.DRUM_UP: "#e67e22",
    Stage.DIAGNOSE: "#c0392b",
    Stage.DESIGN: "#2980b9",
    Stage.DELIVERY: "#27ae60",
    Stage.DISPLAY: "#8e44ad",
}
