"""Format an in-memory tree with the pinned ruff, with explicit settings (no config is read)."""

from __future__ import annotations

import fnmatch
import os
import shutil
import subprocess
import tempfile
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from generator.problems import UsageError

RUFF_VERSION = "0.17.5"
LINE_LENGTH = 100
TARGET_VERSION = "py310"
# lint fixes applied before formatting, on top of ruff's default rules: unused imports (templates
# import generously), import order, and modern typing syntax
FIX_RULES = "F401,I,UP"


_T = TypeVar("_T")


class FormatError(Exception):
    """ruff is missing, the wrong version, or rejected the generated code (a generator bug)."""


class Formatted(str):
    """A file's text that is already what the format stage would make of it (a target that cut
    it from formatted source says so): ``format_tree`` passes it through untouched. Any operation
    on it returns a plain ``str``, so a changed text is formatted again."""

    __slots__ = ()


#: ruff's arguments for the lint fixes, then the formatting (the settings follow in ``_common``)
_PASSES = (
    ["check", "--fix", "--unsafe-fixes", "--exit-zero", "--quiet", f"--extend-select={FIX_RULES}"],
    ["format", "--quiet"],
)


#: find_ruff_bin asks sysconfig, whose first use is not thread-safe before Python 3.13 (a second
#: thread can see its config half-filled: "ruff" + None); the format stage asks from two threads
_FIND_LOCK = threading.Lock()


def ruff_binary() -> str:
    try:
        from ruff.__main__ import find_ruff_bin  # type: ignore[import-untyped]
    except ImportError as exc:  # pragma: no cover - ruff is a declared dependency
        raise FormatError("ruff is not installed; install clientgen's dependencies") from exc
    with _FIND_LOCK:
        return str(find_ruff_bin())


def ruff_version() -> str:
    out = subprocess.run([ruff_binary(), "--version"], capture_output=True, text=True, check=False)
    return out.stdout.strip().split()[-1] if out.returncode == 0 else "unknown"


def scratch_dir(size: int) -> str | None:
    """Where the formatter's short-lived copies (``size`` bytes in all) go: a RAM-backed /dev/shm
    when the system has one with room to spare and TMPDIR does not name another place, else the
    usual temporary folder (None). On a busy disk, writing, rewriting and deleting the copies cost
    more than the formatting itself."""
    shm = "/dev/shm"
    if "TMPDIR" in os.environ or not os.access(shm, os.W_OK | os.X_OK):
        return None
    try:
        free = os.statvfs(shm)
    except OSError:
        return None
    return shm if free.f_bavail * free.f_frsize > 4 * size + (64 << 20) else None


def _common() -> list[str]:
    return [
        "--isolated",
        "--no-cache",
        f"--line-length={LINE_LENGTH}",
        f"--target-version={TARGET_VERSION}",
    ]


def _env() -> dict[str, str]:
    return {k: v for k, v in os.environ.items() if not k.startswith("RUFF_")}


def format_source(text: str, path: str) -> str:
    """One Python file fixed and formatted as ``format_tree`` would (``path``: its place in the
    tree), through ruff's standard input: no file is written."""
    ruff = ruff_binary()
    data = text.encode("utf-8")
    # an empty working folder, as format_tree's holds only the tree: nothing around is read
    with tempfile.TemporaryDirectory(prefix="clientgen-fmt-", dir=scratch_dir(0)) as tmp:
        for args in _PASSES:
            proc = subprocess.run(
                [ruff, *args, *_common(), "--stdin-filename", path, "-"],
                input=data,
                cwd=tmp,
                capture_output=True,
                env=_env(),
                check=False,
            )
            if proc.returncode != 0:
                detail = (proc.stderr or proc.stdout).decode("utf-8", "replace").strip()
                raise FormatError(f"ruff {args[0]} failed on the generated code:\n{detail}")
            data = proc.stdout
    # newlines as format_tree reads its files back (universal newlines)
    return data.decode("utf-8").replace("\r\n", "\n").replace("\r", "\n")


