"""clientgen's cache folder: compiled templates and the models stage's results, per user.

``$CLIENTGEN_CACHE_DIR`` (empty: no cache), else ``$XDG_CACHE_HOME/clientgen`` or
``~/.cache/clientgen``. A folder another user owns, or one others can write to, is never used.
Everything here is an optimisation: any failure to read or write is a miss, never an error.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import tempfile
from pathlib import Path
from typing import Any

#: entries kept per kind of result; the oldest go first
MAX_RESULTS = 32


def cache_dir(kind: str) -> Path | None:
    """The folder for ``kind`` (templates, models), made if needed; None when unusable."""
    configured = os.environ.get("CLIENTGEN_CACHE_DIR")
    if configured is not None:
        if not configured.strip():
            return None
        base = Path(configured)
    else:
        xdg = os.environ.get("XDG_CACHE_HOME", "").strip()
        base = (Path(xdg) if os.path.isabs(xdg) else Path.home() / ".cache") / "clientgen"
    directory = base / kind
    try:
        directory.mkdir(mode=0o700, parents=True, exist_ok=True)
        info = directory.stat()
    except (OSError, RuntimeError):  # RuntimeError: no home folder
        return None
    getuid = getattr(os, "getuid", None)
    if getuid is not None and (info.st_uid != getuid() or info.st_mode & 0o022):
        return None  # another user's folder, or one others can write to: never load from it
    return directory


def key(*parts: Any) -> str:
    """A stable key for JSON-able ``parts`` (sorted keys, no whitespace)."""
    text = json.dumps(parts, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def load(kind: str, name: str) -> Any:
    """The value stored under ``name``, or None. An entry holds its own key: a file renamed or
    cut short is a miss."""
    directory = cache_dir(kind)
    if directory is None:
        return None
    try:
        with open(directory / f"{name}.json", encoding="utf-8") as fh:
            entry = json.load(fh)
    except (OSError, ValueError):
        return None
    if not isinstance(entry, dict) or entry.get("key") != name:
        return None
    return entry.get("value")


def store(kind: str, name: str, value: Any) -> None:
    """Store ``value`` (JSON-able) under ``name`` atomically, then drop the oldest entries."""
    directory = cache_dir(kind)
    if directory is None:
        return
    try:
        fd, tmp = tempfile.mkstemp(prefix=".tmp-", dir=directory)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                json.dump({"key": name, "value": value}, fh, ensure_ascii=False)
            os.replace(tmp, directory / f"{name}.json")
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise
        entries = sorted(directory.glob("*.json"), key=lambda p: p.stat().st_mtime, reverse=True)
        for old in entries[MAX_RESULTS:]:
            with contextlib.suppress(OSError):
                old.unlink()
    except OSError:
        pass  # a read-only or full disk: the next run makes it again
