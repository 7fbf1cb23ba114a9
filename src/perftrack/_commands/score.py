"""``perftrack score``: verdicts, budget analysis, findings and points.

Also what the batch commands (``score``, ``check``, ``read``) share: ``--jobs``,
the policy options, the progress bar.
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib
import re
from pathlib import Path
from typing import TYPE_CHECKING, Final, Self, TextIO, TypedDict

from perftrack._commands._shared import (
    EXIT_FINDINGS,
    EXIT_OK,
    EXIT_USAGE,
    Streams,
    output_error,
    silence_stdout,
)
from perftrack._errors import os_reason, writable_text
from perftrack.policy import Policy, PolicyError, as_policy
from perftrack.readers import FORMATS

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence
    from types import TracebackType

    from rich.progress import Progress as RichProgress

    from perftrack.batch import FileError, Rendered
    from perftrack.scoring import Scorecard

__all__ = [
    "PROGRESS_MIN_FILES",
    "InputOptions",
    "ProgressBar",
    "add_input_arguments",
    "add_jobs_argument",
    "add_parser",
    "add_policy_arguments",
    "error_lines",
    "input_options",
    "policy_from",
    "run",
    "skipped_notes",
]

#: A progress bar is drawn for runs of more files than this (on a terminal).
PROGRESS_MIN_FILES: Final = 20

#: The ``--output`` that stands for standard output.
STDOUT: Final = "-"

#: Formats rendered by :mod:`perftrack.reports` (another module, loaded on use).
REPORT_FORMATS: Final = ("markdown", "html", "csv", "xlsx", "review")


def _jobs(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = -1
    if value < 0:
        msg = f"expected a number of processes (0 for one per CPU), not {text!r}"
        raise argparse.ArgumentTypeError(msg)
    return value


def add_jobs_argument(parser: argparse.ArgumentParser) -> None:
    """``--jobs N``, as every batch command takes it."""
    parser.add_argument(
        "--jobs",
        "-j",
        type=_jobs,
        default=1,
        metavar="N",
        help="worker processes (default: 1; 0: one per CPU); the output is the same for any N",
    )


def add_input_arguments(parser: argparse.ArgumentParser) -> None:
    """``--input-format`` and ``--encoding``, as ``perftrack read`` takes them."""
    parser.add_argument(
        "--input-format",
        choices=FORMATS,
        help="force the input format instead of detecting it",
    )
    parser.add_argument("--encoding", help="force the text encoding (default: detected)")


class InputOptions(TypedDict):
    """``format`` and ``encoding``, as the batch functions take them."""

    format: str | None
    encoding: str | None


def input_options(args: argparse.Namespace) -> InputOptions:
    """What :func:`add_input_arguments` read, as the batch functions take it."""
    return {"format": args.input_format, "encoding": args.encoding}


def add_policy_arguments(parser: argparse.ArgumentParser) -> None:
    """``--as-of``, ``--policy`` and ``--language``: what :func:`policy_from` reads."""
    parser.add_argument(
        "--as-of",
        metavar="DATE",
        help="judge as of this date (YYYY-MM-DD) instead of the period end",
    )
    parser.add_argument(
        "--policy",
        default=None,
        metavar="central|hubei|PATH",
        help=(
            "a preset or a perftrack.toml / pyproject.toml (default: the nearest perftrack.toml "
            "or [tool.perftrack] from the current folder upwards, else central)"
        ),
    )
    parser.add_argument("--language", choices=("zh", "en"), help="language of explanations")


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register the command."""
    parser = commands.add_parser(
        "score",
        help="decide every indicator, analyse the budget, list the findings",
        description=(
            "Score every table in the files and folders (searched recursively for TSV, CSV, "
            "HTML, Markdown, xlsx/xlsm/xltx, xls, docx/docm/dotx, doc/wps, Word XML and MHT "
            "exports; PDF, .et, .rtf, .odt and .ods files are reported as unreadable"
            "): attainment and progress "
            "per indicator "
            "with the reason, the budget against time progress, the findings a reviewer would "
            "write, points for self-evaluation tables. Text output ends with a portfolio "
            "summary, worst first, and the files that could not be read. Exit status: 0, 1 when "
            "--fail-on is reached, 2 when a file cannot be read (2 wins)."
        ),
    )
    parser.add_argument(
        "files",
        nargs="+",
        metavar="FILE",
        help="exports to score, folders of exports, or - for standard input",
    )
    parser.add_argument(
        "--format",
        choices=("text", "json", *REPORT_FORMATS),
        help=(
            "output format (default: the --output file's ending .json .md .html .csv .xlsx, "
            "else text); xlsx is binary: give --output, or redirect standard output"
        ),
    )
    parser.add_argument(
        "--output",
        "-o",
        metavar="FILE",
        help="write to FILE, not standard output (- is standard output)",
    )
    add_policy_arguments(parser)
    parser.add_argument(
        "--fail-on",
        choices=("not_met", "behind", "warning"),
        help="exit 1 when an indicator is not met / behind, or a warning is found",
    )
    add_jobs_argument(parser)
    add_input_arguments(parser)
    parser.set_defaults(run=run)


