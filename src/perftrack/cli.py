"""The ``perftrack`` command: argument parsing and output only.

Example:
    >>> from perftrack.cli import main
    >>> main(["parse", "--format", "text", "≥80.00(%)"])
    ≥80.00(%)  comparison  ≥80.00(%)  op=>= value=80.00 unit=%
    0
"""

from __future__ import annotations

import argparse
import os
import sys
from typing import TYPE_CHECKING, TextIO

from perftrack._version import __version__
from perftrack.policy import PolicyError

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence

    from perftrack.model import Table
    from perftrack.policy import Policy
    from perftrack.scoring import Scorecard

__all__ = ["main"]

EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_USAGE = 2


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="perftrack",
        description=(
            "Read, parse and check the performance tables of Chinese public budgets (预算绩效表)."
        ),
    )
    parser.add_argument("--version", action="version", version=f"perftrack {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    parse = commands.add_parser(
        "parse",
        help="parse target or value expressions (年度指标值, 实际完成值)",
        description=(
            "Parse value expressions, one per argument or, without arguments, one per line "
            "of standard input. Exit status 1 when a target cannot be parsed."
        ),
    )
    parse.add_argument(
        "--role",
        choices=("target", "value", "rows"),
        default="target",
        help=(
            "target: annual targets (default); value: planned/actual/forecast values; "
            "rows: lines in threes, target then planned then actual (examples/seed-cells.txt)"
        ),
    )
    parse.add_argument("--year", type=int, help="fiscal year for dates without a year (11月底前)")
    parse.add_argument(
        "--format",
        choices=("text", "json"),
        default="text",
        help="text: a readable line per expression (default); json: one JSON array",
    )
    parse.add_argument("expressions", nargs="*", metavar="EXPR", help="expressions to parse")

    read = commands.add_parser(
        "read",
        help="read performance tables from exports (TSV, CSV, HTML, Markdown, xlsx, xls, docx)",
        description=(
            "Read every table in the files into the domain model and print it: json gives the "
            "perftrack/1 document without verdicts (reading findings included), text a summary. "
            "Unreadable files are reported and skipped; the exit status is then 2."
        ),
    )
    read.add_argument("files", nargs="+", metavar="FILE", help="exports to read")
    read.add_argument(
        "--format", choices=("text", "json"), default="text", help="output format (default: text)"
    )
    read.add_argument(
        "--input-format",
        choices=("text", "csv", "html", "markdown", "xlsx", "xls", "docx"),
        help="force the input format instead of detecting it",
    )
    read.add_argument("--encoding", help="force the text encoding (default: detected)")

    score = commands.add_parser(
        "score",
        help="decide every indicator, analyse the budget, list the findings",
        description=(
            "Score every table in the files: attainment and progress per indicator with the "
            "reason, the budget against time progress, the findings a reviewer would write, "
            "points for self-evaluation tables. Exit status: 0, 1 when --fail-on is reached, "
            "2 when a file cannot be read (2 wins)."
        ),
    )
    score.add_argument("files", nargs="+", metavar="FILE", help="exports to score")
    score.add_argument(
        "--format", choices=("text", "json"), default="text", help="output format (default: text)"
    )
    score.add_argument(
        "--as-of",
        metavar="DATE",
        help="judge as of this date (YYYY-MM-DD) instead of the period end",
    )
    score.add_argument(
        "--policy",
        default=None,
        metavar="central|hubei|PATH",
        help="a preset or a perftrack.toml / pyproject.toml (default: discovered, else central)",
    )
    score.add_argument(
        "--fail-on",
        choices=("not_met", "behind", "warning"),
        help="exit 1 when an indicator is not met / behind, or a warning is found",
    )
    score.add_argument("--language", choices=("zh", "en"), help="language of explanations")
    return parser


def _describe(data: dict[str, object]) -> str:
    fields = []
    for key, value in data.items():
        if key in ("text", "kind", "description") or value in (None, False, "", []):
            continue
        shown = value
        if key == "options" and isinstance(value, list):
            shown = " | ".join(
                str(option.get("text")) for option in value if isinstance(option, dict)
            )
        if isinstance(shown, dict):
            continue
        fields.append(f"{key}={'true' if shown is True else shown}")
    return " ".join(fields)


def _run_parse(args: argparse.Namespace, stdin: TextIO, stdout: TextIO) -> int:
    from perftrack._errors import ExpressionError  # noqa: PLC0415 - keep start-up light
    from perftrack.expressions import parse_target, parse_value  # noqa: PLC0415
    from perftrack.serialization import dumps, unstructure  # noqa: PLC0415

    cells: Iterable[str] = args.expressions or (
        line.rstrip("\r\n") for line in stdin if line.strip()
    )
    results: list[dict[str, object]] = []
    failed = False
    for index, cell in enumerate(cells):
        role = args.role if args.role != "rows" else ("target" if index % 3 == 0 else "value")
        try:
            parsed = (
                parse_target(cell, year=args.year)
                if role == "target"
                else parse_value(cell, year=args.year)
            )
        except ExpressionError as exc:
            failed = True
            if args.format == "json":
                results.append(
                    {"text": cell, "kind": "error", "message": exc.message, "span": list(exc.span)}
                )
            else:
                stdout.write(f"{cell}  error  {exc.message}\n")
                stdout.write("".join(f"  {line}\n" for line in str(exc).splitlines()))
            continue
        data = unstructure(parsed)
        if args.format == "json":
            results.append(data)
        else:
            detail = _describe(data)
            stdout.write(
                f"{cell}  {parsed.kind}  {parsed}" + (f"  {detail}" if detail else "") + "\n"
            )
    if args.format == "json":
        stdout.write(dumps(results) + "\n")
    return EXIT_FINDINGS if failed else EXIT_OK


