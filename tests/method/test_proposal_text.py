"""Composing proposal texts from answers: what the PDF prints and readiness counts."""

from __future__ import annotations

from labinov.method.proposal_text import amount, compose, resolve, rupiah

ANSWERS = {
    "design": {
        "innovation_name": "  AKTA LAHIR SEHARI ",
        "action_plan": [
            {"activity": "MoU", "budget": 5_000_000, "status": "selesai"},
            {"activity": "Printer", "budget": "Rp 45.000.000"},
            {"activity": "Rapat", "budget": None},
        ],
    }
}
PROFILE = {"purpose": "Akta terbit di rumah sakit", "sdg_goals": ["16", "3"]}


def value_of(ref: str):  # type: ignore[no-untyped-def]
    return resolve(ref, PROFILE, lambda stage: ANSWERS.get(stage, {}))


def test_amounts_and_rupiah_in_indonesian_grouping() -> None:
    assert amount("Rp 1.500.000") == 1_500_000 and amount(True) is None
    assert amount("dua juta") is None and rupiah("dua juta") == "dua juta"
    assert rupiah(2_500_000) == "2.500.000"


def test_references_resolve_or_give_none() -> None:
    assert value_of("profile:sdg_goals") == ["16", "3"]
    assert value_of("answers:design.innovation_name") == "  AKTA LAHIR SEHARI "
    assert value_of("answers:design.innovation_name.deeper") is None
    assert value_of("answers:display.lessons_learned") is None
    assert value_of("nonsense") is None


def test_first_alternative_with_a_value_wins_and_text_is_trimmed() -> None:
    refs = ["answers:display.showcase_summary", "answers:design.innovation_name"]
    assert compose(refs, value_of, "id") == "AKTA LAHIR SEHARI"
    assert compose(["profile:sdg_goals"], value_of, "id") == "16\n3"
    assert compose(["answers:delivery.indicators"], value_of, "id") == ""


def test_row_template_keeps_only_segments_with_every_value_and_labels_choices() -> None:
    row = {"id": ["{activity}", "Rp {budget}", "({status})"], "en": ["{activity}"]}
    text = compose(["answers:design.action_plan"], value_of, "id", row, " ")
    assert text.splitlines() == ["MoU Rp 5.000.000 (Selesai)", "Printer Rp 45.000.000", "Rapat"]
    assert compose(["answers:design.action_plan"], value_of, "en", row).splitlines()[0] == "MoU"


def test_total_of_a_rupiah_column() -> None:
    row = {"id": ["Total anggaran Rp {total}"], "en": ["Total budget Rp {total}"]}
    total = compose(["answers:design.action_plan"], value_of, "id", row, total_of="budget")
    assert total == "Total anggaran Rp 50.000.000"
    assert compose(["answers:design.issues"], value_of, "id", total_of="budget") == ""
