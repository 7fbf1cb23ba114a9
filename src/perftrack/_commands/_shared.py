"""What every command shares: exit statuses and the streams it writes to."""

from __future__ import annotations

import contextlib
import os
import sys
from typing import TextIO

from attrs import frozen

from perftrack._errors import PerftrackError, os_reason

__all__ = [
    "EXIT_FINDINGS",
    "EXIT_OK",
    "EXIT_USAGE",
    "OutputError",
    "Streams",
    "emit",
    "output_error",
    "silence_stdout",
]

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


def silence_stdout() -> None:
    """Point standard output at the null device: its reader went away (``… | head``)."""
    # no file descriptor (a test's stream): nothing to point anywhere
    with contextlib.suppress(OSError, ValueError):
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())


class OutputError(PerftrackError):
    """Standard output cannot be written (a full disk, ``> /dev/full``): exit status 2.

    Example:
        >>> import errno
        >>> print(output_error(OSError(errno.ENOSPC, "No space left on device")))
        无法写入标准输出：磁盘空间不足
    """


def output_error(exc: OSError) -> OutputError:
    """The error for *exc*, met writing standard output; nothing more is written to it.

    What was buffered is dropped (standard output now goes to the null device), so
    that the interpreter's exit does not fail on it again with a traceback.
    """
    silence_stdout()
    return OutputError(f"无法写入标准输出：{os_reason(exc)}")


def emit(streams: Streams, text: str) -> None:
    """Write *text* to standard output; a reader gone away (``… | head``) is no error.

    The command's exit status is decided by then and stays what it is: ``perftrack
    check exports | head`` still fails a CI step when a file could not be read.
    Any other write error (a full disk) is an :class:`OutputError`.
    """
    try:
        streams.stdout.write(text)
        streams.stdout.flush()
    except BrokenPipeError:
        silence_stdout()
    except OSError as exc:
        raise output_error(exc) from exc
