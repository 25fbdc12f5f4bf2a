"""Compare an in-memory tree with an output folder, or write the files that changed into it.

clientgen owns exactly the files its lock file (``clientgen.lock.json``) lists, and the folders it
created for them. Everything else in the output folder (a user's tests and notes, FIFOs, sockets,
mounts, symbolic links) and the folder itself are never opened, copied, moved or renamed.

Writing: each changed file goes to a temporary file beside it and is renamed over the old one;
the files are made durable (one ``os.sync`` where the platform has it, else an fsync per file)
before the final lock is written. A "pending" lock (the old one, plus the files about to be
added, with the input hash dropped) is written first and the final lock last, so a run killed
half way is seen by the next one (the hashes no longer match) and repaired. An exception or
Ctrl-C during writing puts every file back as it was. Symbolic links inside the output folder are
never followed; the output folder itself may be a link (it is written through).

A folder that holds files clientgen did not write and no lock is refused before anything is read
(``preflight``); only the folder's first foreign entry is looked at, never the tree below it.
"""

from __future__ import annotations

import difflib
import hashlib
import json
import os
import re
import signal
import stat
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

LOCK_NAME = "clientgen.lock.json"
LOCK_VERSION = 2
#: lock keys that describe the run rather than the emitted bytes: ignored when comparing locks
RUN_KEYS = ("dirs", "inputs", "pending")


class OutputError(Exception):
    """The output folder cannot be written as asked (exit 2)."""


def safe_relpath(rel: str) -> str:
    """Reject any path that could leave the output folder."""
    if _plain(rel) and ".." not in rel.split("/") and not _REFUSED.search(rel):
        return rel  # what the checks below give such a path, without building one
    p = PurePosixPath(rel)
    if (
        p.is_absolute()
        or not p.parts
        or any(part in ("..", "", ".") for part in p.parts)
        or "\\" in rel
        or "\x00" in rel
        or rel.startswith("~")
    ):
        raise OutputError(f"refusing to write {rel!r}: outside the output folder")
    return str(p)


_REFUSED = re.compile(r"^~|[\\\x00]")


def _plain(rel: str) -> bool:
    """A relative path with no empty or ``.`` part: ``PurePosixPath`` would keep it as it is."""
    parts = rel.split("/")
    return "" not in parts and "." not in parts


def _parts(rel: str) -> list[str] | tuple[str, ...]:
    """``PurePosixPath(rel).parts``, without building a path for a plain one (thousands of files)."""
    return rel.split("/") if _plain(rel) else PurePosixPath(rel).parts


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


# -- reading without ever opening what is not a regular file ---------------------------------------

_MISSING = "missing"
_REGULAR = "file"


def _kind(mode: int) -> str:
    for test, name in (
        (stat.S_ISDIR, "folder"),
        (stat.S_ISLNK, "symbolic link"),
        (stat.S_ISFIFO, "FIFO"),
        (stat.S_ISSOCK, "socket"),
        (stat.S_ISCHR, "device"),
        (stat.S_ISBLK, "device"),
    ):
        if test(mode):
            return name
    return "special file"


def _read_regular(path: Path | str) -> bytes:
    """Read a regular file; never follows a final symlink, never blocks on a FIFO."""
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
    fd = os.open(path, flags | getattr(os, "O_CLOEXEC", 0))
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise OSError(f"{path} is not a regular file")
        chunks = []
        while chunk := os.read(fd, 1 << 20):
            chunks.append(chunk)
        return b"".join(chunks)
    finally:
        os.close(fd)


