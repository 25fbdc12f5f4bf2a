"""Compare an in-memory tree with a folder, or swap it in atomically.

The folder's lock file (``clientgen.lock.json``) lists the files clientgen wrote there, so a later
run removes the ones it no longer emits and never touches files it did not write.
"""

from __future__ import annotations

import difflib
import json
import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

LOCK_NAME = "clientgen.lock.json"


class OutputError(Exception):
    """The output folder cannot be written as asked (exit 2)."""


def safe_relpath(rel: str) -> str:
    """Reject any path that could leave the output folder."""
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


def read_lock(out_dir: Path) -> dict[str, object]:
    try:
        data = json.loads((out_dir / LOCK_NAME).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def owned_files(out_dir: Path) -> set[str]:
    files = read_lock(out_dir).get("files")
    if not isinstance(files, list):
        return set()
    out = set()
    for f in files:
        try:
            out.add(safe_relpath(str(f)))
        except OutputError:
            continue
    return out


def lock_text(tree: dict[str, str], provenance: dict[str, str]) -> str:
    data = {**provenance, "files": sorted(tree)}
    return json.dumps(data, indent=2, sort_keys=True) + "\n"


@dataclass
class Drift:
    changed: list[str]
    added: list[str]
    removed: list[str]
    diff: str

    @property
    def clean(self) -> bool:
        return not (self.changed or self.added or self.removed)


def compare(tree: dict[str, str], out_dir: Path) -> Drift:
    """What writing ``tree`` (which includes its lock file) would change in ``out_dir``. Never writes."""
    changed: list[str] = []
    added: list[str] = []
    chunks: list[str] = []
    for rel in sorted(tree):
        target = out_dir / rel
        new = tree[rel]
        try:
            old = target.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            old = None
        if old == new:
            continue
        (added if old is None else changed).append(rel)
        chunks.extend(
            difflib.unified_diff(
                (old or "").splitlines(keepends=True),
                new.splitlines(keepends=True),
                fromfile=f"a/{rel}" if old is not None else "/dev/null",
                tofile=f"b/{rel}",
            )
        )
    removed = sorted(f for f in owned_files(out_dir) if f not in tree and (out_dir / f).is_file())
    for rel in removed:
        old = (out_dir / rel).read_text(encoding="utf-8", errors="replace")
        chunks.extend(
            difflib.unified_diff(old.splitlines(keepends=True), [], f"a/{rel}", "/dev/null")
        )
    diff = "".join(c if c.endswith("\n") else c + "\n" for c in chunks)
    return Drift(changed, added, removed, diff)


def write(tree: dict[str, str], out_dir: Path, force: bool = False) -> None:
    """Replace ``out_dir``'s generated files with ``tree`` in one swap; keep files clientgen never owned.

    The new folder is built beside the old one (same filesystem), then renamed into place. A failure
    or interruption before the swap leaves ``out_dir`` as it was.
    """
    for rel in tree:
        safe_relpath(rel)
    out_dir = out_dir.resolve() if out_dir.exists() else out_dir.absolute()
    if out_dir.exists() and not out_dir.is_dir():
        raise OutputError(f"{out_dir} exists and is not a folder")
    _recover(out_dir)
    owned = owned_files(out_dir) if out_dir.exists() else set()
    if out_dir.exists() and not force:
        clashes = [
            r for r in sorted(tree) if r not in owned and r != LOCK_NAME and (out_dir / r).exists()
        ]
        if clashes and not (out_dir / LOCK_NAME).exists():
            raise OutputError(
                f"{out_dir} has files clientgen did not write ({', '.join(clashes[:5])}); "
                "choose an empty folder or pass --force to overwrite them"
            )
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}.new-", dir=out_dir.parent))
    try:
        if out_dir.exists():
            _carry_over(out_dir, staging, skip=owned | set(tree))
        for rel in sorted(tree):
            target = staging / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            with open(target, "w", encoding="utf-8", newline="\n") as fh:
                fh.write(tree[rel])
                fh.flush()
                os.fsync(fh.fileno())
        _swap(staging, out_dir)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise


def _carry_over(src: Path, dst: Path, skip: set[str]) -> None:
    """Bring files clientgen does not own into the staging folder (hard links when possible).

    Folders are created as their files need them, so a folder that only held files clientgen no
    longer emits disappears; a user's empty folder is kept.
    """
    for dirpath, dirnames, filenames in os.walk(src):
        here = Path(dirpath)
        rel_dir = here.relative_to(src)
        if not dirnames and not filenames:
            (dst / rel_dir).mkdir(parents=True, exist_ok=True)
        for f in filenames:
            rel = (rel_dir / f).as_posix()
            if rel in skip or rel == LOCK_NAME:
                continue
            source, target = here / f, dst / rel_dir / f
            target.parent.mkdir(parents=True, exist_ok=True)
            if source.is_symlink():
                os.symlink(os.readlink(source), target)
                continue
            try:
                os.link(source, target)
            except OSError:
                shutil.copy2(source, target)


def _swap(staging: Path, out_dir: Path) -> None:
    if not out_dir.exists():
        os.rename(staging, out_dir)
        return
    old = out_dir.with_name(f".{out_dir.name}.old-{os.getpid()}")
    os.rename(out_dir, old)
    try:
        os.rename(staging, out_dir)
    except BaseException:
        os.rename(old, out_dir)
        raise
    shutil.rmtree(old, ignore_errors=True)


def _recover(out_dir: Path) -> None:
    """Finish or undo a swap that an earlier, killed run left half-done; drop stale staging folders."""
    parent = out_dir.parent
    if not parent.is_dir():
        return
    for entry in parent.iterdir():
        if entry.name.startswith(f".{out_dir.name}.old-") and entry.is_dir():
            if not out_dir.exists():
                os.rename(entry, out_dir)
            else:
                shutil.rmtree(entry, ignore_errors=True)
        elif entry.name.startswith(f".{out_dir.name}.new-") and entry.is_dir():
            shutil.rmtree(entry, ignore_errors=True)
