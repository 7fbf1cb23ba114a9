"""Benchmark: scoring a folder of 2,000 generated exports with one and with two processes.

Writes the files (one generated tracking table each, TSV) to a temporary
folder, scores the folder with ``perftrack.batch.score_many`` with ``jobs=1``
and ``jobs=2``, and prints files per second for each and the speed-up. Goal
(issue: batch): a speed-up of at least 1.7 on two cores. Both runs must give
the same scorecards, in the same order. CPU seconds (this process and the workers)
are printed too: on a busy machine they say more than the clock, and their
difference is the cost of sending scorecards between processes.

Run: ``python bench/bench_batch.py [--files 2000] [--json]``.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import _generate

from perftrack.batch import score_many
from perftrack.expressions import _grammar
from perftrack.serialization import document, dumps


def _write_files(folder: Path, count: int, seed: int = 7) -> None:
    rng = random.Random(seed)
    for index in range(count):
        rows = _generate.table_rows(index, rng)
        path = folder / f"{index // 100:02d}" / f"table_{index:05d}.tsv"
        path.parent.mkdir(exist_ok=True)
        path.write_text(_generate.tsv(rows), encoding="utf-8")


def _cpu() -> float:
    """CPU seconds used so far by this process and its finished worker processes."""
    times = os.times()  # the workers' share is 0 on Windows
    return times.user + times.system + times.children_user + times.children_system


def _timed(folder: Path, jobs: int) -> tuple[float, float, str]:
    """Wall-clock and CPU seconds of scoring *folder*, and the result as JSON."""
    # Both runs start cold: forked workers would otherwise inherit the first run's caches.
    _grammar._parse_target_cached.cache_clear()
    _grammar._parse_value_cached.cache_clear()
    cpu = _cpu()
    start = time.perf_counter()
    result = score_many([folder], jobs=jobs)
    seconds = time.perf_counter() - start
    cpu = _cpu() - cpu
    assert not result.errors, result.errors[:3]
    return seconds, cpu, dumps(document(result.cards))


def main() -> None:
    """Generate the folder, score it twice and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=2000, help="files to generate (default 2000)")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="perftrack-bench-") as tmp:
        folder = Path(tmp)
        _write_files(folder, args.files)
        one, one_cpu, first = _timed(folder, jobs=1)
        two, two_cpu, second = _timed(folder, jobs=2)
    assert first == second, "jobs=1 and jobs=2 gave different results"
    figures = {
        "files": args.files,
        "cpus": os.cpu_count(),
        "files_per_second": {"jobs_1": args.files / one, "jobs_2": args.files / two},
        "cpu_seconds": {"jobs_1": one_cpu, "jobs_2": two_cpu},
        "speed_up": one / two,
    }
    if args.json:
        print(json.dumps(figures, indent=2))
        return
    print(f"{args.files} files, {os.cpu_count()} CPUs")
    print(f"  --jobs 1: {args.files / one:8.1f} files/s  ({one:.2f} s, {one_cpu:.2f} s CPU)")
    print(f"  --jobs 2: {args.files / two:8.1f} files/s  ({two:.2f} s, {two_cpu:.2f} s CPU)")
    print(f"  speed-up: {one / two:.2f}x (goal: 1.7x or more on 2 cores)")


if __name__ == "__main__":
    main()
