"""``perftrack check``: the findings only, like a linter, for continuous integration."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Final

from perftrack._commands._shared import EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, Streams, emit
from perftrack._commands.score import (
    ProgressBar,
    add_input_arguments,
    add_jobs_argument,
    add_policy_arguments,
    error_lines,
    input_options,
    policy_from,
    skipped_notes,
)
from perftrack._errors import os_reason
from perftrack.policy import PolicyError

if TYPE_CHECKING:
    import argparse
    from collections.abc import Sequence

    from perftrack.batch import ScoreResult
    from perftrack.checking import Baseline, FileFinding, Split

__all__ = ["add_parser", "run"]

_SEVERITY_WORDS: Final = {"error": "错误", "warning": "警告", "info": "提示"}


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register the command."""
    parser = commands.add_parser(
        "check",
        help="report the findings only, like a linter (for CI)",
        description=(
            "Score every table in the files and folders and report the findings only, one line "
            "each (text), as JSON, or as GitHub Actions annotations. A baseline accepts known "
            "findings, each with a reason, so that only new ones are reported. Exit status: 0 "
            "clean, 1 when a finding reaches --fail-on, 2 when a file cannot be read or the "
            "options are wrong (2 wins)."
        ),
    )
    parser.add_argument(
        "files",
        nargs="+",
        metavar="FILE",
        help="exports to check, folders of exports, or - for standard input",
    )
    parser.add_argument(
        "--select",
        action="append",
        default=[],
        metavar="ID[,ID…]",
        help="report only these finding ids (comma-separated, repeatable)",
    )
    parser.add_argument(
        "--ignore",
        action="append",
        default=[],
        metavar="ID[,ID…]",
        help="do not report these finding ids (comma-separated, repeatable)",
    )
    parser.add_argument(
        "--min-severity",
        choices=("info", "warning", "error"),
        default="info",
        help="report findings of this severity or worse (default: info)",
    )
    parser.add_argument(
        "--fail-on",
        choices=("info", "warning", "error", "never"),
        default="warning",
        help="exit 1 when a new finding of this severity or worse is found (default: warning)",
    )
    parser.add_argument(
        "--baseline",
        metavar="FILE",
        help="accept the findings recorded in FILE (each with a reason); report only new ones",
    )
    parser.add_argument(
        "--write-baseline",
        metavar="FILE",
        help=(
            "write the findings to FILE as a baseline, with an empty reason for each to fill "
            "in (reasons already in FILE or --baseline are kept), and exit 0 (2 when an "
            "input cannot be read)"
        ),
    )
    parser.add_argument(
        "--format",
        choices=("text", "json", "github"),
        default="text",
        help=(
            "text: file:sheet:cell: id message, then a count (default); json: a list of "
            "findings; github: GitHub Actions annotations"
        ),
    )
    add_policy_arguments(parser)
    add_jobs_argument(parser)
    add_input_arguments(parser)
    parser.set_defaults(run=run)


def _ids(values: Sequence[str]) -> list[str]:
    return [part.strip() for value in values for part in value.split(",") if part.strip()]


def _baselines(args: argparse.Namespace) -> tuple[Baseline | None, Baseline | None]:
    """The baseline to check against, and the one whose reasons a new baseline keeps."""
    from perftrack.checking import Baseline  # noqa: PLC0415

    baseline = Baseline.load(args.baseline) if args.baseline else None
    previous = baseline
    if args.write_baseline and previous is None and Path(args.write_baseline).exists():
        previous = Baseline.load(args.write_baseline)
    return baseline, previous


def _count_line(
    result: ScoreResult,
    shown: Sequence[FileFinding],
    hidden: int,
    split: Split | None,
    min_severity: str,
) -> str:
    counts = dict.fromkeys(_SEVERITY_WORDS, 0)
    for finding in shown:
        counts[finding.severity.value] += 1
    detail = "，".join(f"{_SEVERITY_WORDS[key]} {value}" for key, value in counts.items())
    line = (
        f"检查 {len(result.files)} 个文件、{len(result.cards)} 张表："
        f"{len(shown)} 条发现（{detail}）"
    )
    if hidden:
        line += f"；另有 {hidden} 条低于 {min_severity} 未显示"
    if split is not None and split.accepted:
        line += f"；基线接受 {len(split.accepted)} 条"
        blank = sum(1 for _, entry in split.accepted if not entry.reason.strip())
        if blank:
            line += f"（{blank} 条未填写理由）"
    if split is not None and split.stale:
        line += f"；基线中 {len(split.stale)} 条已不再出现"
    if result.errors:
        line += f"；{len({error.file for error in result.errors})} 个文件无法读取"
    return line


