"""clientgen: typed API clients from OpenAPI specs."""

from __future__ import annotations

import os

# typing.TYPE_CHECKING without importing typing (mypy reads it the same); pathlib is imported
# where used: the command's start (generator/early.py) stays light
TYPE_CHECKING = False
if TYPE_CHECKING:
    from pathlib import Path


def templates_folder() -> str:
    """templates_root() as a plain path string, found without importing pathlib."""
    here = os.path.dirname(os.path.realpath(__file__))
    for candidate in (
        os.path.join(os.path.dirname(here), "templates"),
        os.path.join(here, "_templates"),
    ):
        if os.path.isdir(candidate):
            return candidate
    raise FileNotFoundError("clientgen's templates folder is missing")


def templates_root() -> Path:
    """The folder holding ``<language>/`` template sets (repo checkout or installed package).

    Here, not in render.py, so that finding a set imports no jinja2."""
    from pathlib import Path

    return Path(templates_folder())
