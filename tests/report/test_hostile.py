"""Hostile text: markup-like input prints literally and fetches nothing; emoji survive;
a 100,000-character answer and a 500-row action plan export whole."""

from __future__ import annotations

import io
import re
import shutil
import socket
import subprocess
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pypdf
import pytest
import reportlab.lib.utils
from reportlab.platypus import Paragraph, SimpleDocTemplate

from labinov.report import export_project
from labinov.report.markup import para
from labinov.report.styles import make_styles
from labinov.services import Services
from tests.report.conftest import fonts_of, nospace, pdf_text, qpdf_check
from tests.report.filler import SAMPLE_PROJECT, add_canvas, full_project


@pytest.fixture
def listener() -> Iterator[socket.socket]:
    """A local TCP port that records whether anything connected to it."""
    server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    server.bind(("127.0.0.1", 0))
    server.listen(8)
    server.setblocking(False)
    yield server
    server.close()


class NetworkAttemptError(AssertionError):
    pass


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    """Every way reportlab (or anything else) could reach the network raises and is
    recorded: its URL reader, urllib, name lookups and socket connects."""
    attempts: list[object] = []

    def trap(*args: object, **_kwargs: object) -> None:
        attempts.append(args)
        raise NetworkAttemptError(f"network access attempted: {args!r}")

    monkeypatch.setattr(reportlab.lib.utils, "rlUrlRead", trap)
    monkeypatch.setattr(urllib.request, "urlopen", trap)
    monkeypatch.setattr(socket, "create_connection", trap)
    monkeypatch.setattr(socket, "getaddrinfo", trap)
    monkeypatch.setattr(socket.socket, "connect", trap)
    monkeypatch.setattr(socket.socket, "connect_ex", trap)
    return attempts


# the issue's hostile inputs, exactly
ISSUE_TEXTS = [
    "<",
    "&",
    "</para>",
    "<font>",
    '<img src="http://127.0.0.1:9/x.png">',
    "emoji 😀🎉",
]


def test_the_network_trap_catches_reportlab_fetching_an_image(no_network: list) -> None:
    """The trap can fail a test: unescaped markup makes reportlab try to fetch the URL."""
    with pytest.raises(NetworkAttemptError, match=r"127\.0\.0\.1:9"):  # already while parsing
        story = [Paragraph('<img src="http://127.0.0.1:9/x.png" width="9" height="9"/>')]
        SimpleDocTemplate(io.BytesIO()).build(story)
    assert no_network and "http://127.0.0.1:9/x.png" in str(no_network[0])


def test_issue_hostile_texts_everywhere_print_literally_without_network(
    services: Services, tmp_path: Path, no_network: list
) -> None:
    """Each hostile text in every place user text reaches the PDF: title, team, members,
    workshop, profile, section texts, table cells, the USG choice, canvas titles, notes,
    connector labels. Not one network attempt, and every text found literally."""
    project_id = full_project(services, canvases=0)
    joined = " | ".join(ISSUE_TEXTS)
    for stage, key in (
        ("display", "showcase_summary"),
        ("design", "novelty"),
        ("display", "sustainability"),
        ("display", "replicated_by"),
    ):
        services.worksheets.set_answer(project_id, stage, key, joined)
    services.worksheets.set_answer(project_id, "diagnose", "root_causes", ISSUE_TEXTS)
    services.worksheets.set_answer(
        project_id,
        "diagnose",
        "usg",
        [
            {"problem": f"masalah {t}", "u": 5, "s": 5, "g": 5 - i % 2}
            for i, t in enumerate(ISSUE_TEXTS)
        ],
    )
    plan = services.worksheets.answer(project_id, "design", "action_plan")
    services.worksheets.set_answer(
        project_id,
        "design",
        "action_plan",
        [dict(plan[0], activity=f"kegiatan {t}", output=t) for t in ISSUE_TEXTS],
    )
    services.projects.update_profile(project_id, {"results": joined})
    services.projects.rename(project_id, f"Judul {joined}")
    project = services.projects.get(project_id)
    team = services.teams.get(project.team_id)
    services.teams.update(team.id, name=f"Tim {ISSUE_TEXTS[4]} &")
    services.workshops.update(team.workshop_id, name=f"Lab {ISSUE_TEXTS[3]} <")
    member = services.members.list(team.id)[0]
    services.members.update(member.id, name=f"Anggota {ISSUE_TEXTS[2]}")
    canvas_id, _ids = add_canvas(services, project_id, "design", "blank", f"Kanvas {joined}", 0)
    ids = services.canvases.add_items(
        canvas_id,
        [{"x": i * 200.0, "y": 0.0, "text": f"catatan {t}"} for i, t in enumerate(ISSUE_TEXTS)],
    )
    services.canvases.add_link(canvas_id, ids[0], ids[1], ISSUE_TEXTS[4])

    path = export_project(services, project_id, tmp_path / "h.pdf")

    assert no_network == []
    qpdf_check(path)
    assert all(fonts_of(path).values())
    flat = nospace(pdf_text(path))
    for text in ISSUE_TEXTS:
        for prefix in ("masalah", "kegiatan", "catatan"):
            assert nospace(f"{prefix} {text}") in flat, (prefix, text)
    for text in (
        joined,
        f"Judul {joined}",
        f"Tim {ISSUE_TEXTS[4]} &",
        f"Lab {ISSUE_TEXTS[3]} <",
        f"Anggota {ISSUE_TEXTS[2]}",
        f"Kanvas {joined}",
    ):
        assert nospace(text) in flat, text
    assert flat.count(nospace(joined)) >= 6  # four sections, the record, the profile, …


