"""Translated words shared by several widgets."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from labinov.method.stages import STATUS_LABELS

STATUS_SYMBOLS = {"not_started": "○", "in_progress": "◐", "done": "✓"}


def status_text(status: str) -> str:
    """'✓ selesai' — a symbol and a word, never colour alone."""
    label = QCoreApplication.translate("Status", STATUS_LABELS[status])
    return f"{STATUS_SYMBOLS.get(status, '')} {label}".strip()


def team_kind_text(kind: str) -> str:
    labels = {
        "opd": QCoreApplication.translate("TeamKind", "OPD (regional agency)"),
        "perusda": QCoreApplication.translate("TeamKind", "Perusda / BUMD"),
        "academic": QCoreApplication.translate("TeamKind", "Academic partner"),
        "community": QCoreApplication.translate("TeamKind", "Community partner"),
    }
    return labels.get(kind, kind)


def member_role_text(role: str) -> str:
    labels = {
        "ketua": QCoreApplication.translate("MemberRole", "Leader"),
        "anggota": QCoreApplication.translate("MemberRole", "Member"),
        "pendamping": QCoreApplication.translate("MemberRole", "Coach"),
    }
    return labels.get(role, role)
