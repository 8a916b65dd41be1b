"""Hostile bundles: zip slip, links, bombs, too many entries, newer versions, bad JSON."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from labinov.errors import UserError
from labinov.exchange import bundle as bundles
from labinov.exchange.format import FORMAT_VERSION
from labinov.exchange.merge import import_bundle
from labinov.services import Services
from tests.exchange.conftest import dump, read_entries


def _rewrite(
    path: Path,
    target: Path,
    extra: list[tuple[zipfile.ZipInfo | str, bytes]] = (),
    change: dict[str, bytes] | None = None,
) -> Path:
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in read_entries(path).items():
            zf.writestr(name, (change or {}).get(name, data))
        for info, data in extra:
            zf.writestr(info, data)
    return target


def _refused(other: Services, path: Path, *words: str) -> str:
    before = dump(other.store)
    with pytest.raises(UserError) as caught:
        import_bundle(other.store, path)
    assert dump(other.store) == before
    text = caught.value.text()
    for word in words:
        assert word in text
    return text


@pytest.mark.parametrize(
    "name",
    [
        "../evil.json",
        "projects/../../evil",
        "/etc/passwd",
        "C:/Windows/x",
        "\\\\server\\share\\x",
        "projects\\..\\x",
    ],
)
def test_zip_slip_names_are_refused(other: Services, good: Path, tmp_path: Path, name: str) -> None:
    bad = _rewrite(good, tmp_path / "bad.labinov", [(name, b"{}")])
    _refused(other, bad, "unsafe entry name")


def test_null_byte_in_a_name_is_refused(other: Services, good: Path, tmp_path: Path) -> None:
    bad = _rewrite(good, tmp_path / "bad.labinov", [("zzzzNULzzzz", b"{}")])
    bad.write_bytes(bad.read_bytes().replace(b"zzzzNULzzzz", b"zzzz\x00ULzzzz"[:11]))
    _refused(other, bad, "unsafe entry name")


def test_symlink_entries_are_refused(other: Services, good: Path, tmp_path: Path) -> None:
    link = zipfile.ZipInfo("attachments/link")
    link.create_system = 3
    link.external_attr = 0o120777 << 16
    bad = _rewrite(good, tmp_path / "bad.labinov", [(link, b"/etc/passwd")])
    _refused(other, bad, "link")


def test_too_many_entries(
    other: Services, good: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(bundles, "MAX_ENTRIES", 5)
    bad = _rewrite(good, tmp_path / "bad.labinov", [(f"frames/x{n}.json", b"{}") for n in range(6)])
    _refused(other, bad, "too many entries")


def test_zip_bomb_is_refused_while_reading(other: Services, good: Path, tmp_path: Path) -> None:
    entries = read_entries(good)
    name = next(n for n in entries if n.startswith("projects/"))
    bomb = entries[name][:-1] + b" " * (64 * 1024 * 1024) + b"}"  # 64 MB of blanks: ~1000x
    bad = _rewrite(good, tmp_path / "bomb.labinov", change={name: bomb})
    assert bad.stat().st_size < 1024 * 1024
    _refused(other, bad, "zip bomb")


def test_size_limit_counts_real_bytes(
    other: Services, good: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(bundles, "MAX_ENTRY_BYTES", 1000)
    _refused(other, good, "too large")


def test_newer_format_asks_for_an_update(other: Services, good: Path, tmp_path: Path) -> None:
    manifest = json.loads(read_entries(good)["manifest.json"])
    manifest["format_version"] = FORMAT_VERSION + 1
    bad = _rewrite(
        good, tmp_path / "new.labinov", change={"manifest.json": json.dumps(manifest).encode()}
    )
    _refused(other, bad, "update Labinov")


@pytest.mark.parametrize(
    "data", [b"{not json", b"\xff\xfe", b"[]", b'{"kind": "project"}', b"1e999999"]
)
def test_malformed_documents(other: Services, good: Path, tmp_path: Path, data: bytes) -> None:
    name = next(n for n in read_entries(good) if n.startswith("projects/"))
    bad = _rewrite(good, tmp_path / "bad.labinov", change={name: data})
    _refused(other, bad, "damaged")


def test_unexpected_entry_and_not_a_zip(other: Services, good: Path, tmp_path: Path) -> None:
    bad = _rewrite(good, tmp_path / "bad.labinov", [("run.sh", b"rm -rf /")])
    _refused(other, bad, "unexpected entry")
    text = tmp_path / "x.labinov"
    text.write_text("hello")
    _refused(other, text, "not a Labinov bundle")


def test_messages_are_translated(other: Services, good: Path, tmp_path: Path) -> None:
    from labinov.i18n import translator

    manifest = json.loads(read_entries(good)["manifest.json"])
    manifest["format_version"] = 9
    bad = _rewrite(
        good, tmp_path / "new.labinov", change={"manifest.json": json.dumps(manifest).encode()}
    )
    with pytest.raises(UserError) as caught:
        import_bundle(other.store, bad)
    assert "Labinov" in caught.value.text(translator("id"))


def test_a_row_pointing_at_nothing_is_refused_whole(
    other: Services, good: Path, tmp_path: Path
) -> None:
    entries = read_entries(good)
    name = next(n for n in entries if n.startswith("projects/"))
    document = json.loads(entries[name])
    document["tables"]["stagework"][0]["project_id"] = "00000000-0000-4000-8000-000000000000"
    bad = _rewrite(good, tmp_path / "bad.labinov", change={name: json.dumps(document).encode()})
    _refused(other, bad, "does not fit")


def test_an_attachment_row_without_its_file_is_refused_by_import_and_replication(
    other: Services, good: Path, tmp_path: Path
) -> None:
    from labinov.exchange.replicate import replicate

    entries = read_entries(good)
    name = next(n for n in entries if n.startswith("projects/"))
    document = json.loads(entries[name])
    rows = document["tables"].get("attachment")
    assert rows, "the sample project has a picture"
    rows.append({**rows[0], "id": "00000000-0000-4000-8000-0000000000aa"})
    bad = _rewrite(good, tmp_path / "bad.labinov", change={name: json.dumps(document).encode()})
    _refused(other, bad, "listed but missing")
    team = other.teams.create(other.workshops.create("Lokakarya").id, "Tim").id
    before = dump(other.store)
    with pytest.raises(UserError, match="listed but missing"):
        replicate(other.store, bad, team)
    assert dump(other.store) == before
