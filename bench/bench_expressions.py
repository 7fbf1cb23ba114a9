"""Benchmark of the expression parsers ``parse_target`` and ``parse_value``.

Run it from the repository root with the package installed::

    python bench/bench_expressions.py             # table, ratios and the goal line
    python bench/bench_expressions.py --slowest 10  # plus the ten slowest cells, parsed cold
    python bench/bench_expressions.py --json      # the same figures as JSON

The inputs are every cell of ``../shared/corpus/expressions-dev.tsv`` (next to the
repository; ``--corpus PATH`` for another file; no fiscal year) and the 72 cells of
``examples/seed-cells.txt`` (fiscal year 2023). Each round measures, interleaved and in a
rotating order because the machine is shared and noisy:

- floor: per cell, one precompiled regex ``fullmatch`` and one ``Decimal()``, the least
  any parser of these cells has to do;
- cold: ``parse_target`` / ``parse_value`` with both memo caches cleared, so every cell is
  really parsed (a cell repeated within a pass starts a new segment, cleared again);
- warm: the same calls with the caches filled.

The figures are medians over the rounds of the microseconds per cell. The goal is cold
parsing within 3x of the floor, and no worse than 8x. The exit code is always 0: this is
a measurement, not a test.
"""

from __future__ import annotations

import argparse
import csv
import gc
import itertools
import json
import platform
import re
import statistics
import sys
import time
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Literal

import perftrack
from perftrack.expressions import _grammar

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

REPO = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = REPO.parent / "shared" / "corpus" / "expressions-dev.tsv"
SEED_CELLS = REPO / "examples" / "seed-cells.txt"
SEED_YEAR = 2023

GOAL_RATIO = 3.0
ACCEPTABLE_RATIO = 8.0

# The floor: one regex match and one Decimal per cell, nothing a parser could skip.
_FLOOR_RE = re.compile(r"([≥≤=<>]?)(\d+(?:\.\d+)?)(.*)")

Role = Literal["target", "actual"]
_ROLES: dict[str, Role] = {"target": "target", "actual": "actual"}


@dataclass(frozen=True, slots=True)
class Cell:
    """One input cell and where it comes from."""

    role: Role
    text: str
    year: int | None
    origin: str

    @property
    def key(self) -> tuple[Role, str, int | None]:
        """What the parser's memo cache sees: two cells with the same key share an entry."""
        return self.role, self.text, self.year


@dataclass(frozen=True, slots=True)
class Inputs:
    """The cells of one run, split the ways the measurements need them."""

    cells: tuple[Cell, ...]
    targets: tuple[Cell, ...]
    values: tuple[Cell, ...]
    corpus_count: int
    seed_count: int


# ---------------------------------------------------------------------------
# Inputs


def read_corpus(path: Path) -> list[Cell]:
    """Read the ``expression`` and ``role`` columns of the corpus TSV."""
    cells: list[Cell] = []
    with path.open(encoding="utf-8", newline="") as stream:
        reader = csv.DictReader(stream, delimiter="\t", quoting=csv.QUOTE_NONE)
        for line, row in enumerate(reader, start=2):
            role = _ROLES.get(row["role"])
            if role is None:
                raise ValueError(f"{path}:{line}: unknown role {row['role']!r}")
            cells.append(Cell(role, row["expression"], None, f"corpus:{line}"))
    return cells


