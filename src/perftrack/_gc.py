"""Pausing the cycle collector while a file is read.

Reading a large export builds hundreds of thousands of small objects (cells,
positions, indicators) and no reference cycles. CPython's collector, triggered
by the number of allocations, would walk them again and again while they are
being built: about a third of the reading time on a 1,000-table document
(docs/performance.md). The objects are freed by reference counting as usual;
only the cycle collector waits until the read is over.
"""

from __future__ import annotations

import gc
from contextlib import contextmanager
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Iterator

__all__ = ["collector_paused"]


@contextmanager
def collector_paused() -> Iterator[None]:
    """Disable the cycle collector inside the block, and restore it after.

    The collector is enabled again only if it was enabled before, so that a caller
    who turned it off keeps it off. Nested and concurrent uses leave it as the
    outermost caller found it.

    Example:
        >>> import gc
        >>> with collector_paused():
        ...     gc.isenabled()
        False
        >>> gc.isenabled()
        True
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
