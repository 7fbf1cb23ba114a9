"""Pausing the cycle collector while a file is read.

Reading a large export builds hundreds of thousands of small objects (cells,
positions, indicators) and no reference cycles. CPython's collector, triggered
by the number of allocations, would walk them again and again while they are
being built: about a third of the reading time on a 1,000-table document
(docs/performance.md). The objects are freed by reference counting as usual;
only the cycle collector waits until the read is over.

What the read built and keeps (the tables) then goes straight to the collector's
oldest generation, as it would after surviving the young collections: the young
collection that would otherwise follow the read walks every one of those objects
(about a tenth of the reading time) only to find them alive, and the middle one
does it again later. It is done by :func:`gc.freeze` then :func:`gc.unfreeze` (two
list splices), and only when nothing was frozen before, so that the frozen objects
of a caller (a server that froze its start-up before forking) stay frozen. The
young generations are collected when the read starts (they are small: the running
collector keeps them so), so that only what the read built skips them, never a
caller's young garbage: a batch of reads leaves no cycles waiting for a full
collection.
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

    When the collector was enabled, what the block left alive is in the oldest
    generation after it (and nothing in the young ones), unless objects were frozen:

        >>> with collector_paused():
        ...     kept = [[n] for n in range(1000)]
        >>> any(obj is kept for obj in gc.get_objects(generation=0)), gc.get_freeze_count()
        (False, 0)
    """
    was_enabled = gc.isenabled()
    promote = was_enabled and not gc.get_freeze_count()
    if promote:
        gc.collect(1)  # the caller's young objects: collected as they would soon be
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            if promote and not gc.get_freeze_count():
                gc.freeze()  # everything tracked, into the permanent generation…
                gc.unfreeze()  # …and back, into the oldest one: no young collection of it
            gc.enable()
