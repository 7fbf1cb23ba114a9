"""``perftrack read``: tables from exports, as JSON or a summary."""

from __future__ import annotations

from typing import TYPE_CHECKING

from perftrack._commands._shared import EXIT_OK, EXIT_USAGE, Streams, emit
from perftrack._commands.score import (
    ProgressBar,
    add_input_arguments,
    add_jobs_argument,
    error_lines,
    skipped_notes,
)

if TYPE_CHECKING:
    import argparse

__all__ = ["add_parser", "run"]


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register the command."""
    parser = commands.add_parser(
        "read",
        help="read performance tables from exports (TSV, CSV, HTML, Excel, Word, MHT)",
        description=(
            "Read every table in the files and folders (searched recursively for TSV, CSV, "
            "HTML, Markdown, xlsx/xlsm/xltx, xls, docx/docm/dotx, doc/wps, Word XML and MHT "
            "exports; PDF, .et, .rtf, .odt and .ods files are reported as unreadable"
            ") into the domain model and "
            "print it: "
            "json gives the perftrack/1 document without verdicts (reading findings included), "
            "text a summary. Unreadable files are reported and skipped; the exit status is then 2."
        ),
    )
    parser.add_argument(
        "files",
        nargs="+",
        metavar="FILE",
        help="exports to read, folders of exports, or - for standard input",
    )
    parser.add_argument(
        "--format", choices=("text", "json"), default="text", help="output format (default: text)"
    )
    add_input_arguments(parser)
    add_jobs_argument(parser)

    parser.set_defaults(run=run)


def run(args: argparse.Namespace, streams: Streams) -> int:
    """Read the files and print the tables."""
    stderr = streams.stderr
    from perftrack.batch import read_many  # noqa: PLC0415 - keep start-up light
    from perftrack.serialization import document, dumps  # noqa: PLC0415

    with ProgressBar(stderr) as bar:
        result = read_many(
            args.files,
            jobs=args.jobs,
            format=args.input_format,
            encoding=args.encoding,
            progress=bar,
        )
    tables, errors = result.tables, result.errors
    skipped_notes(stderr, result.skipped)
    error_lines(stderr, errors)
    if args.format == "json":
        errors_data = [error.as_dict() for error in errors]
        emit(streams, dumps(document(tables, errors=errors_data)) + "\n")
    else:
        from perftrack.report import table_summary  # noqa: PLC0415

        summary = "\n\n".join(table_summary(table) for table in tables)
        emit(streams, summary + "\n" if tables else "")
    return EXIT_USAGE if errors else EXIT_OK
