"""Who takes part: the kinds of team (the "triple helix" of METHOD.md §6) and member roles."""

from __future__ import annotations

TEAM_KINDS = ("opd", "perusda", "academic", "community")
MEMBER_ROLES = ("ketua", "anggota", "pendamping")
