"""A stage closed by a moderator's override, said the same way in every export.

The GUI lets a moderator mark a stage done while outputs are missing, with a reason
(``StageWork.override_reason``). The PDF's 5D record, the consolidation table and the
directory print such a stage as "selesai (dengan catatan moderator)" with the reason, so
nobody outside the app reads it as an ordinary "selesai". Qt-free.
"""

from __future__ import annotations

from typing import Any

from labinov.errors import QT_TRANSLATE_NOOP
from labinov.i18n import translator
from labinov.method.stages import STATUS_LABELS, StageStatus, stage_content

OVERRIDDEN = QT_TRANSLATE_NOOP("Status", "done (with a moderator's note)")
REASON = QT_TRANSLATE_NOOP("Status", "{status}: {reason}")


def overridden(work: Any) -> bool:
    return work.status == StageStatus.DONE and bool((work.override_reason or "").strip())


def status_text(work: Any, language: str, reason: bool = True) -> str:
    """ "selesai (dengan catatan moderator): <reason>" for an overridden stage, else the
    plain status label ("selesai", "sedang berjalan")."""
    translate = translator(language)
    if not overridden(work):
        return translate("Status", STATUS_LABELS.get(work.status, work.status))
    text = translate("Status", OVERRIDDEN)
    if reason:
        text = translate("Status", REASON).format(status=text, reason=work.override_reason.strip())
    return text


def override_notes(works: list[Any], language: str) -> str:
    """Every overridden stage of a project: "Diagnose — selesai (…): <reason>", one a line."""
    return "\n".join(
        f"{stage_content(work.stage).name(language)} — {status_text(work, language)}"
        for work in works
        if overridden(work)
    )
