"""``labinov list --json`` answers from the quick read: registering every subcommand (sync's
included) must not load SQLAlchemy, which costs a second of a shell script's time."""

from __future__ import annotations

from tests.cli.scripts import run_json

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
    state = run_json(_SCRIPT, str(data_dir))
    assert state["code"] in (0, None)
    assert "AKTA LAHIR SEHARI" in state["listed"]
    assert state["sqlalchemy"] is False
