"""Values past what Python or the store can hold, and bundles of many attachments: each ends
in the app's own user error (``labinov import`` exits 1 with one line naming the problem),
the store unchanged, and the importer's memory bounded."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
import uuid
import zipfile
from pathlib import Path

import pytest

from labinov.exchange import bundle as bundles
from labinov.exchange.format import FORMAT_VERSION
from labinov.exchange.merge import import_bundle
from labinov.paths import user_paths
from labinov.services import Services
from labinov.services.canvases import MAX_IMAGE_BYTES
from labinov.store.db import open_store
from tests.exchange.conftest import dump, read_entries, write_zip

ROOT = Path(__file__).resolve().parents[2]
MIB = 1024 * 1024
BIG_DIGITS = "9" * 5000  # past Python's 4,300-digit limit for int <-> text


def _import(data_dir: Path, bundle: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "labinov",
            "import",
            str(bundle),
            "--data-dir",
            str(data_dir),
            "--lang",
            "en",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )


def _refused_by_cli(tmp_path: Path, bundle: Path, *words: str) -> str:
    data_dir = tmp_path / "other"
    store = open_store(user_paths(data_dir))
    before = dump(store)
    store.dispose()
    result = _import(data_dir, bundle)
    assert result.returncode == 1, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("labinov: "), result.stderr
    assert "Unexpected error" not in result.stderr and "Traceback" not in result.stderr
    for word in words:
        assert word in result.stderr
    store = open_store(user_paths(data_dir))
    assert dump(store) == before
    store.dispose()
    return result.stderr


def _document(entries: dict[str, bytes]) -> str:
    return next(n for n in entries if n.startswith("projects/"))


def _set(entries: dict[str, bytes], table: str, column: str, raw: str) -> dict[str, bytes]:
    """``entries`` with ``column`` of the first ``table`` row of the project set to the
    JSON text ``raw`` (numbers Python's json would refuse to write)."""
    name = _document(entries)
    document = json.loads(entries[name])
    document["tables"][table][0][column] = "@@RAW@@"
    text = json.dumps(document).replace('"@@RAW@@"', raw)
    return {**entries, name: text.encode()}


@pytest.mark.parametrize(
    ("table", "column", "raw", "words"),
    [
        ("project", "updated_at", '"9999-12-31T23:59:59-23:59"', "out of range"),
        ("project", "created_at", '"0001-01-01T00:00:00+23:59"', "out of range"),
        ("canvasitem", "x", str(2**64), "canvasitem"),  # a float column
        ("canvasitem", "x", "1e999", "canvasitem"),  # infinity
        ("canvasitem", "votes", str(2**64), "canvasitem"),  # an integer column
        ("canvas", "sort_order", str(-(2**63) - 1), "canvas"),
        ("project", "profile", '{"a": ' + BIG_DIGITS + "}", "not valid JSON"),
    ],
)
def test_values_past_the_store_are_refused(
    good: Path, tmp_path: Path, table: str, column: str, raw: str, words: str
) -> None:
    bad = write_zip(tmp_path / "bad.labinov", _set(read_entries(good), table, column, raw))
    _refused_by_cli(tmp_path, bad, "damaged", words)


@pytest.mark.parametrize("raw", [BIG_DIGITS, "true", "1.0", '"1"', "-1"])
def test_format_version_must_be_the_integer(good: Path, tmp_path: Path, raw: str) -> None:
    entries = read_entries(good)
    manifest = entries["manifest.json"].decode()
    written = f'"format_version": {FORMAT_VERSION}'
    assert written in manifest
    manifest = manifest.replace(written, f'"format_version": {raw}')
    bad = write_zip(tmp_path / "bad.labinov", {**entries, "manifest.json": manifest.encode()})
    text = _refused_by_cli(tmp_path, bad, "manifest.json")
    assert "not valid JSON" in text if raw == BIG_DIGITS else "format_version" in text


def test_largest_valid_values_import(good: Path, tmp_path: Path, other: Services) -> None:
    """The bounds refuse only what cannot be stored: the largest integer and float do."""
    entries = _set(read_entries(good), "canvasitem", "votes", str(2**63 - 1))
    entries = _set(entries, "canvasitem", "x", "1.7e308")
    bad = write_zip(tmp_path / "edge.labinov", entries)
    _plan, result = import_bundle(other.store, bad)
    assert result is not None and result.inserted > 0


def _attachment_bundle(
    good: Path, target: Path, count: int, size: int, declared: int | None = None
) -> Path:
    """The project bundle with ``count`` more attachments of ``size`` zero bytes (each
    compresses to about 1 KB), the manifest giving their true checksums and ``declared``
    as their size (the true size unless given)."""
    entries = read_entries(good)
    manifest = json.loads(entries["manifest.json"])
    name = _document(entries)
    document = json.loads(entries[name])
    project_id = document["tables"]["project"][0]["id"]
    template = document["tables"].get("attachment", [None])[0]
    assert template is not None, "the sample bundle has a picture"
    data = bytes(size)
    digest = hashlib.sha256(data).hexdigest()
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as zf:
        rows = document["tables"]["attachment"]
        for index in range(count):
            attachment_id = str(uuid.UUID(int=index + 1))
            rows.append(
                {
                    **template,
                    "id": attachment_id,
                    "project_id": project_id,
                    "filename": f"zero{index}.png",
                    "size": size,
                    "sha256": digest,
                }
            )
            manifest["attachments"].append(
                {"id": attachment_id, "size": declared or size, "sha256": digest}
            )
            zf.writestr(f"attachments/{attachment_id}", data)
        for entry, value in entries.items():
            if entry == name:
                value = json.dumps(document).encode()
            elif entry == "manifest.json":
                value = json.dumps(manifest).encode()
            zf.writestr(entry, value)
    return target


_MEASURE = """
import json, sys
from labinov.cli import main

def kib(field):
    for line in open("/proc/self/status"):
        if line.startswith(field):
            return int(line.split()[1])

main(["list", "--data-dir", sys.argv[2]])  # the app's base: everything imported, store open
base = kib("VmRSS:")
code = main(["import", sys.argv[1], "--data-dir", sys.argv[2], "--lang", "en"])
print(json.dumps({"code": code, "base": base, "peak": kib("VmHWM:")}))
"""


def _measured_import(tmp_path: Path, bundle: Path) -> tuple[int, int, str]:
    """(exit code, peak RSS above the base in MB, stderr) of an import in a fresh process."""
    data_dir = tmp_path / "measured"
    store = open_store(user_paths(data_dir))
    before = dump(store)
    store.dispose()
    result = subprocess.run(
        [sys.executable, "-c", _MEASURE, str(bundle), str(data_dir)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )
    figures = json.loads(result.stdout.strip().splitlines()[-1])
    if figures["code"] != 0:
        store = open_store(user_paths(data_dir))
        assert dump(store) == before
        store.dispose()
    return figures["code"], (figures["peak"] - figures["base"]) // 1024, result.stderr


@pytest.mark.slow
@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="reads /proc")
def test_two_thousand_attachments_are_refused_in_bounded_memory(good: Path, tmp_path: Path) -> None:
    bundle = _attachment_bundle(good, tmp_path / "many.labinov", 2000, MIB)
    assert bundle.stat().st_size < 16 * MIB  # small on disk, 2 GB unpacked
    code, above, stderr = _measured_import(tmp_path, bundle)
    assert code == 1 and "1024 MB in all" in stderr, stderr
    assert above <= 100, f"{above} MB above the base"


@pytest.mark.slow
@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="reads /proc")
def test_a_lying_manifest_is_caught_by_the_running_count(good: Path, tmp_path: Path) -> None:
    """Each attachment declared as 1 byte holds 5 MiB: refused at the first, unread."""
    bundle = _attachment_bundle(good, tmp_path / "lies.labinov", 40, 5 * MIB, declared=1)
    code, above, stderr = _measured_import(tmp_path, bundle)
    assert code == 1 and "checksum" in stderr, stderr
    assert above <= 100, f"{above} MB above the base"


@pytest.mark.slow
@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="reads /proc")
def test_many_valid_attachments_import_in_bounded_memory(good: Path, tmp_path: Path) -> None:
    """160 attachments of 1 MiB (160 MB unpacked) import, one held at a time."""
    bundle = _attachment_bundle(good, tmp_path / "valid.labinov", 160, MIB)
    code, above, stderr = _measured_import(tmp_path, bundle)
    assert code == 0, stderr
    assert above <= 100, f"{above} MB above the base"
    store = open_store(user_paths(tmp_path / "measured"))
    with store.engine.connect() as connection:
        count = connection.exec_driver_sql("SELECT count(*) FROM attachment").scalar()
    store.dispose()
    assert count == 161


def test_one_attachment_over_the_picture_limit(good: Path, tmp_path: Path) -> None:
    assert bundles.MAX_ATTACHMENT_BYTES == MAX_IMAGE_BYTES  # what the app itself takes
    bundle = _attachment_bundle(good, tmp_path / "big.labinov", 1, MAX_IMAGE_BYTES + 1)
    _refused_by_cli(tmp_path, bundle, "too large", "20 MB")
