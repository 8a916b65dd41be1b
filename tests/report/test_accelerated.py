"""reportlab runs its C accelerator (``rl-accel``), not the pure-Python fallbacks."""

from __future__ import annotations

import reportlab.lib.rl_accel as accel


def test_reportlab_uses_the_c_accelerator() -> None:
    for name in ("fp_str", "unicode2T1", "instanceStringWidthTTF", "escapePDF", "calcChecksum"):
        assert getattr(accel, name).__module__ == "_rl_accel", name