def hostile_texts(port: int) -> list[str]:
    return [
        "0.1 <A <0.9",
        "<b>unclosed bold and <i>italic",
        "</para> after the end",
        '<font name="Nope" size="80">big</font>',
        f'<img src="http://127.0.0.1:{port}/x.png"/> and <img src="http://127.0.0.1:{port}/y.png">',
        "AT&T &amp; &lt;tag&gt; &#9731; & alone",
        "baris satu\nbaris dua\r\nbaris tiga",
        "Senyum 😀 pesta 🎉 jempol 👍 roket 🚀 hati ❤ bintang ★",
    ]


def test_markup_is_escaped_before_reportlab_sees_it() -> None:
    assert para('<img src="http://x/y.png"> & </para>') == (
        '&lt;img src="http://x/y.png"&gt; &amp; &lt;/para&gt;'
    )
    assert para("a\nb") == "a<br/>b"
    assert para("🎉") == '<font name="LabinovSymbols">🎉</font>'
    styles = make_styles()
    for text in hostile_texts(9):
        Paragraph(para(text), styles.body).wrap(400, 800)  # parses without error


def test_hostile_text_prints_literally_and_nothing_is_fetched(
    services: Services, tmp_path: Path, listener: socket.socket
) -> None:
    project_id = full_project(services, canvases=0)
    texts = hostile_texts(listener.getsockname()[1])
    joined = "\n\n".join(texts)
    services.worksheets.set_answer(project_id, "design", "novelty", joined)
    services.worksheets.set_answer(project_id, "diagnose", "root_causes", texts)
    services.projects.update_profile(project_id, {"results": texts[4]})
    canvas_id, _ids = add_canvas(services, project_id, "design", "blank", "Liar", 0)
    services.canvases.add_items(
        canvas_id, [{"x": i * 200.0, "y": 0.0, "text": t} for i, t in enumerate(texts)]
    )
    services.projects.rename(project_id, "Judul <b>tebal</b> & 😀")

    path = export_project(services, project_id, tmp_path / "h.pdf")

    with pytest.raises(BlockingIOError):
        listener.accept()  # reportlab never tried to fetch the <img> URLs
    flat = nospace(pdf_text(path))
    for text in texts:
        assert nospace(text) in flat, text
    assert nospace("Judul <b>tebal</b> & 😀") in flat


def test_the_listener_would_notice_a_connection(listener: socket.socket) -> None:
    """The check above can fail: a connection to the port is seen by ``accept``."""
    client = socket.create_connection(listener.getsockname(), timeout=2)
    try:
        listener.setblocking(True)
        listener.settimeout(2)
        accepted, _ = listener.accept()
        accepted.close()
    finally:
        client.close()


def test_hundred_thousand_character_answer_exports_whole(
    services: Services, tmp_path: Path
) -> None:
    project_id = full_project(services, canvases=0)
    words = [f"w{index:05d}" for index in range(16_667)]  # 16,667 × 6 = 100,002 characters
    text = " ".join(words)[:100_000]
    assert len(text) == 100_000
    services.worksheets.set_answer(project_id, "display", "showcase_summary", text)
    path = export_project(services, project_id, tmp_path / "long.pdf")
    qpdf_check(path)
    extracted = pdf_text(path)
    # every word in order, twice: the Ringkasan section and the Display record (the page
    # headers and footers come in between at page breaks, so compare word sequences)
    tokens = re.findall(r"w\d{5}|w\d{1,4}\b", extracted)
    expected = text.split()
    assert tokens == expected + expected
    assert f"{len(expected) - 200} kata melebihi batas 200" in extracted  # readiness


