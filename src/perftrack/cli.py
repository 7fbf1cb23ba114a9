"""The ``perftrack`` command: argument parsing and output only.

Example:
    >>> from perftrack.cli import main
    >>> main(["parse", "--format", "text", "≥80.00(%)"])
    ≥80.00(%)  comparison  ≥80.00(%)  op=>= value=80.00 unit=%
    0
"""

from __future__ import annotations

import argparse
import contextlib
import os
import signal
import sys
from typing import TYPE_CHECKING, NoReturn

# Nothing heavy at the top: the console script imports this module before run()
# can catch a Ctrl-C, and the commands (the readers, attrs, re's compiled
# patterns) take a second to import on a loaded machine. They load in run().
from perftrack._version import __version__

if TYPE_CHECKING:
    from collections.abc import Sequence

__all__ = ["build_parser", "main"]


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of ``perftrack`` (the documentation's CLI reference reads it).

    Example:
        >>> build_parser().prog
        'perftrack'
    """
    return _parser()


def _parser() -> argparse.ArgumentParser:
    from perftrack._commands import COMMANDS  # noqa: PLC0415 - see the imports above

    parser = argparse.ArgumentParser(
        prog="perftrack",
        description=(
            "Read, parse and check the performance tables of Chinese public budgets (预算绩效表)."
        ),
    )
    parser.add_argument("--version", action="version", version=f"perftrack {__version__}")
    parser.add_argument(
        "--verbose", "-v", action="store_true", help="on an internal error, show the traceback"
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    for command in COMMANDS:
        command.add_parser(commands)
    for sub in commands.choices.values():  # also accepted after the command's name
        sub.add_argument(
            "--verbose",
            "-v",
            action="store_true",
            default=argparse.SUPPRESS,
            help="on an internal error, show the traceback",
        )
    return parser


def _more_files(
    parser: argparse.ArgumentParser, args: argparse.Namespace, extra: list[str]
) -> None:
    """Files after an option (score a.tsv --as-of 2024-12-31 b.tsv) join the files before it.

    The same for the expressions of ``parse``.

    argparse stops a ``FILE …`` list at the first option; what follows is left over.
    Anything else left over is an error of the command, named as such.
    """
    files: list[str] | None = getattr(args, "files", getattr(args, "expressions", None))
    subparsers = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))  # noqa: SLF001
    command = subparsers.choices.get(args.command) if args.command else None
    unknown = [item for item in extra if item.startswith("-") and item != "-"]
    if files is None or unknown or command is None:
        (command or parser).error(f"unrecognized arguments: {' '.join(unknown or extra)}")
    else:
        files.extend(extra)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status.

    Example:
        >>> main(["parse", "--role", "value", "--format", "text", "开展中"])
        开展中  status  开展中  status=in_progress word=开展中
        0
    """
    import traceback  # noqa: PLC0415 - see the imports above

    from perftrack._commands._shared import EXIT_USAGE, Streams  # noqa: PLC0415
    from perftrack._errors import PerftrackError, exception_detail  # noqa: PLC0415

    parser = _parser()
    args, extra = parser.parse_known_args(argv)
    if extra:
        _more_files(parser, args, extra)
    if args.command is None:
        parser.print_help(sys.stderr)
        return EXIT_USAGE
    streams = Streams(sys.stdin, sys.stdout, sys.stderr)
    try:
        status: int = args.run(args, streams)
    except (BrokenPipeError, KeyboardInterrupt):
        raise
    except PerftrackError as exc:  # a clear message already: no traceback
        streams.stderr.write(f"perftrack: {exc}\n")
        if args.verbose and exc.__cause__ is not None:
            streams.stderr.write(f"  原因：{exception_detail(exc.__cause__)}\n")
        return EXIT_USAGE
    except Exception as exc:  # noqa: BLE001 - a bug of ours: one plain line, the traceback on request
        if args.verbose:
            traceback.print_exc(file=streams.stderr)
        streams.stderr.write(
            f"perftrack: 内部错误（{exception_detail(exc)}）。"
            "这是 perftrack 的缺陷，请附上输入文件报告；加 --verbose 可查看详情。\n"
        )
        return EXIT_USAGE
    return status


def _utf8_streams() -> None:
    """Write UTF-8 whatever the locale says, where the encoding cannot say it all.

    On Chinese Windows a redirected or piped stdout is encoded in the ANSI code page
    (GBK), which has no ✓ or ◐, so ``perftrack score … > 结果.txt`` would stop half
    way. Files and pipes get UTF-8 (what the CSV's BOM announces, and what editors
    read); a console that cannot show a character gets a replacement mark.
    """
    for stream in (sys.stdout, sys.stderr):
        encoding = (getattr(stream, "encoding", None) or "").lower().replace("-", "")
        if encoding in ("utf8", "utf_8") or not hasattr(stream, "reconfigure"):
            continue
        if stream.isatty():
            stream.reconfigure(errors="replace")
        else:
            stream.reconfigure(encoding="utf-8")


#: The exit status after Ctrl-C (128 + SIGINT), as shells report it.
EXIT_INTERRUPTED = 130


def run() -> None:
    """Console-script entry point: exit with :func:`main`'s status."""
    status: int | None = None
    try:
        _utf8_streams()
        status = main()
        _flush()
    except BrokenPipeError:
        # The reader went away (perftrack … | head): not an error of ours, and the
        # status the command decided stands (check … | head still fails a CI step).
        from perftrack._commands._shared import EXIT_OK, silence_stdout  # noqa: PLC0415

        silence_stdout()
        status = EXIT_OK if status is None else status
    except KeyboardInterrupt:
        _interrupted()
    sys.exit(status)


def _flush() -> None:
    """Standard output's last bytes; a write error (a full disk) is one line and status 2."""
    try:
        sys.stdout.flush()
    except BrokenPipeError:
        raise
    except OSError as exc:
        from perftrack._commands._shared import EXIT_USAGE, output_error  # noqa: PLC0415

        sys.stderr.write(f"perftrack: {output_error(exc)}\n")
        sys.exit(EXIT_USAGE)


def _interrupted() -> NoReturn:
    """Ctrl-C: one line, status 130, at once; a second Ctrl-C changes nothing.

    Nothing is written to standard output (an ``--output`` file is written only at
    the end, so an existing one stays as it was). Worker processes of ``--jobs``
    still alive are terminated, and the process ends without the interpreter's
    exit handlers, which join those workers and print tracebacks when
    interrupted themselves.
    """
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if "multiprocessing" in sys.modules:  # a --jobs pool was started
        import multiprocessing  # noqa: PLC0415

        children = multiprocessing.active_children()
        for child in children:
            with contextlib.suppress(Exception):
                child.terminate()
        for child in children:  # reaped, not left as zombies
            with contextlib.suppress(Exception):
                child.join(1)
    with contextlib.suppress(Exception):
        sys.stderr.write("perftrack: 已中断\n")
        sys.stderr.flush()
    os._exit(EXIT_INTERRUPTED)
