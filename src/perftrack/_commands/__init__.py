"""The subcommands of ``perftrack``: one module each, registered in order."""

from __future__ import annotations

from perftrack._commands import check, parse, read, schema, score

#: The command modules, in the order ``perftrack --help`` lists them. Each has
#: ``add_parser(commands)``, which sets ``run`` as the parser's default.
COMMANDS = (score, check, read, parse, schema)

__all__ = ["COMMANDS"]
