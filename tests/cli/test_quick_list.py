"""``labinov list --json`` answers from the quick read: registering every subcommand (sync's
included) must not load SQLAlchemy, which costs a second of a shell script's time."""

from __future__ import annotations

import json
import os
import subprocess
import sys

_SCRIPT = """
import contextlib, io, json, sys
from labinov.cli import main
out = io.StringIO()
with contextlib.redirect_stdout(out):
    code = main(["--data-dir", sys.argv[1], "list", "--json"])
loaded = "sqlalchemy" in sys.modules
print(json.dumps({"code": code, "listed": out.getvalue(), "sqlalchemy": loaded}))
"""


def test_list_json_does_not_load_sqlalchemy(services, data_dir) -> None:
    services.samples.create()
    services.store.dispose()
    result = subprocess.run(
        [sys.executable, "-c", _SCRIPT, str(data_dir)],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 0, result.stderr
    state = json.loads(result.stdout.strip().splitlines()[-1])
    assert state["code"] in (0, None)
    assert "AKTA LAHIR SEHARI" in state["listed"]
    assert state["sqlalchemy"] is False