class _Folder:
    """An output folder, with checks that no path inside it goes through a link."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self._root = os.fspath(root)
        self._dirs: dict[str, str] = {"": "folder"}

    def path(self, rel: str) -> str:
        """``rel`` inside the root, as a string (``root / rel`` without a Path per file)."""
        return os.path.join(self._root, rel)

    def dir_kind(self, rel_dir: str) -> str:
        """What ``rel_dir`` (and every folder above it, inside the root) is, without following links."""
        if rel_dir in self._dirs:
            return self._dirs[rel_dir]
        parent = "/".join(_parts(rel_dir)[:-1])
        up = self.dir_kind(parent)
        if up != "folder":
            kind = up if up != _MISSING else _MISSING
        else:
            try:
                kind = _kind(os.lstat(self.path(rel_dir)).st_mode)
            except (FileNotFoundError, NotADirectoryError):
                kind = _MISSING
        self._dirs[rel_dir] = kind
        return kind

    def blocked_by(self, rel: str) -> str | None:
        """The first folder on the way to ``rel`` that is a link or not a folder, if any."""
        parts = _parts(rel)[:-1]
        for i in range(1, len(parts) + 1):
            sub = "/".join(parts[:i])
            kind = self.dir_kind(sub)
            if kind == _MISSING:
                return None
            if kind != "folder":
                return sub
        return None

    def forget(self, rel_dir: str) -> None:
        for key in [k for k in self._dirs if k == rel_dir or k.startswith(rel_dir + "/")]:
            del self._dirs[key]

    def probe(self, rel: str) -> tuple[str, bytes | None]:
        """(kind, bytes): kind is "missing", "file" (bytes read) or another kind (never opened)."""
        blocked = self.blocked_by(rel)
        if blocked is not None:
            return (f"inside {blocked!r}, a {self.dir_kind(blocked)}", None)
        path = self.path(rel)
        try:
            mode = os.lstat(path).st_mode
        except (FileNotFoundError, NotADirectoryError):
            return (_MISSING, None)
        if not stat.S_ISREG(mode):
            return (_kind(mode), None)
        try:
            return (_REGULAR, _read_regular(path))
        except OSError:
            return ("unreadable file", None)


# -- the lock ----------------------------------------------------------------------------------------


def lock_text(tree: dict[str, str], provenance: dict[str, Any]) -> str:
    """The lock for ``tree`` (its emitted files, lock excluded): provenance and a hash per file."""
    files = {
        rel: sha256(text.encode("utf-8", "surrogatepass"))
        for rel, text in sorted(tree.items())
        if rel != LOCK_NAME
    }
    data = {**provenance, "lock": LOCK_VERSION, "files": files}
    return json.dumps(data, indent=2, sort_keys=True) + "\n"


def _dump(data: dict[str, Any]) -> str:
    return json.dumps(data, indent=2, sort_keys=True) + "\n"


def _parse_lock(raw: bytes | None) -> dict[str, Any]:
    if raw is None:
        return {}
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def read_lock(out_dir: Path) -> dict[str, Any]:
    """The folder's lock as a dict ({} when absent, unreadable, a link or not JSON)."""
    kind, raw = _Folder(out_dir).probe(LOCK_NAME)
    return _parse_lock(raw if kind == _REGULAR else None)


def lock_files(lock: dict[str, Any]) -> dict[str, str]:
    """{relative path: sha256} of the files a lock says clientgen owns (bad entries dropped)."""
    files = lock.get("files")
    if isinstance(files, list):  # lock version 1: names only
        files = dict.fromkeys((f for f in files if isinstance(f, str)), "")
    if not isinstance(files, dict):
        return {}
    out: dict[str, str] = {}
    for rel, digest in files.items():
        try:
            rel = safe_relpath(str(rel))
        except OutputError:
            continue
        if rel != LOCK_NAME:
            out[rel] = digest if isinstance(digest, str) else ""
    return out


def owned_files(out_dir: Path) -> set[str]:
    return set(lock_files(read_lock(out_dir)))


def _lock_dirs(lock: dict[str, Any]) -> list[str]:
    dirs = lock.get("dirs")
    out = []
    for d in dirs if isinstance(dirs, list) else []:
        try:
            out.append(safe_relpath(str(d)))
        except OutputError:
            continue
    return out


def _comparable(lock: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in lock.items() if k not in RUN_KEYS}


