"""Mutated bundles: every malformed one is refused with a UserError and the store unchanged.

Quick mode runs 600 cases (under a minute); ``LABINOV_FUZZ_CASES=20000`` runs a long one.
Two kinds of mutations: damage to the zip's bytes (may happen to be harmless: then the
import may succeed, but it must never fail any other way than a UserError), and damage to
a document's values that is always invalid (a wrong type, an unknown or missing key, an
unsafe id), which must be refused.
"""

from __future__ import annotations

import json
import os
import random
from pathlib import Path

import pytest

from labinov.errors import UserError
from labinov.exchange.export import export_bundle
from labinov.exchange.format import FORMAT_VERSION
from labinov.exchange.merge import import_bundle
from labinov.services import Services
from tests.exchange.conftest import dump, read_entries, write_zip

CASES = int(os.environ.get("LABINOV_FUZZ_CASES", "600"))
WRONG = [12345, "x" * 40, None, [], {}, True, -1.5, "../../etc", "2020-13-45", "\x00"]
# values that once crashed the importer (past what Python or SQLite holds), as JSON text
TIMES = ['"9999-12-31T23:59:59-23:59"', '"0001-01-01T00:00:00+23:59"']
NUMBERS = [str(2**64), str(-(2**63) - 1), "1e999", "-1e999", "9" * 4301]
VERSIONS = ["true", "1.0", '"1"', "9" * 4301, "1e999"]
MARK = "@@HOSTILE@@"


def _break_document(rng: random.Random, entries: dict[str, bytes]) -> dict[str, bytes]:
    """A copy of ``entries`` with one value of one document made surely invalid."""
    name = rng.choice([n for n in entries if n.endswith(".json")])
    document = json.loads(entries[name])
    if name == "manifest.json":
        key = rng.choice(sorted(document))
        if key == "tombstones":  # one deletion made invalid ([] alone would be valid)
            stone = rng.choice(document[key])
            field = rng.choice(sorted(stone))
            stone[field] = rng.choice(
                [v for v in WRONG if type(v) is not type(stone[field]) and v is not None]
                + ["../../etc", "2020-13-45"] * (field in ("id", "deleted_at"))
            )
            if rng.random() < 0.3:
                stone["unknown key"] = 1
        else:
            document[key] = rng.choice(
                [v for v in WRONG if v != document[key] and not isinstance(v, str)]
            )
    else:
        tables = document["tables"]
        table = rng.choice(sorted(tables))
        row = rng.choice(tables[table])
        key = rng.choice(sorted(row))
        choice = rng.randrange(3)
        if choice == 0:
            row["unknown column"] = 1
        elif choice == 1 and key in ("id", "created_at", "updated_at"):
            del row[key]
        else:
            value = row[key]
            candidates = [v for v in WRONG if type(v) is not type(value) and v is not None]
            if isinstance(value, float):
                candidates = [v for v in candidates if not isinstance(v, int | float)]
            if value is None:  # an optional text or date: any text may be valid there
                candidates = [v for v in candidates if isinstance(v, list | dict)]
            if key in ("id", "created_at", "updated_at") or key.endswith("_id"):
                candidates += ["../../etc", "2020-13-45", "\x00"]
            row[key] = rng.choice(candidates)
    return {**entries, name: json.dumps(document).encode()}


def _hostile_value(rng: random.Random, entries: dict[str, bytes]) -> dict[str, bytes]:
    """A copy of ``entries`` with a time, number or format version past what can be held."""
    if rng.random() < 0.2:
        manifest = entries["manifest.json"].decode()
        written = f'"format_version": {FORMAT_VERSION}'
        assert written in manifest
        raw = manifest.replace(written, f'"format_version": {rng.choice(VERSIONS)}')
        return {**entries, "manifest.json": raw.encode()}
    name = rng.choice([n for n in entries if n.startswith("projects/")])
    document = json.loads(entries[name])
    table = rng.choice(sorted(t for t, rows in document["tables"].items() if rows))
    row = rng.choice(document["tables"][table])
    times = [k for k in row if k.endswith("_at") and row[k] is not None]
    numbers = [k for k, v in row.items() if type(v) in (int, float)]
    if numbers and (not times or rng.random() < 0.5):
        row[rng.choice(numbers)] = MARK
        value = rng.choice(NUMBERS)
    else:
        row[rng.choice(times)] = MARK
        value = rng.choice(TIMES)
    return {**entries, name: json.dumps(document).replace(f'"{MARK}"', value).encode()}


# The suite's 120-s limit fits the quick run; a long run gets half a second per case.
@pytest.mark.timeout(max(120, CASES // 2))
def test_mutated_bundles_are_refused_cleanly(
    services: Services, other: Services, sample: str, tmp_path: Path
) -> None:
    good = tmp_path / "good.labinov"
    project = services.projects.summaries(sample)[0]
    for canvas in services.canvases.list(project.id, "diagnose"):  # deletions travel too
        items, _ = services.canvases.load(canvas.id)
        services.canvases.delete_items([item["id"] for item in items[:2]])
    export_bundle(services.store, "project", project.id, good)
    assert len(json.loads(read_entries(good)["manifest.json"])["tombstones"]) >= 2
    raw = good.read_bytes()
    entries = read_entries(good)
    rng = random.Random(20261123)
    bad = tmp_path / "bad.labinov"
    refused = accepted = 0
    before = dump(other.store)
    for case in range(CASES):
        surely_bad = case % 2 == 0
        if surely_bad:
            breaking = _hostile_value if case % 6 == 0 else _break_document
            write_zip(bad, breaking(rng, entries))
        else:
            data = bytearray(raw)
            for _ in range(rng.randint(1, 8)):
                data[rng.randrange(len(data))] = rng.randrange(256)
            if rng.random() < 0.2:
                data = data[: rng.randrange(len(data))]
            bad.write_bytes(bytes(data))
        try:
            import_bundle(other.store, bad)
        except UserError as error:
            assert error.text(), case
            after = dump(other.store)
            assert after == before, f"case {case} changed the store"
            refused += 1
        else:
            assert not surely_bad, f"case {case}: an invalid document was accepted"
            accepted += 1
            before = dump(other.store)
    assert refused + accepted == CASES and refused >= CASES // 2
