"""Shared test configuration: Hypothesis profiles.

Two profiles are registered:

- ``dev`` (the default on a developer's machine): Hypothesis' defaults, random
  inputs, the example database under ``.hypothesis/``.
- ``ci``: more examples, no deadline (CI machines are shared and their timings
  jitter), and, when ``CI=true``, a fixed seed so that a red run can be replayed.

``HYPOTHESIS_PROFILE=ci|dev`` picks one explicitly; otherwise ``ci`` is used
whenever the ``CI`` environment variable is set, ``dev`` elsewhere.
"""

from __future__ import annotations

import os

from hypothesis import settings

# CI services export CI=true; treat any other non-empty value except "false"/"0" the same.
_ON_CI = os.environ.get("CI", "").strip().lower() not in {"", "0", "false", "no"}

# Hypothesis itself registers (and, when it detects CI, loads) a built-in "ci" profile at
# import time, and a profile without a parent inherits from whichever profile is loaded.
# Both of ours therefore start from Hypothesis' defaults explicitly.
_DEFAULTS = settings.get_profile("default")

if _ON_CI:
    # A derandomized run replays by itself; a fresh clone has no database to reuse anyway.
    settings.register_profile(
        "ci",
        _DEFAULTS,
        max_examples=200,
        deadline=None,
        derandomize=True,
        database=None,
        print_blob=True,
    )
else:
    settings.register_profile("ci", _DEFAULTS, max_examples=200, deadline=None, print_blob=True)
# No deadline locally either: speed is measured in bench/, not timed in tests, and a
# shared, loaded machine made the 200 ms default fail a property now and then.
settings.register_profile("dev", _DEFAULTS, deadline=None)

settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci" if _ON_CI else "dev"))