def verify(out_dir: Path, files: dict[str, str]) -> bool:
    """True when every file in ``files`` is a regular file in ``out_dir`` with its recorded hash."""
    folder = _Folder(out_dir)
    for rel, digest in files.items():
        if not digest:
            return False
        kind, data = folder.probe(rel)
        if kind != _REGULAR or data is None or sha256(data) != digest:
            return False
    return True


# -- refusing folders that are not clientgen's --------------------------------------------------------


def preflight(out_dir: Path, force: bool = False) -> dict[str, Any]:
    """Refuse ``out_dir`` unless it is new, empty (dotfiles aside), clientgen's, or ``force``d.

    Runs before the spec is read. Returns the folder's lock ({} when there is none). Looks at the
    folder's entries only until the first one that is not a dotfile: never below, never inside.
    """
    try:
        st = os.stat(out_dir)  # the output folder itself may be a link: follow it
    except FileNotFoundError:
        return {}
    except NotADirectoryError:
        raise OutputError(f"{out_dir} cannot be created: a parent is not a folder") from None
    if not stat.S_ISDIR(st.st_mode):
        raise OutputError(f"{out_dir} exists and is not a folder")
    try:
        lock_mode = os.lstat(out_dir / LOCK_NAME).st_mode
    except FileNotFoundError:
        lock_mode = None
    if lock_mode is not None and stat.S_ISREG(lock_mode):
        return read_lock(out_dir)
    if force:
        return {}
    with os.scandir(out_dir) as entries:
        for entry in entries:
            if not entry.name.startswith("."):
                raise OutputError(
                    f"{out_dir} holds files clientgen did not write (such as {entry.name!r}) and "
                    f"no {LOCK_NAME}; choose a new or empty folder for the client, or pass --force "
                    "to write into this one anyway (files with the names clientgen emits are "
                    "overwritten; nothing else is touched)"
                )
    return {}


# -- comparing -------------------------------------------------------------------------------------


@dataclass
class Drift:
    changed: list[str]
    added: list[str]
    removed: list[str]
    diff: str = ""
    #: emitted paths clientgen may not write: (path, why)
    blocked: list[tuple[str, str]] = field(default_factory=list)

    @property
    def clean(self) -> bool:
        return not (self.changed or self.added or self.removed)


@dataclass
class _Plan:
    folder: _Folder
    lock: dict[str, Any]
    owned: dict[str, str]
    new: dict[str, bytes]  # path -> bytes to write (lock excluded)
    old: dict[str, bytes | None]  # path -> current bytes (None: missing or not a regular file)
    changed: list[str]
    added: list[str]
    removed: list[str]  # owned regular files no longer emitted
    clashes: list[str]  # existing paths clientgen does not own
    blocked: list[tuple[str, str]]
    lock_differs: bool


def _encode(text: str) -> bytes:
    return text.encode("utf-8", "surrogatepass")


def _plan(tree: dict[str, str], out_dir: Path) -> _Plan:
    folder = _Folder(out_dir)
    lock_kind, lock_raw = folder.probe(LOCK_NAME)
    lock = _parse_lock(lock_raw if lock_kind == _REGULAR else None)
    owned = lock_files(lock)
    new: dict[str, bytes] = {}
    old: dict[str, bytes | None] = {}
    changed: list[str] = []
    added: list[str] = []
    clashes: list[str] = []
    blocked: list[tuple[str, str]] = []
    for rel in sorted(tree):
        safe_relpath(rel)
        if rel == LOCK_NAME:
            continue
        data = _encode(tree[rel])
        new[rel] = data
        kind, current = folder.probe(rel)
        old[rel] = current
        if kind == _REGULAR and current == data:
            continue
        if kind == _MISSING:
            added.append(rel)
            continue
        if kind != _REGULAR:  # a folder, link, FIFO, socket...: never opened, never replaced
            blocked.append((rel, kind if kind.startswith("inside ") else f"a {kind}"))
            added.append(rel)
            continue
        if rel not in owned:
            clashes.append(rel)
        changed.append(rel)
    removed = []
    for rel in sorted(owned):
        if rel in new:
            continue
        kind, current = folder.probe(rel)
        if kind == _REGULAR:
            removed.append(rel)
            old[rel] = current
    lock_differs = False
    if LOCK_NAME in tree:
        lock_differs = lock_kind != _REGULAR or _comparable(lock) != _comparable(
            _parse_lock(_encode(tree[LOCK_NAME]))
        )
    return _Plan(
        folder, lock, owned, new, old, changed, added, removed, clashes, blocked, lock_differs
    )


