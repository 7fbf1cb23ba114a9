"""``python -m perftrack``: the same as the ``perftrack`` command."""

from perftrack.cli import run

run()
