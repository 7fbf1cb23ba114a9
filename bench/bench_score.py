"""Benchmark: scoring 12,000 indicators (1,000 generated tables), beside reading them.

Prints the median µs per indicator for ``perftrack.score`` and, in the same run,
for ``perftrack.read`` of the same tables (TSV). Goal (issue 4): scoring costs
less than reading.

Run: ``python bench/bench_score.py [--tables 1000] [--rounds 5] [--json]``.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import _generate

import perftrack
from perftrack.expressions import _grammar


def main() -> None:
    """Run the benchmark and print medians and the ratio."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tables", type=int, default=1000)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args()
    data = _generate.tsv(_generate.document_rows(args.tables)).encode("utf-8")
    tables = perftrack.read(data)
    indicators = sum(len(table.indicators) for table in tables)
    [perftrack.score(table) for table in tables]  # warm-up
    reading: list[float] = []
    scoring: list[float] = []
    for _ in range(args.rounds):
        _grammar.clear_caches()
        start = time.perf_counter()
        perftrack.read(data)
        reading.append(time.perf_counter() - start)
        start = time.perf_counter()
        for table in tables:
            perftrack.score(table)
        scoring.append(time.perf_counter() - start)
    read_us = statistics.median(reading) / indicators * 1e6
    score_us = statistics.median(scoring) / indicators * 1e6
    figures = {
        "indicators": indicators,
        "us_per_indicator": {"read": read_us, "score": score_us},
        "score_over_read": score_us / read_us,
    }
    if args.json:
        print(json.dumps(figures, indent=2))
        return
    print(
        f"perftrack {perftrack.__version__}: {indicators} indicators, median of {args.rounds} rounds"
    )
    print(f"  perftrack.read   {read_us:8.2f} µs/indicator")
    print(f"  perftrack.score  {score_us:8.2f} µs/indicator")
    verdict = "goal met" if score_us < read_us else "goal NOT met"
    print(f"  scoring / reading = {score_us / read_us:.2f} (goal < 1: {verdict})")


if __name__ == "__main__":
    main()
