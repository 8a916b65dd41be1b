"""Running a short Python script in a fresh interpreter, as a user's shell starts Labinov,
to see what it loads: the script's last line of output is a JSON report."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from typing import Any


def run_json(script: str, *argv: str) -> Any:
    """The JSON of the last line ``script`` prints (run offscreen with ``argv``)."""
    result = subprocess.run(
        [sys.executable, "-c", script, *argv],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])
