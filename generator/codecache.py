"""Code that dataclasses and typing compile from strings, kept across runs like .pyc files.

Both compile generated texts at import time: every dataclass's methods (dataclasses) and every
string annotation that is evaluated (typing's ForwardRef). Python caches modules' code in .pyc
files but not these. Used by the models worker (datamodel-code-generator's imports: a quarter of
its start-up) and by the command itself (generator/__main__.py). Imports only os and sys: it is
installed on the command's start-up path.
"""

from __future__ import annotations

import os
import sys

#: what a cache file begins with: the layout of its entries (bump it when that changes) and the
#: Python that made them; a file with any other stamp is a miss, so that clientgen versions
#: sharing a cache folder never read each other's entries as their own
STAMP = f"clientgen code cache 2; {sys.version}"

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing
if TYPE_CHECKING:
    from typing import Any


class CodeCache:
    """The code dataclasses and typing compile from strings in this process, kept in a file of
    clientgen's cache folder (``code/``), as Python keeps modules' code in .pyc files.

    Importing datamodel-code-generator makes ~200 dataclasses, each method of which dataclasses
    compiles from a generated text, and pydantic compiles every string annotation (typing's
    ForwardRef): ~1,200 distinct texts compiled ~2,600 times. ``install`` gives the two modules
    an ``exec`` and a ``compile`` (their global names) that take the code object of a text from
    the cache, compiling it the first time it is met. The code is what compiling the text gives:
    both modules have no __future__ flags to pass on (checked; otherwise nothing is replaced), the
    same file name and mode are kept, and an entry is found by its exact text. The file holds its
    ``STAMP`` (entry layout and Python version); any other stamp, or any failure to read or write it, is a
    miss. ``save`` writes what this process used, when it met a text the file did not hold.
    ``CLIENTGEN_CACHE_DIR=""`` turns it off (as every clientgen cache).
    """

    def __init__(self, path: str | None) -> None:
        import marshal

        self.path = path
        # {(text, file name, mode): the marshalled code}: loading the file unmarshals no code, so
        # a run pays only for the entries it uses (a file made by a run that used many is cheap)
        self.codes: dict[tuple[str, str, str], bytes] = {}
        self.used: dict[tuple[str, str, str], bytes] = {}
        self.missed = 0
        if path is None:
            return
        try:
            with open(path, "rb") as fh:
                version, codes = marshal.loads(fh.read())
        except (OSError, ValueError, EOFError, TypeError):
            return
        if version == STAMP and isinstance(codes, dict):
            self.codes = codes

    def code(self, source: str, filename: str, mode: str) -> Any:
        import marshal

        key = (source, filename, mode)
        blob = self.codes.get(key)
        code = None
        if type(blob) is bytes:
            try:
                code = marshal.loads(blob)
            except (ValueError, EOFError, TypeError):
                code = None
        if code is None:
            # never inherit this module's __future__ flags (annotations): the callers have none
            code = compile(source, filename, mode, dont_inherit=True)
            blob = marshal.dumps(code)
            self.missed += 1
        self.used[key] = blob  # type: ignore[assignment]
        return code

    def install(self) -> None:
        """Give dataclasses and typing this cache's ``exec`` and ``compile``."""
        import __future__

        import builtins
        import dataclasses
        import typing

        for module in (dataclasses, typing):
            if any(isinstance(v, __future__._Feature) for v in vars(module).values()):
                return  # a __future__ import there: its texts would compile otherwise

        def cached_exec(source: Any, globals: Any = None, locals: Any = None, /, **kw: Any) -> None:
            if type(source) is str:
                source = self.code(source, "<string>", "exec")
            builtins.exec(source, globals, locals, **kw)

        def cached_compile(
            source: Any,
            filename: Any,
            mode: str,
            flags: int = 0,
            dont_inherit: bool = False,
            optimize: int = -1,
            **kw: Any,
        ) -> Any:
            if (
                type(source) is str
                and type(filename) is str
                and not flags
                and optimize == -1
                and not kw
            ):
                return self.code(source, filename, mode)
            return builtins.compile(source, filename, mode, flags, True, optimize, **kw)

        dataclasses.exec = cached_exec  # type: ignore[attr-defined]
        typing.compile = cached_compile  # type: ignore[attr-defined]

    def save(self) -> None:
        """Write what this run used, when it compiled anything new (atomically; failures ignored)."""
        import marshal

        if self.path is None or not self.missed:
            return
        tmp = f"{self.path}.{os.getpid()}.tmp"
        try:
            os.makedirs(os.path.dirname(self.path), mode=0o700, exist_ok=True)
            with open(tmp, "wb") as fh:
                fh.write(marshal.dumps((STAMP, self.used)))
            os.replace(tmp, self.path)
        except (OSError, ValueError):
            try:
                os.unlink(tmp)
            except OSError:
                pass


def cache_file(name: str) -> str | None:
    """The file ``name`` of the code cache, in generator.cache.cache_dir("code") (its rules, without its imports:
    ``$CLIENTGEN_CACHE_DIR``, empty for none, else ``$XDG_CACHE_HOME/clientgen`` or
    ``~/.cache/clientgen``; a folder another user owns or others can write to is not used)."""
    configured = os.environ.get("CLIENTGEN_CACHE_DIR")
    if configured is not None:
        if not configured.strip():
            return None
        base = configured
    else:
        xdg = os.environ.get("XDG_CACHE_HOME", "").strip()
        home = os.path.expanduser("~")
        base = os.path.join(
            xdg if os.path.isabs(xdg) else os.path.join(home, ".cache"), "clientgen"
        )
    folder = os.path.join(base, "code")
    try:
        os.makedirs(folder, mode=0o700, exist_ok=True)
        info = os.stat(folder)
    except OSError:
        return None
    getuid = getattr(os, "getuid", None)
    if getuid is not None and (info.st_uid != getuid() or info.st_mode & 0o022):
        return None
    tag = sys.implementation.cache_tag or "python"
    return os.path.join(folder, f"{name}.{tag}.marshal")