def policy_from(args: argparse.Namespace) -> Policy:
    """The policy the options ask for (--policy, --as-of, --language)."""
    from attrs import evolve  # noqa: PLC0415

    choice = args.policy
    if choice is None:
        policy = Policy.discover()
    else:  # as score(policy=…) reads it (policy35 L1)
        policy = as_policy(choice, option="--policy") or Policy.discover()
    if args.as_of:
        policy = evolve(policy, as_of=_as_of_date(args.as_of))
    if args.language:
        policy = evolve(policy, language=args.language)
    return policy


class ProgressBar:
    """A progress bar on *stream* for long runs, drawn with rich; nothing otherwise.

    Pass it as ``progress=`` to :func:`perftrack.batch.read_many` or
    :func:`~perftrack.batch.score_many`, inside a ``with`` block. It draws only
    when *stream* is a terminal, the run has more than :data:`PROGRESS_MIN_FILES`
    files and rich (the ``rich`` extra) is installed.

    Example:
        >>> import io
        >>> with ProgressBar(io.StringIO()) as bar:
        ...     bar(0, 100)
        >>> bar.drawn
        False
    """

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        self.drawn = False
        self._bar: RichProgress | None = None
        self._tried = False

    def _start(self, total: int) -> RichProgress | None:
        if total <= PROGRESS_MIN_FILES or not self.stream.isatty():
            return None
        try:
            from rich.console import Console  # noqa: PLC0415 - an optional extra
            from rich.progress import (  # noqa: PLC0415
                BarColumn,
                MofNCompleteColumn,
                Progress,
                TextColumn,
                TimeRemainingColumn,
            )
        except ImportError:
            return None
        bar = Progress(
            TextColumn("perftrack"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeRemainingColumn(),
            console=Console(file=self.stream),
            transient=True,
            redirect_stdout=False,
            redirect_stderr=False,
        )
        bar.add_task("files", total=total)
        bar.start()
        self.drawn = True
        return bar

    def __call__(self, done: int, total: int) -> None:
        """Show that *done* of *total* files are done."""
        if not self._tried:
            self._tried = True
            self._bar = self._start(total)
        if self._bar is not None:
            self._bar.update(self._bar.task_ids[0], completed=done)

    def __enter__(self) -> Self:
        """Start using the bar (it appears on the first call)."""
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        value: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        """Remove the bar from the terminal."""
        if self._bar is not None:
            self._bar.stop()
            self._bar = None


def _report_renderer(
    stderr: TextIO,
) -> Callable[[Sequence[Scorecard], list[dict[str, str]], str, Policy], str | bytes] | None:
    """``perftrack.reports.render``, or ``None`` (said on *stderr*) when it cannot be loaded."""
    try:
        module = importlib.import_module("perftrack.reports")
        render: Callable[[Sequence[Scorecard], list[dict[str, str]], str, Policy], str | bytes]
        render = module.render
    except (ImportError, AttributeError) as exc:
        stderr.write(f"perftrack: 这些报告格式尚不可用（perftrack.reports 无法加载：{exc}）\n")
        return None
    return render


def _write(output: str | None, streams: Streams, content: str | bytes) -> None:
    """*content* to the file *output*, or to standard output (bytes to its buffer)."""
    if output is not None:
        if isinstance(content, bytes):
            Path(output).write_bytes(content)
        else:
            Path(output).write_text(content, encoding="utf-8")
        return
    if isinstance(content, bytes):
        streams.stdout.flush()
        streams.stdout.buffer.write(content)
        streams.stdout.buffer.flush()
    else:
        streams.stdout.write(content)
        streams.stdout.flush()


def _text(rendered: Sequence[Rendered], errors: Sequence[FileError]) -> str:
    from perftrack.batch import summary_of  # noqa: PLC0415

    parts = [item.text for item in rendered]
    if rendered or errors:
        parts.append(summary_of(rendered, errors))
    # the summary names files: one with an ESC in its name must not reach the terminal raw
    return writable_text("".join(part + "\n\n" for part in parts).removesuffix("\n"))


def _json_document(
    rendered: Sequence[Rendered], errors: Sequence[FileError], policy: Policy
) -> str:
    """The perftrack/1 document, with each table's JSON as the worker printed it."""
    from perftrack.serialization import document, dumps  # noqa: PLC0415

    head = dumps(document([], errors=[error.as_dict() for error in errors], policy=policy))
    if not rendered:
        return head + "\n"
    # indented line by line at the line feeds json.dumps writes, and only there: a U+2028 or
    # a U+0085 in a file or sheet name stays raw inside its JSON string (str.splitlines
    # would cut the string there, and a raw line break in a string is no JSON)
    body = ",\n".join(
        "\n".join("    " + line for line in item.text.split("\n")) for item in rendered
    )
    closing = '  "tables": []\n}'
    if not head.endswith(closing):  # pragma: no cover - document() puts tables last
        msg = "unexpected document layout"
        raise AssertionError(msg)
    return head.removesuffix(closing) + f'  "tables": [\n{body}\n  ]\n}}\n'


def _failing(cards: Sequence[Scorecard], fail_on: str | None) -> bool:
    from perftrack.model import Severity  # noqa: PLC0415
    from perftrack.scoring import Attainment, Progress  # noqa: PLC0415

    for card in cards:
        if fail_on == "not_met" and any(v.attainment is Attainment.NOT_MET for v in card.verdicts):
            return True
        if fail_on == "behind" and any(
            v.attainment is Attainment.NOT_MET or v.progress is Progress.BEHIND
            for v in card.verdicts
        ):
            return True
        if fail_on == "warning" and any(
            f.severity in (Severity.WARNING, Severity.ERROR) for f in card.findings
        ):
            return True
    return False


_DATE_RE: Final = re.compile(
    r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})"
    r"|(\d{4})年(\d{1,2})月(\d{1,2})日"  # as the cells write it (cli31 L3)
    r"|(\d{4})(\d{2})(\d{2})"
)


