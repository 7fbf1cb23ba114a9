"""``perftrack parse``: value expressions, one per argument or per line."""

from __future__ import annotations

from typing import TYPE_CHECKING

from perftrack._commands._shared import EXIT_FINDINGS, EXIT_OK, Streams, output_error

if TYPE_CHECKING:
    import argparse
    from collections.abc import Iterable
    from typing import TextIO

__all__ = ["add_parser", "run"]


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register the command."""
    parser = commands.add_parser(
        "parse",
        help="parse target or value expressions (年度指标值, 实际完成值)",
        description=(
            "Parse value expressions, one per argument or, without arguments or with the "
            "one argument -, one per line of standard input. Exit status 1 when a target "
            "cannot be parsed."
        ),
    )
    parser.add_argument(
        "--role",
        choices=("target", "value", "rows"),
        default="target",
        help=(
            "target: annual targets (default); value: planned/actual/forecast values; "
            "rows: lines in threes, target then planned then actual (examples/seed-cells.txt)"
        ),
    )
    parser.add_argument(
        "--year", type=_year, help="fiscal year for dates without a year (11月底前)"
    )
    parser.add_argument(
        "--format",
        choices=("text", "json"),
        default="text",
        help="text: a readable line per expression (default); json: one JSON array",
    )
    parser.add_argument("expressions", nargs="*", metavar="EXPR", help="expressions to parse")

    parser.set_defaults(run=run)


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
        if key == "when" and isinstance(value, dict):
            shown = _when_shown(value)  # 3月底前开工10个: when=3月 (r37e)
        if isinstance(shown, dict):
            continue
        fields.append(f"{key}={'true' if shown is True else shown}")
    return " ".join(fields)


def _when_shown(when: dict[str, object]) -> str:
    """The date a quantity's label opens with, as a date value prints it (``3月``)."""
    from perftrack.serialization import _structure_value  # noqa: PLC0415 - keep start-up light

    return str(_structure_value({"kind": "date", **when}))


def _year(text: str) -> int:
    """An ``argparse`` type: a fiscal year between 1900 and 2100."""
    import argparse  # noqa: PLC0415 - only when the option is given

    try:
        year = int(text)
    except ValueError:
        msg = f"应为年份，如 2024，而非 {text!r}"
        raise argparse.ArgumentTypeError(msg) from None
    if not _FIRST_YEAR <= year <= _LAST_YEAR:
        msg = f"应为 {_FIRST_YEAR} 到 {_LAST_YEAR} 之间的年份，而非 {year}"
        raise argparse.ArgumentTypeError(msg)
    return year


_FIRST_YEAR = 1900
_LAST_YEAR = 2100


def _stdin_lines(stdin: TextIO) -> list[str]:
    """Standard input's lines, decoded as files are.

    UTF-8 with or without BOM, GB18030, UTF-16: cells saved by Notepad on Chinese
    Windows are GBK.
    """
    buffer = getattr(stdin, "buffer", None)
    if buffer is None:  # a text stream already (tests, notebooks)
        return stdin.read().lstrip("\ufeff").splitlines()
    from perftrack.readers._decode import decode  # noqa: PLC0415 - keep start-up light

    # named <stdin>, as score, check and read name it (it said perftrack: -: …; r35g)
    return decode(buffer.read(), file="<stdin>").splitlines()


def _check_arguments(expressions: list[str]) -> None:
    """Refuse an argument that is not UTF-8, as standard input's bytes are (fz30 M4).

    Python hands such bytes over as lone surrogates (``\udcff`` for 0xFF), which no
    output can hold.

    Raises:
        ReadError: the first such argument, with its place and byte.
    """
    from perftrack._errors import ReadError  # noqa: PLC0415 - keep start-up light

    for number, text in enumerate(expressions, start=1):
        bad = next((char for char in text if "\ud800" <= char <= "\udfff"), None)
        if bad is None:
            continue
        offset = text.index(bad)
        shown = f"（0x{ord(bad) - 0xDC00:02X}）" if "\udc80" <= bad <= "\udcff" else ""
        msg = (
            f"第 {number} 个参数按 UTF-8 解码时，字符位置 {offset} 处{shown}无法解码："
            "请以 UTF-8 传入单元格文本，或经标准输入传入（按文件的编码识别）"
        )
        raise ReadError(msg, file="命令行参数")


def _check_threes(count: int) -> None:
    """``--role rows`` reads expressions in threes: refuse a last group that is short.

    Raises:
        ReadError: when *count* is not a multiple of three (cli22 L7).
    """
    if count % 3 == 0:
        return
    from perftrack._errors import ReadError  # noqa: PLC0415 - keep start-up light

    msg = (
        f"--role rows 按三个一组解析（目标、计划值、实际值），共 {count} 个表达式，"
        f"最后一组缺 {3 - count % 3} 个"
    )
    raise ReadError(msg, file="命令行参数")


def run(args: argparse.Namespace, streams: Streams) -> int:
    """Parse and print the expressions."""
    stdin = streams.stdin

    def write(text: str) -> None:
        try:
            streams.stdout.write(text)
        except BrokenPipeError:
            raise
        except OSError as exc:  # > /dev/full
            raise output_error(exc) from exc

    from perftrack._errors import ExpressionError  # noqa: PLC0415 - keep start-up light
    from perftrack.expressions import parse_target, parse_value  # noqa: PLC0415
    from perftrack.serialization import dumps, unstructure  # noqa: PLC0415

    _check_arguments(args.expressions)
    # ``perftrack parse -``: the cells come from standard input, as files' ``-`` does
    # (a cell ``-`` alone is given on standard input: ``echo - | perftrack parse``)
    expressions = [] if args.expressions == ["-"] else args.expressions
    cells: Iterable[str] = expressions or (
        line.rstrip("\r\n") for line in _stdin_lines(stdin) if line.strip()
    )
    if args.role == "rows":
        cells = list(cells)
        _check_threes(len(cells))
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
                write(f"{cell}  error  {exc.message}\n")
                if cell.strip():  # an empty cell: the rendering would repeat the message
                    write("".join(f"  {line}\n" for line in str(exc).splitlines()))
            continue
        data = unstructure(parsed)
        if args.format == "json":
            results.append(data)
        else:
            detail = _describe(data)
            write(f"{cell}  {parsed.kind}  {parsed}" + (f"  {detail}" if detail else "") + "\n")
    if args.format == "json":
        write(dumps(results) + "\n")
    return EXIT_FINDINGS if failed else EXIT_OK