def read_seed(path: Path) -> list[Cell]:
    """Read the seed cells: every third line, from the first, is a target, the rest values."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return [
        Cell("target" if index % 3 == 0 else "actual", text, SEED_YEAR, f"seed:{index + 1}")
        for index, text in enumerate(lines)
    ]


def load_inputs(corpus: Path) -> Inputs:
    """All cells of the run: the corpus, then the seed cells."""
    corpus_cells = read_corpus(corpus)
    seed_cells = read_seed(SEED_CELLS)
    cells = (*corpus_cells, *seed_cells)
    return Inputs(
        cells=cells,
        targets=tuple(cell for cell in cells if cell.role == "target"),
        values=tuple(cell for cell in cells if cell.role == "actual"),
        corpus_count=len(corpus_cells),
        seed_count=len(seed_cells),
    )


def cold_segments(cells: Sequence[Cell]) -> tuple[tuple[Cell, ...], ...]:
    """Cut *cells*, in order, into runs in which no cache key repeats.

    Clearing the caches before each run, outside the timed code, makes every call a
    cache miss without timing ``cache_clear`` itself.
    """
    segments: list[tuple[Cell, ...]] = []
    current: list[Cell] = []
    seen: set[tuple[Role, str, int | None]] = set()
    for cell in cells:
        if cell.key in seen:
            segments.append(tuple(current))
            current, seen = [], set()
        current.append(cell)
        seen.add(cell.key)
    if current:
        segments.append(tuple(current))
    return tuple(segments)


# ---------------------------------------------------------------------------
# Timed passes: each returns the nanoseconds its cells took


def floor_pass(cells: Sequence[Cell]) -> int:
    """One regex ``fullmatch`` and one ``Decimal()`` per cell."""
    fullmatch = _FLOOR_RE.fullmatch
    start = time.perf_counter_ns()
    for cell in cells:
        match = fullmatch(cell.text)
        Decimal(match[2] if match else "0")
    return time.perf_counter_ns() - start


def parse_pass(cells: Sequence[Cell]) -> int:
    """Parse every cell once with the public parser of its role, caches as they are."""
    parse_target, parse_value = perftrack.parse_target, perftrack.parse_value
    error = perftrack.ExpressionError
    start = time.perf_counter_ns()
    for cell in cells:
        if cell.role == "target":
            # try/except costs nothing when nothing is raised; contextlib.suppress would.
            try:  # noqa: SIM105
                parse_target(cell.text, year=cell.year)
            except error:
                pass
        else:
            parse_value(cell.text, year=cell.year)
    return time.perf_counter_ns() - start


def cold_pass(segments: Sequence[Sequence[Cell]]) -> int:
    """Parse every cell once, each a cache miss."""
    total = 0
    for segment in segments:
        _grammar.clear_caches()
        total += parse_pass(segment)
    return total


def warm_pass(cells: Sequence[Cell]) -> int:
    """Parse every cell once from filled caches."""
    parse_pass(cells)  # fills the caches; a cold pass may have run just before
    return parse_pass(cells)


def per_cell_cold(cells: Sequence[Cell]) -> list[int]:
    """The cold time of each cell on its own, timer overhead included."""
    times: list[int] = []
    for cell in cells:
        _grammar.clear_caches()
        times.append(parse_pass((cell,)))
    return times


# ---------------------------------------------------------------------------
# Measurement


@dataclass(frozen=True, slots=True)
class Results:
    """Median microseconds per cell and the ratios to the floor."""

    floor: float
    target_cold: float
    value_cold: float
    all_cold: float
    all_warm: float
    slowest: tuple[tuple[float, Cell], ...]

    @property
    def cold_ratio(self) -> float:
        """All cells cold over the floor."""
        return self.all_cold / self.floor

    @property
    def warm_ratio(self) -> float:
        """All cells warm over the floor."""
        return self.all_warm / self.floor


def measure(inputs: Inputs, rounds: int, slowest: int) -> Results:
    """Run *rounds* interleaved rounds and take the medians.

    One untimed round first loads the lazily imported modules and warms the interpreter.
    The garbage collector is off inside the timed passes, as in ``timeit``.
    """
    target_segments = cold_segments(inputs.targets)
    value_segments = cold_segments(inputs.values)
    # A repeated cell costs what its first occurrence does: profile each cache key once.
    profiled: dict[tuple[Role, str, int | None], Cell] = {}
    for cell in inputs.cells if slowest else ():
        profiled.setdefault(cell.key, cell)

    samples: dict[str, list[int]] = {"floor": [], "target": [], "value": [], "warm": []}
    per_cell: list[list[int]] = [[] for _ in profiled]

    def profile() -> None:
        for times, elapsed in zip(per_cell, per_cell_cold(tuple(profiled.values())), strict=True):
            times.append(elapsed)

    steps: list[Callable[[], None]] = [
        lambda: samples["floor"].append(floor_pass(inputs.cells)),
        lambda: samples["target"].append(cold_pass(target_segments)),
        lambda: samples["value"].append(cold_pass(value_segments)),
        lambda: samples["warm"].append(warm_pass(inputs.cells)),
    ]
    if slowest:
        steps.append(profile)

    for step in steps:
        step()
    for times in (*samples.values(), *per_cell):
        times.clear()

    for round_index in range(rounds):
        # Rotating the order keeps any drift within a round from favouring one measurement.
        shift = round_index % len(steps)
        gc.collect()
        gc.disable()
        try:
            for step in itertools.chain(steps[shift:], steps[:shift]):
                step()
        finally:
            gc.enable()

    def per_cell_us(total_ns: float, count: int) -> float:
        return total_ns / count / 1000

    cold_all = [t + v for t, v in zip(samples["target"], samples["value"], strict=True)]
    ranked = sorted(
        (
            (statistics.median(times) / 1000, cell)
            for times, cell in zip(per_cell, profiled.values(), strict=True)
        ),
        key=lambda item: item[0],
        reverse=True,
    )
    return Results(
        floor=per_cell_us(statistics.median(samples["floor"]), len(inputs.cells)),
        target_cold=per_cell_us(statistics.median(samples["target"]), len(inputs.targets)),
        value_cold=per_cell_us(statistics.median(samples["value"]), len(inputs.values)),
        all_cold=per_cell_us(statistics.median(cold_all), len(inputs.cells)),
        all_warm=per_cell_us(statistics.median(samples["warm"]), len(inputs.cells)),
        slowest=tuple(ranked[:slowest]),
    )


# ---------------------------------------------------------------------------
# Report


def verdict(ratio: float) -> str:
    """The goal line's word for a cold ratio."""
    return "PASS" if ratio <= GOAL_RATIO else "FAIL"