def _run_read(args: argparse.Namespace, stdout: TextIO, stderr: TextIO) -> int:
    from perftrack._errors import ReadError  # noqa: PLC0415 - keep start-up light
    from perftrack.readers import read  # noqa: PLC0415
    from perftrack.serialization import document, dumps  # noqa: PLC0415

    tables: list[Table] = []
    errors: list[dict[str, str]] = []
    for file in args.files:
        try:
            tables.extend(read(file, format=args.input_format, encoding=args.encoding))
        except ReadError as exc:
            errors.append({"file": file, "message": str(exc)})
            if args.format == "text":
                stderr.write(f"perftrack: {exc}\n")
    if args.format == "json":
        stdout.write(dumps(document(tables, errors=errors)) + "\n")
    else:
        from perftrack.report import table_summary  # noqa: PLC0415

        stdout.write("\n\n".join(table_summary(table) for table in tables))
        if tables:
            stdout.write("\n")
    return EXIT_USAGE if errors else EXIT_OK


def _policy(args: argparse.Namespace) -> Policy:
    import datetime as dt  # noqa: PLC0415

    from attrs import evolve  # noqa: PLC0415

    from perftrack.policy import Policy  # noqa: PLC0415

    choice = args.policy
    if choice is None:
        policy = Policy.discover()
    elif choice == "central":
        policy = Policy.central()
    elif choice == "hubei":
        policy = Policy.hubei()
    else:
        policy = Policy.load(choice)
    if args.as_of:
        try:
            policy = evolve(policy, as_of=dt.date.fromisoformat(args.as_of))
        except ValueError:
            msg = f"--as-of {args.as_of!r}：应为 YYYY-MM-DD 格式的日期"
            raise PolicyError(msg) from None
    if args.language:
        policy = evolve(policy, language=args.language)
    return policy


def _run_score(args: argparse.Namespace, stdout: TextIO, stderr: TextIO) -> int:
    from perftrack._errors import ReadError  # noqa: PLC0415 - keep start-up light
    from perftrack.readers import read  # noqa: PLC0415
    from perftrack.report import scorecard_text  # noqa: PLC0415
    from perftrack.scoring import Attainment, Progress, score  # noqa: PLC0415
    from perftrack.serialization import document, dumps  # noqa: PLC0415

    try:
        policy = _policy(args)
    except PolicyError as exc:
        stderr.write(f"perftrack: {exc}\n")
        return EXIT_USAGE
    cards: list[Scorecard] = []
    errors: list[dict[str, str]] = []
    for file in args.files:
        try:
            tables = read(file)
        except ReadError as exc:
            errors.append({"file": file, "message": str(exc)})
            if args.format == "text":
                stderr.write(f"perftrack: {exc}\n")
            continue
        cards.extend(score(table, policy=policy) for table in tables)
    if args.format == "json":
        stdout.write(dumps(document(cards, errors=errors, policy=policy)) + "\n")
    else:
        stdout.write("\n\n".join(scorecard_text(card) for card in cards))
        if cards:
            stdout.write("\n")
    if errors:
        return EXIT_USAGE
    fail_on = args.fail_on
    for card in cards:
        if fail_on == "not_met" and any(v.attainment is Attainment.NOT_MET for v in card.verdicts):
            return EXIT_FINDINGS
        if fail_on == "behind" and any(
            v.attainment is Attainment.NOT_MET or v.progress is Progress.BEHIND
            for v in card.verdicts
        ):
            return EXIT_FINDINGS
        if fail_on == "warning" and any(
            f.severity.value in ("warning", "error") for f in card.findings
        ):
            return EXIT_FINDINGS
    return EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status.

    Example:
        >>> main(["parse", "--role", "value", "--format", "text", "开展中"])
        开展中  status  开展中  status=in_progress word=开展中
        0
    """
    parser = _parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help(sys.stderr)
        return EXIT_USAGE
    if args.command == "parse":
        return _run_parse(args, sys.stdin, sys.stdout)
    if args.command == "read":
        return _run_read(args, sys.stdout, sys.stderr)
    if args.command == "score":
        return _run_score(args, sys.stdout, sys.stderr)
    return EXIT_USAGE  # pragma: no cover - argparse rejects unknown commands


def run() -> None:
    """Console-script entry point: exit with :func:`main`'s status."""
    try:
        status = main()
        sys.stdout.flush()
    except BrokenPipeError:
        # The reader went away (perftrack … | head): not an error of ours.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        status = EXIT_OK
    except KeyboardInterrupt:
        status = 130
    sys.exit(status)
