"""Where the time of a hot edit goes: ``python3 -m tests.bench.profile_edits [N] [edit…]``.

For each edit of ``bench_edits`` (or those named): the median CPU time per edit of the
service and of raw sqlite3 over ``N`` edits each (default 1,000; CPU time leaves the fsync
wait out, so the Python overhead shows even on a busy disk), then cProfile of the
service's ``N`` edits,
the functions with the most own time. Not a benchmark with a budget (not run by
``python -m tests.bench``): a tool for finding what to cut.
"""

from __future__ import annotations

import cProfile
import io
import pstats
import statistics
import sys
import tempfile
import time
from pathlib import Path

from tests.bench.bench_edits import edit_pairs, file_system


def cpu_medians(mine: object, raw: object, count: int) -> tuple[float, float]:
    """Median CPU seconds per call of each, the two alternating (a busy machine's noise
    hits both alike and the median drops its bursts)."""
    times: tuple[list[float], list[float]] = ([], [])
    for _ in range(count):
        for function, bucket in ((mine, times[0]), (raw, times[1])):
            start = time.process_time()
            function()  # type: ignore[operator]
            bucket.append(time.process_time() - start)
    return statistics.median(times[0]), statistics.median(times[1])


def main(argv: list[str]) -> int:
    count = int(argv[0]) if argv and argv[0].isdigit() else 1000
    wanted = [name for name in argv if not name.isdigit()]
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        pairs, close = edit_pairs(root, 1000)
        print(f"file system: {file_system(root)}; {count} edits each")
        for name, mine, raw in pairs:
            if wanted and not any(word in name for word in wanted):
                continue
            for function in (mine, raw):
                function()  # warm the statement caches
            ours, base = cpu_medians(mine, raw, count)
            print(f"\n== {name}: CPU {ours * 1e3:.3f} ms vs raw {base * 1e3:.3f} ms per edit")
            profile = cProfile.Profile()
            profile.enable()
            for _ in range(count):
                mine()
            profile.disable()
            text = io.StringIO()
            stats = pstats.Stats(profile, stream=text)
            stats.sort_stats("tottime").print_stats(14)
            print("\n".join(text.getvalue().splitlines()[6:]))
        close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
