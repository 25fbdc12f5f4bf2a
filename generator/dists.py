"""Installed distributions' versions, read without importing them (start-up stays light)."""

from __future__ import annotations

import functools
import os
import sys


@functools.cache
def dist_version(dist: str) -> str:
    """An installed distribution's version, from its .dist-info folder name (no imports); read once
    per process (the lock's inputs and the models cache's key both ask)."""
    wanted = dist.lower().replace("-", "_")
    for entry in sys.path:
        try:
            names = os.listdir(entry or ".")
        except OSError:
            continue
        for name in names:
            if name.endswith(".dist-info") and name.lower().startswith(wanted + "-"):
                return name[len(wanted) + 1 : -len(".dist-info")]
    return "unknown"
