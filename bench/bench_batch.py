"""Benchmark: scoring a folder of 2,000 generated exports with one and with two processes.

Writes the files (one generated tracking table each, TSV) to a temporary
folder and scores the folder as a user does, ``perftrack score FOLDER --format
json --jobs N --output FILE``, with ``--jobs 1`` and ``--jobs 2``; prints files
per second for each and the speed-up. Goal (issue: batch): a speed-up of at
least 1.7 on two cores. Both runs must print the same document. CPU seconds
(this process and the workers) are printed too: on a busy machine they say more
than the clock. ``--library`` measures ``perftrack.batch.score_many`` instead,
which must send whole scorecards between processes and gains much less.

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
from perftrack.cli import main as main_command
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


def _timed(folder: Path, jobs: int, *, library: bool = False) -> tuple[float, float, str]:
    """Wall-clock and CPU seconds of scoring *folder*, and the result as JSON."""
    # Both runs start cold: forked workers would otherwise inherit the first run's caches.
    _grammar.clear_caches()
    output = folder.parent / f"out-{jobs}.json"
    cpu = _cpu()
    start = time.perf_counter()
    if library:
        result = score_many([folder], jobs=jobs)
        assert not result.errors, result.errors[:3]
        text = dumps(document(result.cards))
    else:
        status = main_command(
            ["score", str(folder), "--format", "json", "--jobs", str(jobs), "--output", str(output)]
        )
        assert status in (0, 1), status
    seconds = time.perf_counter() - start
    cpu = _cpu() - cpu
    if not library:
        text = output.read_text(encoding="utf-8")
        output.unlink()
    return seconds, cpu, text


def main() -> None:
    """Generate the folder, score it twice and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=2000, help="files to generate (default 2000)")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument(
        "--library", action="store_true", help="measure score_many instead of the command"
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="perftrack-bench-") as tmp:
        folder = Path(tmp) / "tables"
        folder.mkdir()
        _write_files(folder, args.files)
        one, one_cpu, first = _timed(folder, jobs=1, library=args.library)
        two, two_cpu, second = _timed(folder, jobs=2, library=args.library)
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
    what = "perftrack.batch.score_many" if args.library else "perftrack score FOLDER --format json"
    print(f"{what}: {args.files} files, {os.cpu_count()} CPUs")
    print(f"  --jobs 1: {args.files / one:8.1f} files/s  ({one:.2f} s, {one_cpu:.2f} s CPU)")
    print(f"  --jobs 2: {args.files / two:8.1f} files/s  ({two:.2f} s, {two_cpu:.2f} s CPU)")
    print(f"  speed-up: {one / two:.2f}x (goal: 1.7x or more on 2 cores)")


if __name__ == "__main__":
    main()
