"""Which competition outline a project follows, and where each of its values comes from.

Outlines are data: ``resources/proposal/kipp_<year>.json`` (any ``*.json`` there with
``groups`` and ``sections``), so a new year is a new file. The project chooses one in its
profile field ``competition`` as ``"<outline key>:<group>"`` (``"kipp_2021:replikasi"``);
no choice means ``DEFAULT`` with the group read from the profile (replication fields
filled: ``replikasi`` when the outline has it).

Every value in an outline carries a ``cite``: ``{"doc": KEY or null, "where": TEXT,
"confirmed": BOOL}``, ``doc`` naming an entry of the file's ``documents``. A value whose
cite is not confirmed is an estimate: its word limit is shown as "batas perkiraan", its
eligibility rule only warns. ``missing_sources`` lists every value without a cite.
Qt-free, and no import of the report (services use it too).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any

from labinov.paths import resource

DEFAULT = "kipp_2023"
PROFILE_FIELD = "competition"
LETTERS_FIELD = "letters_ready"
REPLICATION = "replikasi"


def folder() -> Path:
    return resource("proposal")


@cache
def _read(path: str, stamp: float) -> dict[str, Any]:
    return json.loads(Path(path).read_text(encoding="utf-8"))


def read(key: str) -> dict[str, Any] | None:
    """The outline ``key`` as plain data; None when there is no such file."""
    path = folder() / f"{normal_key(key)}.json"
    try:
        return _read(str(path), path.stat().st_mtime)
    except (FileNotFoundError, OSError):
        return None


def normal_key(key: str) -> str:
    """``kipp-2025`` (as typed on the command line) → ``kipp_2025``."""
    return key.strip().replace("-", "_").casefold()


def outline_keys() -> list[str]:
    """Every outline file's key, oldest year first."""
    keys = []
    for path in sorted(folder().glob("*.json")):
        data = read(path.stem)
        if data and "groups" in data and "sections" in data:
            keys.append(path.stem)
    return keys


def choices() -> list[dict[str, Any]]:
    """The profile's ``competition`` choices: one per outline and group."""
    found = []
    for key in outline_keys():
        data = read(key) or {}
        name = data.get("short_name") or data.get("name") or {"id": key, "en": key}
        for group, label in data["groups"].items():
            found.append(
                {
                    "key": f"{key}:{group}",
                    "label": {
                        lang: f"{name.get(lang) or name.get('id')} — "
                        f"{label.get(lang) or label.get('id')}"
                        for lang in ("id", "en")
                    },
                }
            )
    return found


def letter_choices() -> list[dict[str, Any]]:
    """Every required letter or attachment named by any outline, once."""
    seen: dict[str, dict[str, Any]] = {}
    for key in outline_keys():
        for letter in (read(key) or {}).get("letters", []):
            seen.setdefault(letter["key"], {"key": letter["key"], "label": letter["label"]})
    return list(seen.values())


def chosen(profile: dict[str, Any], override: str | None = None) -> tuple[str, str | None]:
    """(outline key, group or None) the project follows; ``override`` (``kipp-2025`` or
    ``kipp_2025:umum``) wins over the profile's choice."""
    raw = override or str(profile.get(PROFILE_FIELD) or "")
    if not raw:
        return DEFAULT, None
    key, _, group = raw.partition(":")
    if not override and read(key) is None:  # the chosen year's file is gone
        return DEFAULT, None
    if override and not group:
        mine_key, _, mine_group = str(profile.get(PROFILE_FIELD) or "").partition(":")
        group = mine_group if mine_key and normal_key(mine_key) == normal_key(key) else ""
    return normal_key(key), group or None


def group_for(data: dict[str, Any], profile: dict[str, Any], group: str | None) -> str:
    """The group to write for: the chosen one when the outline has it, else ``replikasi``
    when the profile names a replication source, else the outline's first group."""
    groups = list(data.get("groups", {}))
    if group in groups:
        return str(group)
    replicated = any(profile.get(k) for k in data.get("replication_when_profile", ()))
    if replicated and REPLICATION in groups:
        return REPLICATION
    return groups[0] if groups else "umum"


def section_groups(data: dict[str, Any], section: dict[str, Any]) -> tuple[str, ...]:
    """The groups a section is written for: its ``groups``, else every group of the outline."""
    return tuple(section.get("groups") or data.get("groups", {}) or ("umum", REPLICATION))


def confirmed(holder: dict[str, Any], value: str | None = None) -> bool:
    """Whether ``holder``'s cite (or its cite of ``value``, e.g. ``max_words``) is confirmed."""
    cite = holder.get("cite") or {}
    if value is not None:
        cite = cite.get(value) or {}
    return bool(cite.get("confirmed", False))


# -- checking that every value has a source ---------------------------------------------

SECTION_VALUES = ("weight", "max_words")


def _cites(data: dict[str, Any]) -> Iterator[tuple[str, Any]]:
    """(where in the file, its cite) for every value that must carry one."""
    for key, group in data.get("groups", {}).items():
        yield f"groups.{key}", group.get("cite")
    for name in ("categories", "passing_grade", "deadline", "spbe_form"):
        if name in data:
            yield name, data[name].get("cite") if isinstance(data[name], dict) else None
    if "spbe_form" in data:  # the form's questions are sourced on their own
        yield "spbe_form.fields", (data["spbe_form"] or {}).get("fields_cite")
    for index, letter in enumerate(data.get("letters", [])):
        yield f"letters[{index}]", letter.get("cite")
    for index, rule in enumerate(data.get("eligibility", [])):
        yield f"eligibility[{index}]", rule.get("cite")
    for section in data.get("sections", []):
        for holder, where in _holders(section):
            for value in SECTION_VALUES:
                if value in holder:
                    yield f"{where}.{value}", (holder.get("cite") or {}).get(value)


def _holders(section: dict[str, Any]) -> Iterator[tuple[dict[str, Any], str]]:
    yield section, f"sections.{section['key']}"
    for part in section.get("parts", []):
        yield part, f"sections.{section['key']}.{part['key']}"


def missing_sources(data: dict[str, Any]) -> list[str]:
    """Every value without a proper cite (an empty list: the file is fully sourced)."""
    documents = data.get("documents", {})
    missing = []
    for where, cite in _cites(data):
        if not isinstance(cite, dict) or not cite.get("where") or "confirmed" not in cite:
            missing.append(where)
        elif cite.get("doc") is None and cite["confirmed"]:
            missing.append(f"{where} (confirmed without a document)")
        elif cite.get("doc") is not None and cite["doc"] not in documents:
            missing.append(f"{where} (unknown document {cite['doc']})")
    return missing
