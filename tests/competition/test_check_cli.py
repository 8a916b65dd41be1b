"""``labinov check``: exit 0 eligible, 3 not eligible, 1 error; one line per problem."""

from __future__ import annotations

from pathlib import Path

import pytest

from labinov.cli import main
from labinov.services import Services

PROJECT = "5a3c0f7e-2019-4b1a-9d6e-6d4b61b01001"


@pytest.fixture
def sample(services: Services, data_dir: Path) -> Path:
    services.samples.create()
    return data_dir


def run(sample: Path, *args: str) -> int:
    return main(["--data-dir", str(sample), "--lang", "en", "check", *args])


def test_eligible_exits_0(sample: Path, services: Services, capsys) -> None:
    services.projects.update_profile(
        PROJECT, {"competition": "kipp_2021:umum", "rollout_date": "2015-01-01"}
    )
    assert run(sample, PROJECT) == 0
    assert capsys.readouterr().out.splitlines() == ["KIPP 2021 — General group: eligible"]


def test_not_eligible_exits_3_with_one_line_per_problem(
    sample: Path, services: Services, capsys
) -> None:
    services.projects.update_profile(PROJECT, {"rollout_date": "2015-01-01"})
    assert run(sample, PROJECT, "--competition", "kipp-2025") == 3
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "KIPP 2025 — General group: not eligible"
    assert len(lines) == 3  # the two required letters
    assert all(line.startswith("! ") and "not ready" in line for line in lines[1:])


def test_warnings_only_stay_eligible(sample: Path, services: Services, capsys) -> None:
    services.projects.update_profile(PROJECT, {"rollout_date": "2099-01-01"})
    assert run(sample, PROJECT, "--competition", "kipp-2023:umum") == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].endswith(": eligible") and lines[1].startswith("? ")


def test_errors_exit_1(sample: Path, capsys) -> None:
    assert run(sample, PROJECT, "--competition", "kipp-1999") == 1
    assert "kipp-2021, kipp-2022, kipp-2023, kipp-2025" in capsys.readouterr().err
    assert run(sample, "no-such-project") == 1