def run(args: argparse.Namespace, streams: Streams) -> int:
    """Check the files and print the findings."""
    stderr = streams.stderr
    from perftrack.batch import score_many  # noqa: PLC0415 - keep start-up light
    from perftrack.checking import (  # noqa: PLC0415
        FINDING_IDS,
        Baseline,
        BaselineError,
        at_least,
        findings_of,
        github_lines,
        in_input_order,
        in_reading_order,
        is_selected,
        json_text,
        select_findings,
        text_lines,
    )
    from perftrack.model import Severity  # noqa: PLC0415

    select, ignore = _ids(args.select), _ids(args.ignore)
    unknown_ids = sorted(set(select + ignore) - FINDING_IDS)
    if unknown_ids:
        # A typo in a CI configuration would silently turn the check off.
        stderr.write(
            f"perftrack: 未知的发现编号 {'、'.join(unknown_ids)}"
            f"（可用：{', '.join(sorted(FINDING_IDS))}）\n"
        )
        return EXIT_USAGE
    try:
        policy = policy_from(args)
        baseline, previous = _baselines(args)
    except (PolicyError, BaselineError) as exc:
        stderr.write(f"perftrack: {exc}\n")
        return EXIT_USAGE
    min_severity = Severity(args.min_severity)

    with ProgressBar(stderr) as bar:
        result = score_many(
            args.files, policy=policy, jobs=args.jobs, progress=bar, **input_options(args)
        )
    skipped_notes(stderr, result.skipped)
    findings = select_findings(findings_of(result.cards), select=select, ignore=ignore)
    # an unreadable file is listed as the finding unreadable-file: a --select of other
    # ids does not hide a broken input, --ignore unreadable-file does (it still gives
    # exit status 2 and is counted)
    errors = result.errors if is_selected("unreadable-file", ignore=ignore) else ()
    if args.format != "github":
        error_lines(stderr, errors)
    status = EXIT_USAGE if result.errors else EXIT_OK

    if args.write_baseline:
        kept = [finding for finding in findings if at_least(finding.severity, min_severity)]
        try:
            folder = str(Path(args.write_baseline).parent)
            baseline_text = Baseline.of(kept, previous, relative_to=folder).dumps()
            Path(args.write_baseline).write_text(baseline_text, "utf-8")
        except OSError as exc:
            stderr.write(f"perftrack: {args.write_baseline}: 无法写入基线：{os_reason(exc)}\n")
            return EXIT_USAGE
        stderr.write(f"perftrack: 已将 {len(kept)} 条发现写入基线 {args.write_baseline}\n")
        if args.format == "github":
            emit(streams, "".join(line + "\n" for line in github_lines((), errors)))
        return status

    split = None
    if baseline is not None:
        split = baseline.split(findings, files=result.files, select=select, ignore=ignore)
    new = split.new if split is not None else tuple(findings)
    shown = [finding for finding in new if at_least(finding.severity, min_severity)]
    count = _count_line(result, shown, len(new) - len(shown), split, args.min_severity)
    if status == EXIT_OK and args.fail_on != "never":
        threshold = Severity(args.fail_on)
        if any(at_least(finding.severity, threshold) for finding in new):
            status = EXIT_FINDINGS
    # each unreadable file in its place among the files, as they were given
    if args.format == "json":
        # an unreadable file's message without its path, which has a field of its own,
        # as in score --format json's errors[]; the findings in the score JSON's order
        entries = in_input_order(shown, errors, paths=args.files, files=result.files)
        emit(streams, json_text(entries) + "\n")
        return status
    # the lines a reviewer reads: each table's findings worst first, then by cell (r37r C)
    read = in_reading_order(shown)
    if args.format == "github":
        entries = in_input_order(read, errors, paths=args.files, files=result.files)
        emit(streams, "".join(line + "\n" for line in github_lines(entries)) + count + "\n")
    else:
        emit(streams, "".join(line + "\n" for line in text_lines(read)) + count + "\n")
    return status
