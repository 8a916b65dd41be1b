"""build.spec, read by running it against recording stand-ins of PyInstaller's classes:
two programs in one folder, the windowed one without a console, icons and the Windows
version resource. (``.ci/run`` then builds the real bundle and runs both programs.)"""

from __future__ import annotations

import ast
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest

ROOT = Path(__file__).resolve().parents[1]


class _Recorder:
    calls: list[tuple[str, tuple, dict]]

    def __init__(self, kind: str) -> None:
        self.kind = kind

    def __call__(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        _Recorder.calls.append((self.kind, args, kwargs))
        return SimpleNamespace(
            kind=self.kind, args=args, kwargs=kwargs, scripts=[], pure=[], binaries=[], datas=[]
        )


def _run_spec(platform: str, monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, tuple, dict]]:
    import PyInstaller.utils.hooks as hooks

    monkeypatch.setattr(hooks, "collect_submodules", lambda name: [f"{name}.x"])
    monkeypatch.setattr(sys, "platform", platform)
    _Recorder.calls = []
    namespace = {name: _Recorder(name) for name in ("Analysis", "PYZ", "EXE", "COLLECT", "BUNDLE")}
    namespace["SPECPATH"] = str(ROOT)
    exec(
        compile((ROOT / "build.spec").read_text(encoding="utf-8"), "build.spec", "exec"), namespace
    )
    return _Recorder.calls


def _programs(calls) -> dict[str, dict]:  # type: ignore[no-untyped-def]
    return {kw["name"]: kw for kind, _, kw in calls if kind == "EXE"}


@pytest.mark.parametrize("platform", ["win32", "linux", "darwin"])
def test_a_windowed_and_a_console_program_share_one_folder(platform, monkeypatch) -> None:
    calls = _run_spec(platform, monkeypatch)
    programs = _programs(calls)
    assert programs["labinov"]["console"] is False
    assert programs["labinov-cli"]["console"] is True
    (collect,) = [args for kind, args, _ in calls if kind == "COLLECT"]
    assert {p.kwargs["name"] for p in collect if getattr(p, "kind", "") == "EXE"} == {
        "labinov",
        "labinov-cli",
    }
    bundles = [kw for kind, _, kw in calls if kind == "BUNDLE"]
    assert len(bundles) == (platform == "darwin")


def test_windows_gets_the_icon_and_a_version_resource(monkeypatch) -> None:
    for options in _programs(_run_spec("win32", monkeypatch)).values():
        assert Path(options["icon"]).name == "labinov.ico"
        assert Path(options["icon"]).is_file()
        text = Path(options["version"]).read_text(encoding="utf-8")
        tree = ast.parse(text)  # PyInstaller evaluates this file: it must be an expression
        assert isinstance(tree.body[0], ast.Expr)
        for field in ("'CompanyName', 'Labinov'", "'ProductName', 'Labinov'", "'0.1.0'"):
            assert field in text


def test_the_mac_app_declares_the_bundle_document_type(monkeypatch) -> None:
    calls = _run_spec("darwin", monkeypatch)
    (bundle,) = [kw for kind, _, kw in calls if kind == "BUNDLE"]
    assert Path(bundle["icon"]).is_file()
    (document,) = bundle["info_plist"]["CFBundleDocumentTypes"]
    (declared,) = bundle["info_plist"]["UTExportedTypeDeclarations"]
    assert document["LSItemContentTypes"] == [declared["UTTypeIdentifier"]]
    assert declared["UTTypeTagSpecification"]["public.filename-extension"] == ["labinov"]


def test_the_bundle_carries_the_server_driver_and_keyring(monkeypatch) -> None:
    """File ▸ Connect… and Sync… in the bundle: psycopg with its libpq wheel and keyring are
    locked, and the spec names the modules loaded by name at run time (the dialect, libpq's
    wrapper). ``--self-test`` then loads them in the built bundle."""
    lock = (ROOT / "requirements" / "bundle.lock").read_text(encoding="utf-8")
    for package in ("psycopg==", "psycopg-binary==", "keyring=="):
        assert f"\n{package}" in lock, package
    assert "--extra server" in lock.splitlines()[1]  # how it was made (README)
    (analysis,) = [kw for kind, _, kw in _run_spec("linux", monkeypatch) if kind == "Analysis"]
    hidden = analysis["hiddenimports"]
    assert "sqlalchemy.dialects.postgresql.x" in hidden  # collect_submodules, recorded
    assert "psycopg_binary" in hidden and "psycopg_binary.pq" in hidden