def _as_of_date(text: str) -> dt.date:
    """``--as-of``: a day, a clear error else.

    ``2024-06-30``, also ``2024-6-30``, ``2024/6/30``, ``2024.6.30``,
    ``2024年6月30日`` and ``20240630``.

    Example:
        >>> _as_of_date("2023年8月31日"), _as_of_date("20230831")
        (datetime.date(2023, 8, 31), datetime.date(2023, 8, 31))
    """
    match = _DATE_RE.fullmatch(text.strip())
    if match is None:
        msg = (
            f"--as-of {text!r}：应为 YYYY-MM-DD 格式的日期"
            "（也可写作 YYYY/M/D、YYYY年M月D日 或 YYYYMMDD）"
        )
        raise PolicyError(msg)
    try:
        return dt.date(*(int(part) for part in match.groups() if part is not None))
    except ValueError:
        msg = f"--as-of {text!r}：不是有效的日期"
        raise PolicyError(msg) from None


#: The output format an --output file's ending stands for, when --format is not given.
_FORMAT_OF_SUFFIX: Final = {
    ".json": "json",
    ".md": "markdown",
    ".html": "html",
    ".htm": "html",
    ".csv": "csv",
    ".xlsx": "xlsx",
}


#: Endings of office and document formats perftrack does not write: text (or an xlsx)
#: under such a name opens with a format warning, or not at all.
_FOREIGN_SUFFIXES: Final = frozenset(
    {".xls", ".xlsm", ".xltx", ".xltm", ".xlsb", ".et", ".ods"}
    | {".doc", ".docx", ".docm", ".dotx", ".wps", ".odt", ".rtf", ".pdf"}
)


def _foreign_output(output: str | None) -> str | None:
    """The line refusing an ``--output`` named for a format perftrack does not write."""
    suffix = Path(output).suffix.lower() if output is not None else ""
    if suffix not in _FOREIGN_SUFFIXES:
        return None
    return (
        f"perftrack: --output {output}：perftrack 不写 {suffix} 文件；"
        "请用 .xlsx（Excel 工作簿）、.csv、.html、.md、.json 或 .txt\n"
    )


def _is_an_input(output: str, files: Sequence[str]) -> bool:
    """Whether writing *output* would overwrite an export given, or one in a folder given.

    A new file in a folder given is fine, and so is a report perftrack wrote there:
    the walk leaves the output out (``exclude``), so the second run of ``perftrack
    score 导出 -o 导出/汇总.xlsx`` reads what the first did.
    """
    from perftrack.batch import STDIN  # noqa: PLC0415

    target = Path(output).resolve()
    for file in files:
        if file == STDIN:
            continue
        given = Path(file).resolve()
        if target == given or (
            given.is_dir() and given in target.parents and target.is_file() and _an_export(target)
        ):
            return True
    return False


def _an_export(path: Path) -> bool:
    """Whether *path*, an existing file in a folder given, is the user's (not our report).

    Any file but a report perftrack wrote is kept: an export the walk reads, and
    one it reports as unreadable (a PDF, an RTF) or passes over (a photo, a note)
    alike, since the original would be lost.
    """
    from perftrack._errors import ReadError  # noqa: PLC0415
    from perftrack.readers import _OUR_REPORT, read  # noqa: PLC0415

    if path.suffix.lower() == ".json":  # a JSON report is never read: known by its schema mark
        return not _our_json(path)
    try:
        read(path)
    except ReadError as exc:
        return exc.message != _OUR_REPORT
    except Exception:  # noqa: BLE001 - unreadable: still the user's, kept as it is
        return True
    return True