def compare(tree: dict[str, str], out_dir: Path, with_diff: bool = True) -> Drift:
    """What writing ``tree`` (which may include its lock file) would change in ``out_dir``.

    Never writes, never opens anything but regular files. The lock counts as changed when what it
    says about the emitted files differs (not when only the record of the run does).
    """
    plan = _plan(tree, out_dir)
    changed = list(plan.changed)
    added = list(plan.added)
    if plan.lock_differs:
        (changed if plan.lock else added).append(LOCK_NAME)
    diff = ""
    if with_diff:
        chunks: list[str] = []
        for rel in sorted(set(plan.changed) | set(plan.added)):
            before = plan.old.get(rel)
            chunks.extend(_unified(rel, before, plan.new[rel]))
        if plan.lock_differs:
            before = _dump(_comparable(plan.lock)).encode() if plan.lock else None
            chunks.extend(_unified(LOCK_NAME, before, _encode(tree[LOCK_NAME])))
        for rel in plan.removed:
            chunks.extend(_unified(rel, plan.old[rel], None))
        diff = "".join(c if c.endswith("\n") else c + "\n" for c in chunks)
    return Drift(sorted(changed), sorted(added), plan.removed, diff, plan.blocked)


def _unified(rel: str, before: bytes | None, after: bytes | None) -> Iterator[str]:
    def lines(data: bytes | None) -> list[str]:
        return [] if data is None else data.decode("utf-8", "replace").splitlines(keepends=True)

    return difflib.unified_diff(
        lines(before),
        lines(after),
        fromfile=f"a/{rel}" if before is not None else "/dev/null",
        tofile=f"b/{rel}" if after is not None else "/dev/null",
    )


# -- writing ---------------------------------------------------------------------------------------


def _tmp_name(path: Path) -> Path:
    return Path(_tmp_path(os.fspath(path)))


def _tmp_path(path: str) -> str:
    """The temporary file beside ``path`` that its new bytes go to before the rename."""
    head, sep, name = path.rpartition("/")
    tag = hashlib.sha1(name.encode("utf-8", "surrogatepass")).hexdigest()[:12]
    return f"{head}{sep}.clientgen-{tag}.tmp"


#: one system-wide flush after writing a tree costs far less than an fsync per file (a split
#: OpenAI client is over 2,000 files: ~2 ms each); without ``os.sync`` every file is fsynced
_SYNC_ONCE = hasattr(os, "sync")


def _atomic_write(path: Path | str, data: bytes, *, sync: bool = True) -> None:
    """Write ``data`` to ``path`` through a temporary file beside it (fsynced unless ``sync`` is
    false: the caller then flushes once), then renamed."""
    tmp = _tmp_path(os.fspath(path))
    try:
        if not stat.S_ISDIR(os.lstat(tmp).st_mode):
            os.unlink(tmp)  # left by a killed run
    except FileNotFoundError:
        pass
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
    fd = os.open(tmp, flags | getattr(os, "O_CLOEXEC", 0), 0o666)
    try:
        try:
            view = memoryview(data)
            while view:
                view = view[os.write(fd, view) :]
            if sync:
                os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def _fsync_dir(path: Path) -> None:
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


