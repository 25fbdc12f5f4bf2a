"""clientgen: typed API clients from OpenAPI specs."""

from pathlib import Path


def templates_root() -> Path:
    """The folder holding ``<language>/`` template sets (repo checkout or installed package).

    Here, not in render.py, so that finding a set imports no jinja2."""
    here = Path(__file__).resolve().parent
    for candidate in (here.parent / "templates", here / "_templates"):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError("clientgen's templates folder is missing")
