"""``perftrack read``: tables from exports, as JSON or a summary."""

from __future__ import annotations

from typing import TYPE_CHECKING

from perftrack._commands._shared import EXIT_OK, EXIT_USAGE, Streams

if TYPE_CHECKING:
    import argparse

    from perftrack.model import Table

__all__ = ["add_parser", "run"]


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register the command."""
    parser = commands.add_parser(
        "read",
        help="read performance tables from exports (TSV, CSV, HTML, Markdown, xlsx, xls, docx)",
        description=(
            "Read every table in the files into the domain model and print it: json gives the "
            "perftrack/1 document without verdicts (reading findings included), text a summary. "
            "Unreadable files are reported and skipped; the exit status is then 2."
        ),
    )
    parser.add_argument("files", nargs="+", metavar="FILE", help="exports to read")
    parser.add_argument(
        "--format", choices=("text", "json"), default="text", help="output format (default: text)"
    )
    parser.add_argument(
        "--input-format",
        choices=("text", "csv", "html", "markdown", "xlsx", "xls", "docx"),
        help="force the input format instead of detecting it",
    )
    parser.add_argument("--encoding", help="force the text encoding (default: detected)")

    parser.set_defaults(run=run)


def run(args: argparse.Namespace, streams: Streams) -> int:
    """Read the files and print the tables."""
    stdout, stderr = streams.stdout, streams.stderr
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
