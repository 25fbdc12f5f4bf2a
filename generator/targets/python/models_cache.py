"""The models stage's results, cached per document in the user's cache folder (generator/cache.py).

datamodel-code-generator's output is a function of the document it is given, its options (made
from the document by models.py) and the versions of the tool and what it runs on; a run whose
models document was seen before takes the stored module and skips the tool, whose imports alone
are most of a small spec's run. The key holds all of that, plus the source of the two modules that
shape the call, so a changed clientgen never reads an old entry. ``CLIENTGEN_MODELS_CACHE=0``
turns it off (``scripts/bench.py`` does, for its cold runs).
"""

from __future__ import annotations

import hashlib
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from generator import cache
from generator.dists import dist_version

ENV = "CLIENTGEN_MODELS_CACHE"
#: distributions whose versions can change what the tool makes of a document
TOOLS = ("datamodel-code-generator", "pydantic", "pydantic-core", "jinja2", "inflect", "pyyaml")
_HERE = Path(__file__).parent

Made = tuple[str, dict[str, Any]]


def enabled() -> bool:
    return os.environ.get(ENV, "1").strip() not in ("0", "false", "no", "off", "")


def _code() -> str:
    h = hashlib.sha256()
    for name in ("models.py", "dmcg_call.py"):
        h.update((_HERE / name).read_bytes())
    return h.hexdigest()


def made(
    document: dict[str, Any], make: Callable[[dict[str, Any]], Made], hit: Callable[[], None]
) -> Made:
    """``make(document)``, or what it returned for the same document before. ``hit`` is called
    before a stored result is returned (the caller stops work it started for ``make``)."""
    if not enabled():
        return make(document)
    try:
        versions = {tool: dist_version(tool) for tool in TOOLS}
        name = cache.key("models", 1, document, versions, sys.version_info[:2], _code())
    except (OSError, TypeError, ValueError):
        return make(document)
    stored = cache.load("models", name)
    if (
        isinstance(stored, list)
        and len(stored) == 2
        and isinstance(stored[0], str)
        and isinstance(stored[1], dict)
    ):
        hit()
        return stored[0], stored[1]
    source, metadata = make(document)
    try:
        cache.store("models", name, [source, metadata])
    except (TypeError, ValueError):
        pass  # metadata that is not JSON: not cached
    return source, metadata
