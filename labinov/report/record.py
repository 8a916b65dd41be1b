"""The 5D record (team and commitment, USG table and chosen problem, root causes, chosen
design, action plan, trial log, indicators, lessons) as tables built from worksheet answers
read by the keys in ``resources/proposal/record.json``. Long tables split across pages
with their header row repeated."""

from __future__ import annotations

from datetime import date
from typing import Any

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph, Table

from labinov.method import locale
from labinov.method.proposal_text import amount, as_text, cell_text, number, rupiah
from labinov.method.stages import pick
from labinov.report import texts
from labinov.report.data import ProjectData
from labinov.report.fonts import needs_fallback
from labinov.report.markup import clean, para
from labinov.report.sections import paragraphs_of
from labinov.report.styles import CELL_PADDING, ROOM_BLOCK, Styles, grid_style, room
from labinov.report.texts import Translate


def cell_value(row: Any, keys: list[str]) -> Any:
    if isinstance(row, dict):
        for key in keys:
            if row.get(key) not in (None, ""):
                return row[key]
    return None


def as_row(row: Any, columns: list[dict]) -> dict[str, Any]:
    """A table row as a dict; a plain string (a list answer) fills the first column."""
    return row if isinstance(row, dict) else {columns[0]["keys"][0]: row}


def worksheet_field(stage: str, key: str) -> Any:
    """The worksheet's own definition of a field (labels, choices), when it has one."""
    try:
        from labinov.method import worksheets
    except ImportError:  # pragma: no cover - the worksheets landed with the stages issue
        return None
    try:
        return worksheets.field_of(stage, key)
    except (KeyError, StopIteration, ValueError, LookupError):
        return None


def _text(value: Any, language: str = "id") -> str:
    """A value in the document's language: numbers "1.200" / "94,53"."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        return locale.format_number(value, language)
    return as_text(value)


def table(
    header: list[str],
    rows: list[list[str]],
    widths: list[float],
    styles: Styles,
    bold_rows: tuple[int, ...] = (),
) -> Table:
    cells: list[list[Any]] = [[Paragraph(para(h), styles.cell_head) for h in header]]
    room = [width - 2 * CELL_PADDING for width in widths]
    for index, row in enumerate(rows):
        if index in bold_rows:
            cells.append([Paragraph(para(value), styles.cell_head) for value in row])
        else:
            cells.append(
                [cell(value, space, styles) for value, space in zip(row, room, strict=False)]
            )
    result = Table(cells, colWidths=widths, repeatRows=1, splitInRow=1)
    result.setStyle(grid_style())
    return result


def cell(value: str, room: float, styles: Styles) -> Any:
    """A plain string when it fits on one line in the cell font (a Table draws strings as
    text, never parsing markup, and much faster than a Paragraph); a wrapping Paragraph
    otherwise. Keeps 1,000-row note lists and 500-row action plans quick."""
    style = styles.cell
    value = clean(value)
    if (
        len(value) < 80
        and "\n" not in value
        and not needs_fallback(value)
        and stringWidth(value, style.fontName, style.fontSize) <= room
    ):
        return value
    return Paragraph(para(value), style)


def role_label(role: str, language: str) -> str:
    """A member's role in the team (``ketua``) as the worksheet names it (Ketua, Leader)."""
    spec = worksheet_field("drum_up", "team_roles")
    try:
        return str(spec.column("role").choice_label(role, language)) if spec else role
    except StopIteration:
        return role


def long_date(day: date, language: str) -> str:
    """``23 November 2026`` with the month named in the document's language."""
    return locale.format_date(day, language)


def members_table(
    data: ProjectData, styles: Styles, tr: Translate, width: float, language: str
) -> Table:
    rows = [[m.name, m.position, role_label(m.role, language)] for m in data.members]
    return table(
        [tr(texts.NAME), tr(texts.POSITION), tr(texts.ROLE)],
        rows,
        [width * 0.4, width * 0.4, width * 0.2],
        styles,
    )


def usg_rows(rows: list[Any], columns: list[dict]) -> list[tuple[Any, list[Any], Any, Any]]:
    """(problem, [U, S, G], total, rank) ranked by ``labinov.method.usg`` (total, then U,
    then S); rows still missing a score come last, without total and rank."""
    from labinov.method import usg

    plain = []
    for row in rows:
        values = {}
        for name, column in zip(usg.SCORES, columns[1:4], strict=False):
            raw = cell_value(row, column["keys"])
            found = number(raw)
            values[name] = int(found) if found is not None and found.is_integer() else raw
        plain.append(values)
    ranked = usg.rank(plain)
    order = sorted(ranked, key=lambda r: (r.rank is None, r.rank or 0, r.index))
    return [
        (
            cell_value(rows[r.index], columns[0]["keys"]),
            [plain[r.index][name] for name in usg.SCORES],
            r.total,
            r.rank,
        )
        for r in order
    ]


