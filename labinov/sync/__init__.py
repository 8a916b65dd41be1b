"""Sync of a laptop's store with a regional server (issue 16; ``labinov/sync/DESIGN.md``):
change sets by change number and per-peer marks, tombstones, conflicts per row.

The names below load on first use (PEP 562): ``labinov sync`` registers its subcommand
from ``labinov.sync.cli``, and importing that must not pull SQLAlchemy into every CLI
start (``labinov list --json`` answers without it)."""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from labinov.sync.names import Named
    from labinov.sync.plan import SyncPlan
    from labinov.sync.run import Cancelled, Progress, SyncResult, plan_sync, run_sync

_WHERE = {
    "Named": "labinov.sync.names",
    "SyncPlan": "labinov.sync.plan",
    "Cancelled": "labinov.sync.run",
    "Progress": "labinov.sync.run",
    "SyncResult": "labinov.sync.run",
    "plan_sync": "labinov.sync.run",
    "run_sync": "labinov.sync.run",
}

__all__ = [
    "Cancelled",
    "Named",
    "Progress",
    "SyncPlan",
    "SyncResult",
    "plan_sync",
    "run_sync",
]


def __getattr__(name: str) -> Any:
    if name not in _WHERE:
        raise AttributeError(f"module 'labinov.sync' has no attribute {name!r}")
    return getattr(import_module(_WHERE[name]), name)