def goal_line(ratio: float) -> str:
    """``goal: ... PASS/FAIL``, saying too whether a miss is still acceptable."""
    line = f"goal: ≤{GOAL_RATIO:g}x (acceptable ≤{ACCEPTABLE_RATIO:g}x): {verdict(ratio)}"
    if ratio > GOAL_RATIO:
        within = "within" if ratio <= ACCEPTABLE_RATIO else "beyond"
        line += f" ({ratio:.2f}x, {within} the acceptable {ACCEPTABLE_RATIO:g}x)"
    return line


def print_text(inputs: Inputs, rounds: int, results: Results) -> None:
    """The aligned table, the ratios, the goal line and the slowest cells."""
    print(
        f"perftrack {perftrack.__version__}, Python {platform.python_version()}: "
        f"expression parsing, median of {rounds} rounds"
    )
    print(
        f"cells: {len(inputs.cells)} ({inputs.corpus_count} corpus + {inputs.seed_count} seed; "
        f"{len(inputs.targets)} targets, {len(inputs.values)} values)"
    )
    print()
    rows = [
        ("floor", results.floor),
        ("target cold", results.target_cold),
        ("value cold", results.value_cold),
        ("all cold", results.all_cold),
        ("all warm", results.all_warm),
    ]
    print(f"{'':<12} {'µs/cell':>8} {'x floor':>8}")
    for name, value in rows:
        print(f"{name:<12} {value:>8.3f} {value / results.floor:>8.2f}")
    print()
    print(f"all cold / floor: {results.cold_ratio:.2f}x")
    print(f"all warm / floor: {results.warm_ratio:.2f}x")
    print(goal_line(results.cold_ratio))
    if results.slowest:
        print()
        print(f"slowest {len(results.slowest)} cells, median µs parsed cold (timer included):")
        for micros, cell in results.slowest:
            print(f"{micros:>8.2f}  {cell.role:<6}  {cell.origin:<11}  {cell.text}")


def print_json(inputs: Inputs, rounds: int, results: Results) -> None:
    """The same figures as one JSON object."""
    figures = {
        "perftrack": perftrack.__version__,
        "python": platform.python_version(),
        "rounds": rounds,
        "cells": {
            "all": len(inputs.cells),
            "corpus": inputs.corpus_count,
            "seed": inputs.seed_count,
            "targets": len(inputs.targets),
            "values": len(inputs.values),
        },
        "us_per_cell": {
            "floor": results.floor,
            "target_cold": results.target_cold,
            "value_cold": results.value_cold,
            "all_cold": results.all_cold,
            "all_warm": results.all_warm,
        },
        "ratio": {"all_cold": results.cold_ratio, "all_warm": results.warm_ratio},
        "goal": {
            "ratio": GOAL_RATIO,
            "acceptable_ratio": ACCEPTABLE_RATIO,
            "result": verdict(results.cold_ratio),
            "acceptable": results.cold_ratio <= ACCEPTABLE_RATIO,
        },
    }
    if results.slowest:
        figures["slowest"] = [
            {"us": micros, "role": cell.role, "origin": cell.origin, "text": cell.text}
            for micros, cell in results.slowest
        ]
    print(json.dumps(figures, ensure_ascii=False, indent=2))


# ---------------------------------------------------------------------------
# Command line


def positive(text: str) -> int:
    """An ``argparse`` type: an integer of at least 1."""
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, not {value}")
    return value


def main(argv: Sequence[str] | None = None) -> int:
    """Parse the arguments, measure, report. Always returns 0."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument(
        "--corpus",
        type=Path,
        default=DEFAULT_CORPUS,
        metavar="PATH",
        help="the corpus TSV (default: ../shared/corpus/expressions-dev.tsv next to the repo)",
    )
    parser.add_argument(
        "--rounds", type=positive, default=30, help="rounds per measurement (default: 30)"
    )
    parser.add_argument(
        "--slowest",
        type=positive,
        metavar="N",
        help="also list the N cells with the highest median cold parse time",
    )
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)

    if not args.corpus.is_file():
        parser.error(f"no corpus at {args.corpus}: pass --corpus PATH")
    inputs = load_inputs(args.corpus)
    results = measure(inputs, args.rounds, args.slowest or 0)
    (print_json if args.json else print_text)(inputs, args.rounds, results)
    return 0


if __name__ == "__main__":
    sys.exit(main())