def block_flowables(
    block: dict[str, Any],
    data: ProjectData,
    styles: Styles,
    tr: Translate,
    language: str,
    width: float,
) -> list[Flowable]:
    if block.get("flat"):
        answers = data.answers(block["stage"])
        value = {f["keys"][0]: answers.get(f["keys"][0]) for f in block["fields"]}
        if not any(v not in (None, "", [], {}) for v in value.values()):
            return []
    else:
        value = data.first(block["stage"], block.get("keys", []))
    if value in (None, "", [], {}):
        return []
    title = Paragraph(para(str(pick(block["title"], language))), styles.h3)
    head = [room(ROOM_BLOCK), title]
    kind = block["kind"]
    if kind == "text":
        return [*head, *(Paragraph(para(c), styles.body) for c in paragraphs_of(as_text(value)))]
    if kind == "fields":
        if not isinstance(value, dict):
            return [*head, Paragraph(para(as_text(value)), styles.body)]
        stage = block["stage"]
        rows = [
            [
                str(pick(f["label"], language)),
                cell_text(
                    cell_value(value, f["keys"]),
                    worksheet_field(stage, f["keys"][0]),
                    language,
                    value,
                    f["keys"][0],
                ),
            ]
            for f in block["fields"]
        ]
        rows = [row for row in rows if row[1]]
        return [*head, _fields_table(rows, styles, width)] if rows else []
    columns = block["columns"]
    rows_value = [as_row(r, columns) for r in (value if isinstance(value, list) else [value])]
    total_weight = sum(c.get("width", 1) for c in columns)
    if kind == "usg":
        return [*head, *_usg(block, data, rows_value, styles, tr, language, width)]
    widths = [width * c.get("width", 1) / total_weight for c in columns]
    header = [str(pick(c["label"], language)) for c in columns]
    defined = worksheet_field(block["stage"], block.get("keys", [""])[0])
    known = {c.key: c for c in getattr(defined, "columns", ())}
    rows = []
    for row in rows_value:
        cells = []
        for column in columns:
            raw = cell_value(row, column["keys"])
            spec = known.get(column["keys"][0])
            if column.get("rupiah"):
                cells.append(rupiah(raw, language))
            else:
                cells.append(cell_text(raw, spec, language, row, column["keys"][0]))
        if any(str(cell).strip() for cell in cells):  # a list's blank rows print nothing
            rows.append(cells)
    if not rows:
        return []
    bold: tuple[int, ...] = ()
    total_key = block.get("total_column")
    if total_key:
        index = next(i for i, c in enumerate(columns) if c.get("key") == total_key)
        budgets = [amount(cell_value(r, columns[index]["keys"]), language) for r in rows_value]
        if not any(b is not None for b in budgets):
            return [*head, table(header, rows, widths, styles)]  # no budget: no "Jumlah 0"
        budget = sum(b or 0 for b in budgets)
        total_row = [""] * len(columns)
        total_row[0], total_row[index] = tr(texts.TOTAL), rupiah(budget, language)
        rows.append(total_row)
        bold = (len(rows) - 1,)
    return [*head, table(header, rows, widths, styles, bold)]


def _fields_table(rows: list[list[str]], styles: Styles, width: float) -> Table:
    cells = [
        [
            Paragraph(para(label), styles.cell_head),
            [Paragraph(para(c), styles.cell) for c in paragraphs_of(value)],
        ]
        for label, value in rows
    ]
    result = Table(cells, colWidths=[width * 0.28, width * 0.72], splitInRow=1)
    result.setStyle(grid_style(header_rows=0))
    return result


def _usg(
    block: dict,
    data: ProjectData,
    rows_value: list,
    styles: Styles,
    tr: Translate,
    language: str,
    width: float,
) -> list[Flowable]:
    columns = block["columns"]
    ranked = usg_rows(rows_value, columns)
    header = [str(pick(c["label"], language)) for c in columns] + [tr(texts.TOTAL), tr(texts.RANK)]
    rows = [
        [as_text(p), *(_text(v, language) for v in scores), _text(total), _text(rank)]
        for p, scores, total, rank in ranked
    ]
    unit = width / 12
    story: list[Flowable] = [
        table(header, rows, [unit * 6, unit, unit, unit, unit * 1.5, unit * 1.5], styles, (0,))
    ]
    chosen = ranked[0][0] if ranked and ranked[0][3] is not None else None
    if chosen:
        text = tr(texts.CHOSEN).format(problem=as_text(chosen))
        story.append(Paragraph(f"<b>{para(text)}</b>", styles.body))
    return story