@contextmanager
def _deferred_sigint() -> Iterator[list[bool]]:
    """Hold Ctrl-C while files are swapped; the caller checks the flag between files."""
    pressed = [False]
    if threading.current_thread() is not threading.main_thread():
        yield pressed
        return

    def handler(signum: int, frame: object) -> None:
        pressed[0] = True

    try:
        previous = signal.signal(signal.SIGINT, handler)
    except ValueError:  # pragma: no cover - not the main interpreter
        yield pressed
        return
    try:
        yield pressed
    finally:
        signal.signal(signal.SIGINT, previous)


def write(
    tree: dict[str, str],
    out_dir: Path,
    force: bool = False,
    inputs: dict[str, Any] | None = None,
) -> Drift:
    """Make ``out_dir`` hold ``tree``: write only files whose bytes differ, remove stale owned ones.

    ``tree`` may include the lock (its provenance is kept); the lock written records the hash of
    every file, the folders clientgen created and, when given, ``inputs`` (what decided the bytes,
    for the no-op check of the next run). Returns what changed (no diff).
    """
    out_dir = Path(out_dir)
    for rel in tree:
        safe_relpath(rel)
    preflight(out_dir, force)
    out_dir.mkdir(parents=True, exist_ok=True)
    plan = _plan(tree, out_dir)
    if plan.clashes and not force:
        shown = ", ".join(plan.clashes[:5]) + (", ..." if len(plan.clashes) > 5 else "")
        raise OutputError(
            f"{out_dir} has files clientgen did not write ({shown}); "
            "choose an empty folder or pass --force to overwrite them"
        )
    if plan.blocked:
        rel, why = plan.blocked[0]
        raise OutputError(
            f"cannot write {out_dir / rel}: the path is {why}; clientgen never replaces or "
            "writes through links, folders or special files inside its output folder"
        )
    provenance = _parse_lock(_encode(tree[LOCK_NAME])) if LOCK_NAME in tree else {}
    final = {
        **{k: v for k, v in provenance.items() if k not in RUN_KEYS},
        "lock": LOCK_VERSION,
        "files": {rel: sha256(data) for rel, data in plan.new.items()},
    }
    # folders created by clientgen in earlier runs and still there (a version 1 lock did not list
    # them: clientgen then made every folder its files were in)
    earlier = (
        _lock_dirs(plan.lock)
        if "dirs" in plan.lock
        else sorted({d for rel in plan.owned for d in _parents(rel)})
    )
    known_dirs = [d for d in earlier if plan.folder.dir_kind(d) == "folder"]
    if inputs is not None:
        final["inputs"] = inputs
    to_write = sorted(set(plan.changed) | set(plan.added))
    nothing_else = not to_write and not plan.removed
    if nothing_else:
        final["dirs"] = sorted(known_dirs)
        if _parse_lock(_encode(_dump(final))) != plan.lock:
            _atomic_write(out_dir / LOCK_NAME, _encode(_dump(final)))
        return Drift([], [], [])
    _apply(plan, out_dir, to_write, final, known_dirs)
    return Drift(sorted(plan.changed), sorted(plan.added), plan.removed)