def test_five_hundred_row_action_plan_splits_with_repeated_headers(
    services: Services, tmp_path: Path
) -> None:
    project_id = full_project(services, canvases=0)
    rows = [
        {
            "activity": f"Kegiatan nomor {index}",
            "pic": "Rudi",
            "start": "2019-08-01",
            "end": "2019-08-30",
            "output": f"Keluaran {index}",
            "budget": 1000 + index,
            "status": "rencana",
        }
        for index in range(500)
    ]
    services.worksheets.set_answer(project_id, "design", "action_plan", rows)
    path = export_project(services, project_id, tmp_path / "plan.pdf")
    qpdf_check(path)
    text = pdf_text(path)
    for index in range(500):
        assert f"Kegiatan nomor {index} " in text + " "
    assert text.count("Anggaran (Rp)") >= 10  # the header row repeats on every page
    total = sum(1000 + index for index in range(500))
    assert f"{total:,}".replace(",", ".") in text


def test_emoji_survive_in_extracted_text(services: Services, tmp_path: Path) -> None:
    full_project(services, canvases=0)
    services.worksheets.set_answer(SAMPLE_PROJECT, "design", "novelty", "Pesta 🎉 senyum 😀 🥳")
    path = export_project(services, SAMPLE_PROJECT, tmp_path / "e.pdf")
    text = pdf_text(path)
    assert "🎉" in text and "😀" in text
    assert "🥳" in text  # in neither font: drawn as a box, still in the text layer


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler's pdftotext not installed")
def test_long_words_wrap_inside_the_margins(services: Services, tmp_path: Path) -> None:
    """A 400-character word (a pasted URL or hash) in a section, a table cell and a canvas
    note breaks into lines; no word's box leaves the text area of its page."""
    project_id = full_project(services, canvases=0)
    word = "https://contoh.go.id/" + "".join(f"{i % 10}" for i in range(400))
    services.worksheets.set_answer(project_id, "design", "novelty", f"Awal {word} akhir")
    plan = services.worksheets.answer(project_id, "design", "action_plan")
    services.worksheets.set_answer(
        project_id, "design", "action_plan", [dict(plan[0], activity=word, output=word)]
    )
    canvas_id, _ids = add_canvas(services, project_id, "design", "blank", "Panjang", 0)
    services.canvases.add_items(canvas_id, [{"x": 0.0, "y": 0.0, "text": word}])
    path = export_project(services, project_id, tmp_path / "w.pdf")
    html = subprocess.run(
        ["pdftotext", "-bbox", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    margin = 18 * 72 / 25.4  # the document's 18 mm margins, in points
    checked = 0
    for page in re.finditer(r'<page width="([\d.]+)" height="[\d.]+">(.*?)</page>', html, re.S):
        width = float(page.group(1))
        for x_min, x_max in re.findall(
            r'<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)"', page.group(2)
        ):
            assert float(x_min) >= margin - 1 and float(x_max) <= width - margin + 1, (
                x_min,
                x_max,
                width,
            )
            checked += 1
    assert checked > 500
    # the word is whole in the text layer, in the section, the table and the note list
    assert nospace(pdf_text(path)).count(word) >= 3


def test_emoji_in_headers_and_connector_labels_keep_their_characters(
    services: Services, tmp_path: Path
) -> None:
    """Text drawn straight on the page (header, footer, connector labels) falls back to
    Symbola too: a character DejaVu lacks would otherwise print as a box and vanish from
    the text layer."""
    project_id = full_project(services, canvases=0)
    services.projects.rename(project_id, "Akta Cepat 🎉 untuk Warga")
    team_id = services.projects.get(project_id).team_id
    services.workshops.update(services.teams.get(team_id).workshop_id, name="Lab 🚀 2019")
    canvas_id, _ids = add_canvas(services, project_id, "design", "blank", "Kanvas", 0)
    ids = services.canvases.add_items(
        canvas_id, [{"x": 0.0, "y": 0.0, "text": "satu"}, {"x": 400.0, "y": 0.0, "text": "dua"}]
    )
    services.canvases.add_link(canvas_id, ids[0], ids[1], "mengarah 👍 ke")
    path = export_project(services, project_id, tmp_path / "e.pdf")
    reader = pypdf.PdfReader(str(path))
    for page in reader.pages[1:]:
        text = page.extract_text()
        assert "Akta Cepat 🎉 untuk Warga" in text and "Lab 🚀 2019" in text
    assert "mengarah 👍 ke" in pdf_text(path)
