"""``perftrack schema``: the JSON Schema of the perftrack/1 document."""

from __future__ import annotations

from typing import TYPE_CHECKING

from perftrack._commands._shared import EXIT_OK, Streams, emit

if TYPE_CHECKING:
    import argparse

__all__ = ["add_parser", "run"]


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register the command."""
    parser = commands.add_parser(
        "schema",
        help="print the JSON Schema of the perftrack/1 document",
        description=(
            "Print the JSON Schema (draft 2020-12) of the document that "
            "`perftrack read --format json` and `perftrack score --format json` print. "
            "Its $defs also describe the targets and values of `perftrack parse --format json`."
        ),
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace, streams: Streams) -> int:  # noqa: ARG001 - no options
    """Print the schema as indented JSON, Chinese as-is."""
    import json  # noqa: PLC0415 - keep start-up light

    from perftrack.schema import schema  # noqa: PLC0415

    emit(streams, json.dumps(schema(), ensure_ascii=False, indent=2) + "\n")
    return EXIT_OK