def _apply(
    plan: _Plan, out_dir: Path, to_write: list[str], final: dict[str, Any], known_dirs: list[str]
) -> None:
    lock_path = out_dir / LOCK_NAME
    kind, old_lock = plan.folder.probe(LOCK_NAME)
    written: list[str] = []  # files replaced or created, in order
    removed: list[str] = []
    created: list[str] = []  # folders made by this run
    pending_dirs = set(known_dirs)

    def ensure_parent(rel: str) -> None:
        parts = _parts(rel)[:-1]
        for i in range(1, len(parts) + 1):
            sub = "/".join(parts[:i])
            kind = plan.folder.dir_kind(sub)
            if kind == "folder":
                continue
            if kind != _MISSING:  # pragma: no cover - refused in the plan already
                raise OutputError(f"cannot write {out_dir / rel}: {sub!r} is a {kind}")
            os.mkdir(out_dir / sub)
            created.append(sub)
            pending_dirs.add(sub)
            plan.folder._dirs[sub] = "folder"

    to_create = {
        d for rel in to_write for d in _parents(rel) if plan.folder.dir_kind(d) == _MISSING
    }
    with _deferred_sigint() as interrupted:
        try:
            # 1. the pending lock: ownership of every file about to appear, no input hash
            pending = {
                **{k: v for k, v in plan.lock.items() if k != "inputs"},
                "lock": LOCK_VERSION,
                "pending": True,
                "files": {**plan.owned, **{rel: "" for rel in to_write if rel not in plan.owned}},
                "dirs": sorted(pending_dirs | to_create),
            }
            _atomic_write(lock_path, _encode(_dump(pending)))
            _check(interrupted)
            # 2. the files whose bytes changed, one by one
            for rel in to_write:
                ensure_parent(rel)
                written.append(rel)
                _atomic_write(plan.folder.path(rel), plan.new[rel], sync=not _SYNC_ONCE)
                _check(interrupted)
            if _SYNC_ONCE and to_write:
                os.sync()  # the files' bytes are durable before the final lock names them
            # 3. owned files no longer emitted, and the folders they alone filled
            for rel in plan.removed:
                removed.append(rel)
                os.unlink(out_dir / rel)
                _check(interrupted)
            dirs = pending_dirs - _drop_empty_dirs(out_dir, plan.removed, pending_dirs)
            # 4. the final lock, last
            final["dirs"] = sorted(d for d in dirs if plan.folder.dir_kind(d) == "folder")
            for d in final["dirs"]:
                _fsync_dir(out_dir / d)
            _atomic_write(lock_path, _encode(_dump(final)))
            _fsync_dir(out_dir)
        except BaseException:
            _rollback(
                plan, out_dir, written, removed, created, old_lock if kind == _REGULAR else None
            )
            raise


def _parents(rel: str) -> list[str]:
    parts = _parts(rel)[:-1]
    return ["/".join(parts[: i + 1]) for i in range(len(parts))]


def _check(interrupted: list[bool]) -> None:
    if interrupted[0]:
        raise KeyboardInterrupt


def _drop_empty_dirs(out_dir: Path, removed: list[str], ours: set[str]) -> set[str]:
    """Remove folders clientgen created that removing ``removed`` left empty; return them."""
    gone: set[str] = set()
    candidates = sorted({d for rel in removed for d in _parents(rel)}, key=len, reverse=True)
    for d in candidates:
        if d not in ours:
            continue
        try:
            os.rmdir(out_dir / d)  # only ever succeeds on an empty folder
        except OSError:
            continue
        gone.add(d)
    return gone


def _rollback(
    plan: _Plan,
    out_dir: Path,
    written: list[str],
    removed: list[str],
    created: list[str],
    old_lock: bytes | None,
) -> None:
    """Put back what an interrupted or failed write changed (Ctrl-C is held meanwhile)."""
    previous = None
    if threading.current_thread() is threading.main_thread():
        previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        for rel in reversed(removed):
            before = plan.old.get(rel)
            if before is not None:
                _quietly(_atomic_write, out_dir / rel, before)
        for rel in reversed(written):
            before = plan.old.get(rel)
            if before is not None:
                _quietly(_atomic_write, out_dir / rel, before)
            else:
                _quietly(os.unlink, out_dir / rel)
                _quietly(os.unlink, _tmp_name(out_dir / rel))
        for sub in reversed(created):
            _quietly(os.rmdir, out_dir / sub)
        lock_path = out_dir / LOCK_NAME
        if old_lock is not None:
            _quietly(_atomic_write, lock_path, old_lock)
        else:
            _quietly(os.unlink, lock_path)
        _quietly(os.unlink, _tmp_name(lock_path))
    finally:
        if previous is not None:
            signal.signal(signal.SIGINT, previous)


def _quietly(fn: Any, *args: Any) -> None:
    try:
        fn(*args)
    except OSError:
        pass