def _our_json(path: Path) -> bool:
    """Whether *path* starts as the perftrack/1 document ``score``/``read`` write."""
    from perftrack.serialization import SCHEMA  # noqa: PLC0415

    try:
        with path.open("rb") as stream:
            head = stream.read(_JSON_HEAD)
    except OSError:
        return False
    return f'"schema": "{SCHEMA}"'.encode() in head


_JSON_HEAD: Final = 4096


def skipped_notes(stderr: TextIO, skipped: Sequence[FileError]) -> None:
    """Say on *stderr* which files a folder held that were left out (no error)."""
    error_lines(stderr, skipped)


def error_lines(stderr: TextIO, errors: Sequence[FileError]) -> None:
    """One ``perftrack: file: reason`` line per error on *stderr*.

    A control character in a file name (an ESC) is a space, as in check's lines:
    standard error is a terminal too.
    """
    stderr.writelines(
        "perftrack: " + writable_text(error.message).replace("\n", " ") + "\n" for error in errors
    )


def run(args: argparse.Namespace, streams: Streams) -> int:
    """Score the files and print the scorecards."""
    stdout, stderr = streams.stdout, streams.stderr
    from perftrack.batch import render_many, score_many  # noqa: PLC0415 - keep start-up light

    if args.output == STDOUT:  # as - among the inputs is standard input
        args.output = None
    if args.output is not None and _is_an_input(args.output, args.files):
        stderr.write(
            f"perftrack: --output {args.output} 是输入文件之一（或在输入目录中），不会覆盖它\n"
        )
        return EXIT_USAGE
    refused = _foreign_output(args.output)
    if refused is not None:
        stderr.write(refused)
        return EXIT_USAGE
    suffix = Path(args.output).suffix.lower() if args.output is not None else ""
    if args.format is None:
        # -o 结果.xlsx without --format wrote text under a name Excel refused to open
        args.format = _FORMAT_OF_SUFFIX.get(suffix, "text")
    elif _FORMAT_OF_SUFFIX.get(suffix, args.format) != args.format:
        # --format csv -o r.json: written as asked, but said (cli31 L2)
        stderr.write(
            f"perftrack: 警告：--output {args.output} 的扩展名 {suffix} 与 --format "
            f"{args.format} 不符，仍按 {args.format} 格式写出\n"
        )

    try:
        policy = policy_from(args)
    except PolicyError as exc:
        stderr.write(f"perftrack: {exc}\n")
        return EXIT_USAGE
    exclude = [args.output] if args.output is not None else []
    render = None
    if args.format in REPORT_FORMATS:
        if args.format == "xlsx" and args.output is None and stdout.isatty():
            stderr.write(
                "perftrack: xlsx 是二进制格式：请用 --output FILE 指定文件，或重定向标准输出\n"
            )
            return EXIT_USAGE
        render = _report_renderer(stderr)
        if render is None:
            return EXIT_USAGE
    content: str | bytes
    if render is not None:
        with ProgressBar(stderr) as bar:
            result = score_many(
                args.files,
                policy=policy,
                jobs=args.jobs,
                progress=bar,
                exclude=exclude,
                **input_options(args),
            )
        cards, errors = result.cards, result.errors
        skipped_notes(stderr, result.skipped)
        error_lines(stderr, errors)
        content = render(cards, [error.as_dict() for error in errors], args.format, policy)
        failing = _failing(cards, args.fail_on)
    else:
        # Text and JSON are made where each table is scored (see render_many).
        with ProgressBar(stderr) as bar:
            printed = render_many(
                args.files,
                args.format,
                policy=policy,
                jobs=args.jobs,
                progress=bar,
                exclude=exclude,
                **input_options(args),
            )
        errors = printed.errors
        skipped_notes(stderr, printed.skipped)
        error_lines(stderr, errors)
        if args.format == "json":
            content = _json_document(printed.rendered, errors, policy)
        else:
            content = _text(printed.rendered, errors)
        failing = args.fail_on is not None and any(
            args.fail_on in item.flags for item in printed.rendered
        )
    try:
        _write(args.output, streams, content)
    except BrokenPipeError:
        silence_stdout()  # … | head: the reader went away; the exit status stands
    except OSError as exc:
        if args.output is None:  # > /dev/full: there is no file name to show
            stderr.write(f"perftrack: {output_error(exc)}\n")
        else:
            stderr.write(f"perftrack: {args.output}: 无法写入：{os_reason(exc)}\n")
        return EXIT_USAGE
    if errors:
        return EXIT_USAGE
    return EXIT_FINDINGS if failing else EXIT_OK
