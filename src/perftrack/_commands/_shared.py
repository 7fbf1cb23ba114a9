"""What every command shares: exit statuses and the streams it writes to."""

from __future__ import annotations

from typing import TextIO

from attrs import frozen

__all__ = ["EXIT_FINDINGS", "EXIT_OK", "EXIT_USAGE", "Streams"]

#: Nothing to report (or nothing at or above the threshold).
EXIT_OK = 0
#: Findings or verdicts at or above the ``--fail-on`` threshold.
EXIT_FINDINGS = 1
#: Unreadable input or a usage error; wins over :data:`EXIT_FINDINGS`.
EXIT_USAGE = 2


@frozen
class Streams:
    """Standard input, output and error of one run (tests pass their own)."""

    stdin: TextIO
    stdout: TextIO
    stderr: TextIO
