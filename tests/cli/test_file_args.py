"""``labinov FILE.labinov``: bundle paths are taken out before argparse sees them."""

from __future__ import annotations

from pathlib import Path

from labinov.file_args import split_file_arguments


def test_a_bundle_first_is_a_file_to_open(tmp_path: Path) -> None:
    bundle = tmp_path / "Tim A.labinov"
    files, rest = split_file_arguments([str(bundle)])
    assert files == [bundle.resolve()]
    assert rest == []


def test_options_and_their_values_stay_for_argparse(tmp_path: Path) -> None:
    a, b = tmp_path / "a.labinov", tmp_path / "B.LABINOV"
    data = tmp_path / "data.labinov"  # a data folder named like a bundle is not a file
    argv = ["--data-dir", str(data), "--lang", "en", str(a), str(b)]
    files, rest = split_file_arguments(argv)
    assert files == [a.resolve(), b.resolve()]
    assert rest == ["--data-dir", str(data), "--lang", "en"]


def test_subcommands_keep_their_bundle_arguments() -> None:
    argv = ["import", "x.labinov", "--data-dir", "d"]
    assert split_file_arguments(argv) == ([], argv)
    assert split_file_arguments(["list", "--json"]) == ([], ["list", "--json"])
    assert split_file_arguments([]) == ([], [])
