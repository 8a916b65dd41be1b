"""The sample workshop's worksheet answers (resources/sample) fit the worksheet definitions."""

from __future__ import annotations

import json

from labinov.method.stages import Stage
from labinov.method.worksheets import clean_value, field_of, is_filled
from labinov.paths import resource


def sample_stages() -> list[tuple[str, str, dict]]:
    """``(project title, stage, stage entry)`` of every project of every sample file."""
    found = []
    for path in sorted(resource("sample").glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        for team in data.get("teams", []):
            for project in team.get("projects", []):
                for stage, entry in (project.get("stages") or {}).items():
                    found.append((project.get("title", "?"), stage, entry))
    return found


def test_sample_answers_are_valid_worksheet_answers() -> None:
    stages = sample_stages()
    assert stages, "the sample workshop has projects with stages"
    for title, stage, entry in stages:
        Stage(stage)
        for key, value in (entry.get("answers") or {}).items():
            item = field_of(stage, key)  # ValueError: not a field of this stage's worksheet
            clean_value(item, value)  # UserError: a score, amount or date that is not one
            if item.columns:
                names = {column.key for column in item.columns}
                for row in value:
                    assert set(row) <= names, (title, stage, key, set(row) - names)
            assert is_filled(item, value), (title, stage, key, "an empty sample answer")