def format_tree(tree: dict[str, str]) -> dict[str, str]:
    """Return the tree with every .py file fixed and formatted; other files, and texts already
    ``Formatted``, pass through."""
    py_files = sorted(p for p in tree if p.endswith(".py") and not isinstance(tree[p], Formatted))
    if not py_files:
        return dict(tree)
    ruff = ruff_binary()
    common = _common()
    env = _env()
    size = sum(len(tree[rel]) for rel in py_files)
    with tempfile.TemporaryDirectory(prefix="clientgen-fmt-", dir=scratch_dir(size)) as tmp:
        root = Path(tmp)
        for rel in py_files:
            target = root / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(tree[rel], encoding="utf-8", newline="\n")
        for args in _PASSES:
            proc = subprocess.run(
                [ruff, *args, *common, "."],
                cwd=root,
                capture_output=True,
                text=True,
                env=env,
                check=False,
            )
            if proc.returncode != 0:
                detail = (proc.stderr or proc.stdout).strip()
                raise FormatError(f"ruff {args[0]} failed on the generated code:\n{detail}")
        out = dict(tree)
        for rel in py_files:
            out[rel] = (root / rel).read_text(encoding="utf-8")
    return out


def format_with(tree: dict[str, str], formatter: Any) -> dict[str, str]:
    """Format ``tree`` as a template set's manifest says: ``None`` leaves it as rendered, the
    built-in ``ruff`` formats the .py files, a command formats the files matching its globs.

    ``formatter`` is a ``targets.manifest.Formatter`` (duck-typed: this stage imports no target).
    A command runs in a temporary folder holding those files, with ``{files}`` in its argv replaced
    by their paths; its executable is looked up in ./node_modules/.bin, then on PATH.
    """
    if formatter is None:
        return dict(tree)
    if formatter.builtin == "ruff":
        return format_tree(tree)
    chosen = sorted(
        p for p in tree if any(fnmatch.fnmatchcase(p, g) for g in formatter.files or ("*",))
    )
    if not chosen:
        return dict(tree)
    argv: list[str] = []
    for arg in formatter.command:
        argv.extend(chosen if arg == "{files}" else [arg])
    local = Path.cwd() / "node_modules" / ".bin" / argv[0]
    exe = str(local) if local.is_file() else shutil.which(argv[0])
    if exe is None:
        raise UsageError(f"formatter {argv[0]!r} not found (./node_modules/.bin or PATH)")
    with tempfile.TemporaryDirectory(prefix="clientgen-fmt-") as tmp:
        root = Path(tmp)
        for rel in chosen:
            target = root / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(tree[rel], encoding="utf-8", newline="\n")
        proc = subprocess.run(
            [exe, *argv[1:]], cwd=root, capture_output=True, text=True, check=False
        )
        if proc.returncode != 0:
            detail = (proc.stderr or proc.stdout).strip()
            raise UsageError(f"formatter {argv[0]} failed on the generated code:\n{detail}")
        out = dict(tree)
        for rel in chosen:
            out[rel] = (root / rel).read_text(encoding="utf-8")
    return out


#: formatting begun by ``background`` and not yet waited for
_RUNNING: set[threading.Thread] = set()


def background(work: Callable[[], _T]) -> Callable[[], _T]:
    """Begin ``work`` (a formatting: it mostly waits for the formatter's process) in a thread, so
    this process goes on meanwhile; the call returned waits for it and gives its result, or
    raises its error."""
    outcome: list[Any] = []

    def run() -> None:
        try:
            outcome.append((True, work()))
        except BaseException as exc:  # noqa: BLE001 - raised again by the waiting call
            outcome.append((False, exc))

    thread = threading.Thread(target=run, name="clientgen-format", daemon=True)
    _RUNNING.add(thread)
    thread.start()

    def result() -> _T:
        thread.join()
        _RUNNING.discard(thread)
        ok, value = outcome[0]
        if not ok:
            raise value
        return value  # type: ignore[no-any-return]

    return result


def settle() -> None:
    """Wait for formatting begun in the background that nobody waits for (a run that failed
    meanwhile): its scratch folder is removed before the process goes."""
    for thread in list(_RUNNING):
        thread.join()
        _RUNNING.discard(thread)
