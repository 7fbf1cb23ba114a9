"""Benchmark: reading a generated document of 1,000 tables, as TSV and as XLSX.

Prints the median milliseconds per table for ``perftrack.read`` and, measured
in the same run and interleaved, for the floor of just loading the cells:
``csv.reader`` over the TSV and openpyxl's own ``load_workbook`` of the XLSX,
with the ratios. Goals (issue 3): TSV within 10× of ``csv.reader``, XLSX within
1.3× of openpyxl's load.

Run: ``python bench/bench_read.py [--tables 1000] [--rounds 5] [--json]``.
Each round clears perftrack's parse caches, so every round reads cold. Every
measurement starts on a clean heap and includes the young-generation collection
of what it built (see ``_time``).
"""

from __future__ import annotations

import argparse
import csv
import gc
import io
import json
import statistics
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

sys.path.insert(0, str(Path(__file__).resolve().parent))

import _generate

import perftrack
from perftrack.expressions import _grammar

if TYPE_CHECKING:
    from collections.abc import Callable


def _xlsx(rows: list[list[str]]) -> bytes:
    import openpyxl  # noqa: PLC0415 - an optional dependency, needed only here

    workbook = openpyxl.Workbook()
    sheet = workbook.active
    for row in rows:
        sheet.append([_cell(text) for text in row])
    for index, row in enumerate(rows, start=1):
        if row and row[0].endswith("绩效跟踪表"):
            sheet.merge_cells(start_row=index, start_column=1, end_row=index, end_column=8)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def _cell(text: str) -> object:
    """Amounts as numbers (with a 0.00 format applied by Excel's default display)."""
    try:
        return float(text) if text and text.replace(".", "", 1).isdigit() and "." in text else text
    except ValueError:  # pragma: no cover
        return text


def _time(action: Callable[[], object]) -> float:
    """Seconds for *action*, on a clean heap, with the collection its garbage leaves.

    Everything earlier measurements left is collected first, untimed, and the
    result is dropped before the next one. The young-generation collection that
    the next allocation would run on the objects *action* created is timed with it:
    ``perftrack.read`` pauses the cycle collector while it reads, and this is the
    collection it defers (the floors are measured the same way); since the second
    2026-12-01 session the read hands what it keeps to the oldest generation, so
    that this collection finds none of it (see ``perftrack._gc``).
    """
    gc.collect()
    start = time.perf_counter()
    result = action()
    gc.collect(0)
    elapsed = time.perf_counter() - start
    del result
    return elapsed


def main() -> None:
    """Run the benchmark and print the table of medians and ratios."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tables", type=int, default=1000)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args()
    rows = _generate.document_rows(args.tables)
    text = _generate.tsv(rows)
    data = text.encode("utf-8")
    try:
        import openpyxl  # noqa: PLC0415

        xlsx = _xlsx(rows)
    except ImportError:
        openpyxl = None
        xlsx = b""
    results: dict[str, list[float]] = {"csv": [], "read_tsv": [], "openpyxl": [], "read_xlsx": []}
    count = args.tables
    perftrack.read(data)  # warm-up: imports, regex compilation
    assert len(perftrack.read(data)) == count
    for _ in range(args.rounds):
        results["csv"].append(_time(lambda: list(csv.reader(io.StringIO(text), delimiter="\t"))))
        _grammar.clear_caches()
        results["read_tsv"].append(_time(lambda: perftrack.read(data)))
        if openpyxl is not None:
            results["openpyxl"].append(
                _time(lambda: openpyxl.load_workbook(io.BytesIO(xlsx), data_only=True))
            )
            _grammar.clear_caches()
            results["read_xlsx"].append(_time(lambda: perftrack.read(xlsx)))
    medians = {
        key: statistics.median(values) / count * 1000 for key, values in results.items() if values
    }
    figures = {
        "tables": count,
        "rounds": args.rounds,
        "ms_per_table": medians,
        "tsv_ratio": medians["read_tsv"] / medians["csv"],
        "xlsx_ratio": medians["read_xlsx"] / medians["openpyxl"] if "openpyxl" in medians else None,
    }
    if args.json:
        print(json.dumps(figures, indent=2))
        return
    print(
        f"perftrack {perftrack.__version__}: reading {count} tables, median of {args.rounds} rounds"
    )
    for key, label in (
        ("csv", "floor: csv.reader (TSV)"),
        ("read_tsv", "perftrack.read (TSV)"),
        ("openpyxl", "floor: openpyxl.load_workbook"),
        ("read_xlsx", "perftrack.read (XLSX)"),
    ):
        if key in medians:
            print(f"  {label:32} {medians[key]:8.3f} ms/table")
    print(f"  TSV:  {figures['tsv_ratio']:.2f}x csv.reader   (goal ≤ 10x)")
    if figures["xlsx_ratio"] is not None:
        print(f"  XLSX: {figures['xlsx_ratio']:.2f}x openpyxl load (goal ≤ 1.3x)")


if __name__ == "__main__":
    main()
