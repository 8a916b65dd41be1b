"""The proposal benchmark measures its sides alike: the same warm-up, interleaved, and
every side equally often first, second, third and fourth (``bench_report._interleaved``)."""

from __future__ import annotations

from collections import Counter

from tests.bench.bench_report import _interleaved


def test_sides_are_warmed_alike_and_take_every_place_equally_often() -> None:
    calls: list[str] = []
    sides = {name: (lambda name=name: calls.append(name)) for name in "abcd"}
    runs = _interleaved(sides, repeats=4)
    assert calls[:8] == list("abcdabcd")  # two untimed warm-up calls each, first
    timed = calls[8:]
    assert {name: len(times) for name, times in runs.items()} == dict.fromkeys("abcd", 4)
    rounds = [timed[index : index + 4] for index in range(0, len(timed), 4)]
    assert all(sorted(one) == list("abcd") for one in rounds)  # interleaved
    places = Counter((place, name) for one in rounds for place, name in enumerate(one))
    assert set(places.values()) == {1}  # each side once in each of the 4 places
    assert all(wall >= 0 and cpu >= 0 for times in runs.values() for wall, cpu in times)
