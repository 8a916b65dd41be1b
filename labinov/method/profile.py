"""The innovation profile fields (METHOD.md §4), loaded from ``resources/method/profile.json``."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from typing import Any

from labinov.method import competition
from labinov.method.stages import pick
from labinov.paths import resource

FIELD_KINDS = ("text", "longtext", "choice", "multichoice", "date")
CHOICES_FROM = {"competitions": competition.choices, "letters": competition.letter_choices}


@dataclass(frozen=True)
class ProfileField:
    """One field of the profile form: key, kind, labels, choices and word guidance."""

    key: str
    kind: str
    data: dict[str, Any]

    def label(self, language: str) -> str:
        return str(pick(self.data["label"], language))

    def help(self, language: str) -> str:
        return str(pick(self.data.get("help", ""), language))

    @property
    def choices(self) -> list[tuple[str, dict[str, str]]]:
        return [(c["key"], c["label"]) for c in self.data.get("choices", [])]

    def choice_label(self, key: str, language: str) -> str:
        for choice_key, label in self.choices:
            if choice_key == key:
                return str(pick(label, language))
        return key

    @property
    def min_words(self) -> int | None:
        return self.data.get("min_words")

    @property
    def evidence(self) -> bool:
        """A field of the IID form: it takes supporting data (attachments ``field:<key>``)."""
        return bool(self.data.get("evidence"))


@cache
def profile_fields() -> tuple[ProfileField, ...]:
    raw = json.loads(resource("method", "profile.json").read_text(encoding="utf-8"))
    fields = []
    for entry in raw["fields"]:
        if "choices_from" in entry:  # the competitions and letters are the outline files'
            entry = {**entry, "choices": CHOICES_FROM[entry["choices_from"]]()}
        if entry["kind"] not in FIELD_KINDS:
            raise ValueError(f"profile field {entry['key']}: unknown kind {entry['kind']}")
        fields.append(ProfileField(entry["key"], entry["kind"], entry))
    return tuple(fields)


def profile_field(key: str) -> ProfileField:
    for field in profile_fields():
        if field.key == key:
            return field
    raise KeyError(key)


RELATED_AFFAIRS = "related_affairs"
MAIN_AFFAIR = "government_affair"


def upgrade_related_affairs(profile: dict[str, Any]) -> dict[str, Any] | None:
    """A profile from before *urusan terkait* became a list (text such as "Kesehatan,
    Pendidikan"): the names found become choices, the rest is kept after the main affair's
    text, so nothing typed is lost. None when nothing changes."""
    value = profile.get(RELATED_AFFAIRS)
    if not isinstance(value, str):
        return None
    choices = {
        str(pick(label, lang)).casefold(): key
        for key, label in profile_field(RELATED_AFFAIRS).choices
        for lang in ("id", "en")
    }
    found: list[str] = []
    rest: list[str] = []
    for part in (p.strip() for p in value.replace(";", ",").split(",")):
        key = choices.get(part.casefold())
        if key and key not in found:
            found.append(key)
        elif part and not key:
            rest.append(part)
    out = {k: v for k, v in profile.items() if k != RELATED_AFFAIRS}
    if found:
        out[RELATED_AFFAIRS] = found
    if rest:
        main = str(out.get(MAIN_AFFAIR) or "").strip()
        out[MAIN_AFFAIR] = "; ".join([*([main] if main else []), *rest])
    return out
