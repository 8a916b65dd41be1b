"""The newcomer journey (``steps.py``) at three screens, each in its own process: the
offscreen screen's size is fixed when Qt starts (``offscreen:configfile=``)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
STEPS = Path(__file__).with_name("steps.py")
SCREENS = {  # name: (physical width, height, QT_SCALE_FACTOR)
    "1366x768": (1366, 768, "1"),
    "1024x600": (1024, 600, "1"),
    "1920x1080@150": (1920, 1080, "1.5"),
    "1920x1080-projector": (1920, 1080, "1"),  # a projector, the preset on: read from 5 m
}


@pytest.mark.timeout(600)
@pytest.mark.parametrize("screen", list(SCREENS))
def test_journey_at(screen: str, tmp_path: Path) -> None:
    width, height, scale = SCREENS[screen]
    config = tmp_path / "screen.json"
    config.write_text(
        json.dumps(
            {
                "screens": [
                    {"name": screen, "x": 0, "y": 0, "width": width, "height": height}
                    | {"logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}
                ]
            }
        )
    )
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": f"offscreen:configfile={config}",
        "QT_SCALE_FACTOR": scale,
        "LABINOV_JOURNEY_SIZE": screen,
        "LABINOV_JOURNEY_PROJECTOR": "1" if "projector" in screen else "",
    }
    done = subprocess.run(  # -n 0: the steps run in order, in one process
        [sys.executable, "-m", "pytest", "-q", "-x", "-n", "0", "--timeout", "300", str(STEPS)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=580,
    )
    assert done.returncode == 0, done.stdout[-6000:] + done.stderr[-2000:]
