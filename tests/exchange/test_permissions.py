"""Exported files get the permissions the umask gives any new file (not the 0600 of a
temporary file), so a PDF or bundle can be shared from a shared folder."""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path

import pytest

from labinov.exchange.export import export_bundle
from labinov.report.export import export_project

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")


@pytest.mark.parametrize("umask", [0o022, 0o027, 0o077])
def test_pdf_and_bundle_follow_the_umask(services, tmp_path: Path, umask: int) -> None:
    workshop, _ = services.samples.create()
    project = services.projects.summaries(workshop.id)[0]
    previous = os.umask(umask)
    try:
        export_bundle(services.store, "workshop", workshop.id, tmp_path / "w.labinov")
        pdf = export_project(services, project.id, tmp_path / "p.pdf")
    finally:
        os.umask(previous)
    for path in (tmp_path / "w.labinov", pdf):
        assert stat.S_IMODE(path.stat().st_mode) == 0o666 & ~umask, path
    assert not list(tmp_path.glob(".labinov-*"))  # no temporary file left behind
