"""Sync of a laptop's store with a regional server (issue 16; /work/wt/SYNC.md):
change sets by change number and per-peer marks, tombstones, conflicts per row."""

from labinov.sync.names import Named
from labinov.sync.plan import SyncPlan
from labinov.sync.run import Cancelled, Progress, SyncResult, plan_sync, run_sync

__all__ = [
    "Cancelled",
    "Named",
    "Progress",
    "SyncPlan",
    "SyncResult",
    "plan_sync",
    "run_sync",
]
