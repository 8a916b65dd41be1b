"""Run every benchmark: ``python -m tests.bench [--quick] [name ...]``.

Each ``bench_*.py`` module exposes ``run(quick: bool) -> list[Figure]``. Figures print next
to a baseline measured in the same run (machines are shared and noisy: ratios and medians).
Exit status 1 when a figure is over its budget (only in full mode: quick mode is a smoke run).
"""

from __future__ import annotations

import argparse
import importlib
import os
import pkgutil
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# The offscreen platform warns on every window shown; the figures should not drown in it.
_OFFSCREEN_NOISE = ("does not support propagateSizeHints", "does not support raise")


def _quiet_offscreen() -> None:
    from PySide6.QtCore import qInstallMessageHandler

    def handler(_mode, _context, message: str) -> None:  # type: ignore[no-untyped-def]
        if not any(noise in message for noise in _OFFSCREEN_NOISE):
            print(message, file=sys.stderr)

    qInstallMessageHandler(handler)


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.bench")
    parser.add_argument("--quick", action="store_true", help="small sizes, few repeats (CI)")
    parser.add_argument("names", nargs="*", help="only these benchmarks (e.g. store canvas)")
    args = parser.parse_args()
    folder = Path(__file__).resolve().parent
    modules = sorted(
        m.name for m in pkgutil.iter_modules([str(folder)]) if m.name.startswith("bench_")
    )
    if args.names:
        modules = [m for m in modules if m.removeprefix("bench_") in args.names]
    if not modules:
        print("no benchmark matched", file=sys.stderr)
        return 2
    _quiet_offscreen()
    over = 0
    for name in modules:
        module = importlib.import_module(f"tests.bench.{name}")
        print(f"== {name}{' (quick)' if args.quick else ''}", flush=True)
        started = time.monotonic()
        for figure in module.run(args.quick):
            print("  " + figure.line(), flush=True)
            over += not figure.ok
        print(f"  ({name} took {time.monotonic() - started:.0f} s)", flush=True)
    print(f"{len(modules)} benchmark modules, {over} figure(s) over budget")
    return 1 if over and not args.quick else 0


if __name__ == "__main__":
    sys.exit(main())
