"""``labinov export pdf``: one project, a workshop folder, bad ids and folders."""

from __future__ import annotations

from pathlib import Path

import pypdf
import pytest

from labinov.cli import main
from labinov.services import Services
from tests.report.conftest import pdf_text

SAMPLE_WORKSHOP = "5a3c0f7e-2019-4b1a-9d6e-6d4b61b00001"
SAMPLE_PROJECT = "5a3c0f7e-2019-4b1a-9d6e-6d4b61b01001"


@pytest.fixture
def sample(services: Services, data_dir: Path) -> Path:
    services.samples.create()
    return data_dir


def test_export_one_project_in_english(sample: Path, tmp_path: Path, capsys) -> None:
    target = tmp_path / "out.pdf"
    code = main(
        [
            "--data-dir",
            str(sample),
            "export",
            "pdf",
            SAMPLE_PROJECT,
            "-o",
            str(target),
            "--lang",
            "en",
        ]
    )
    assert code == 0
    assert "PDF written" in capsys.readouterr().out
    text = pdf_text(target)
    assert "Table of contents" in text and "Background and aims" in text


def test_language_before_the_subcommand_is_kept(sample: Path, tmp_path: Path) -> None:
    target = tmp_path / "out.pdf"
    assert main(["--lang", "en", "export", "pdf", SAMPLE_PROJECT, "-o", str(target)]) == 0
    assert "Table of contents" in pdf_text(target)


def test_export_a_workshop_to_a_folder(sample: Path, tmp_path: Path, capsys) -> None:
    folder = tmp_path / "pdfs"
    code = main(["export", "pdf", "--workshop", SAMPLE_WORKSHOP, "-o", str(folder)])
    assert code == 0
    files = sorted(p.name for p in folder.iterdir())
    assert files == [
        "AKTA-LAHIR-SEHARI-Akta-Kelahiran-Terbit-di-Rumah-Sakit-proposal.pdf",
        "ANTRE-SEHAT-Antrean-Puskesmas-lewat-Pesan-Singkat-proposal.pdf",
        "LAPOR-BOCOR-Peta-Kebocoran-Pipa-dari-Warga-proposal.pdf",
    ]
    for name in files:
        assert len(pypdf.PdfReader(str(folder / name)).pages) >= 5
    assert "3 berkas PDF ditulis" in capsys.readouterr().out


def test_bad_ids_and_folders_give_one_line_and_no_file(
    sample: Path, tmp_path: Path, capsys
) -> None:
    target = tmp_path / "x.pdf"
    assert main(["export", "pdf", "no-such-id", "-o", str(target)]) == 1
    assert not target.exists()
    assert main(["export", "pdf", "--workshop", "nope", "-o", str(tmp_path / "d")]) == 1
    blocked = tmp_path / "file"
    blocked.write_text("not a folder")
    assert main(["export", "pdf", SAMPLE_PROJECT, "-o", str(blocked / "x.pdf")]) == 1
    assert main(["export", "pdf", "-o", str(target)]) == 1
    errors = capsys.readouterr().err.strip().splitlines()
    assert len(errors) == 4 and all(line.startswith("labinov: ") for line in errors)
    assert "tidak dapat ditulis" in errors[2]
    assert "Not a directory" not in errors[2] and "folder" in errors[2]  # reason in Indonesian


def test_output_is_required(sample: Path) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["export", "pdf", SAMPLE_PROJECT])
    assert exit_info.value.code == 2
