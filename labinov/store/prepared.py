"""Core statements compiled once for a dialect, and their driver parameters built fast.

``Prepared`` keeps a statement's SQL and, for each parameter in the order the driver
takes it, the value it reads and the bind processor of its type. A parameter ``_name``
reads the row's ``name`` (a SET clause may not name its bind like its column); values the
caller gives as shared (``_now``, the edit's token) are processed once per edit, not per
row. The per-row builder is a small function generated once per statement and set of
shared values: a drag of 200 notes then costs one Python call per row, not a loop over
its parameters (``tests/bench/profile_edits.py``). The generated code only indexes the
row and the shared values (names go in as ``repr`` literals); it is never built from data.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.engine import Dialect

Fields = dict[str, Any]
# builds one row's driver parameters from (fields, id, seen rev, shared values)
RowBuilder = Callable[[Mapping[str, Any], Any, Any, Sequence[Any]], Any]
# a row builder and the shared values it reads: (position, source, bind processor)
_Plan = tuple[RowBuilder, tuple[tuple[int, str, Callable[[Any], Any] | None], ...]]


@dataclass(frozen=True)
class Prepared:
    """A statement compiled for one dialect (see the module docstring)."""

    sql: str
    keys: tuple[str, ...]  # the driver's parameter names (for named paramstyles)
    sources: tuple[str, ...]  # the row key each parameter reads
    processors: tuple[Callable[[Any], Any] | None, ...]
    positional: bool
    results: tuple[Callable[[Any], Any] | None, ...] = ()  # a SELECT's result processors
    _plans: dict[frozenset[str], _Plan] = field(default_factory=dict, compare=False)

    @classmethod
    def of(cls, statement: Any, dialect: Dialect) -> Prepared:
        compiled = statement.compile(dialect=dialect)
        binds = compiled.binds
        names = tuple(compiled.positiontup or ()) if dialect.positional else tuple(binds)
        escaped = getattr(compiled, "escaped_bind_names", None) or {}
        results: tuple[Callable[[Any], Any] | None, ...] = ()
        if getattr(statement, "is_select", False):
            results = tuple(
                column.type.dialect_impl(dialect).result_processor(dialect, None)
                for column in statement.selected_columns
            )
        return cls(
            str(compiled),
            tuple(escaped.get(name, name) for name in names),
            tuple(name.removeprefix("_") for name in names),
            tuple(binds[n].type.dialect_impl(dialect).bind_processor(dialect) for n in names),
            bool(dialect.positional),
            results,
        )

    def rows(self, rows: Sequence[Fields], same: Fields) -> list[Any]:
        """Driver parameters for ``rows`` (each a dict holding every other source);
        ``same`` holds values every row shares."""
        build, shared = self.bound(same)
        return [build(row, None, None, shared) for row in rows]

    def bound(self, same: Fields) -> tuple[RowBuilder, list[Any]]:
        """The row builder for the shared values ``same`` and those values processed, by
        parameter position. A row's ``id`` and ``seen`` come as the builder's second and
        third arguments when given (not None), else from the row's fields."""
        plan = self._plans.get(frozenset(same))
        if plan is None:
            plan = self._plans[frozenset(same)] = self._plan(frozenset(same))
        build, given = plan
        shared: list[Any] = [None] * len(self.sources)
        for index, source, process in given:
            value = same[source]
            shared[index] = value if process is None else process(value)
        return build, shared

    def _plan(self, names: frozenset[str]) -> _Plan:
        """The builder for shared values ``names`` and (position, source, processor) of
        each parameter they give."""
        constants = frozenset(source for source in self.sources if source in names)
        given = tuple(
            (index, source, process)
            for index, (source, process) in enumerate(
                zip(self.sources, self.processors, strict=True)
            )
            if source in constants
        )
        return self._generate(constants), given

    def _generate(self, constants: frozenset[str]) -> RowBuilder:
        scope: dict[str, Any] = {}
        parts = []
        for index, (source, process) in enumerate(zip(self.sources, self.processors, strict=True)):
            if source in constants:
                parts.append(f"c[{index}]")
                continue
            value = f"f[{source!r}]"
            if source in ("id", "seen"):  # the row's key and version, given or in fields
                name = "i" if source == "id" else "s"
                value = f"({value} if {name} is None else {name})"
            if process is not None:
                scope[f"p{index}"] = process
                value = f"p{index}({value})"
            parts.append(value)
        if self.positional:
            body = "(" + "".join(f"{part}, " for part in parts) + ")"
        else:
            body = (
                "{" + ", ".join(f"{k!r}: {p}" for k, p in zip(self.keys, parts, strict=True)) + "}"
            )
        return eval(f"lambda f, i, s, c: {body}", scope)  # type: ignore[no-any-return]
