"""The golden cases' expected trees, with the runtime modules kept once.

Every golden case emits the same runtime modules (Python `_http.py`, `_pagination.py`, ...;
TypeScript `src/core.ts`, `src/pagination.ts`), which differ between cases in a few lines (the
base URL, the error class's name). So that tests/golden holds each of them once,
tests/golden/runtime/<target>/ holds one pinned copy of each (as the reference case, `enums`,
emits it), and a case's folder holds its own files (`expected/`, `expected_typescript/`) and a
diff (`runtime.diff`, `runtime_typescript.diff`): for each runtime module the case emits, a
header, and the lines where its copy differs from the pinned one (zero-context unified hunks).
`expected_tree` puts the two together into the tree the case must produce, byte for byte;
`store` does the reverse when the golden files are refreshed (CLIENTGEN_REFRESH_GOLDEN=1).
"""

from __future__ import annotations

import difflib
import re
import shutil
from pathlib import Path

GOLDEN = Path(__file__).resolve().parent / "golden"
RUNTIME = GOLDEN / "runtime"
#: the case whose runtime modules are the pinned copies
REFERENCE = "enums"
#: target -> (the case's folder of its own files, its diff's file name)
TARGETS = {
    "python": ("expected", "runtime.diff"),
    "typescript": ("expected_typescript", "runtime_typescript.diff"),
}
PYTHON_RUNTIME = (
    "_auth.py",
    "_http.py",
    "_pagination.py",
    "_serialize.py",
    "_streaming.py",
    "_unions.py",
)
TYPESCRIPT_RUNTIME = ("src/core.ts", "src/pagination.ts")
_HUNK = re.compile(r"@@ -(\d+),(\d+) \+(\d+),(\d+) @@\n")


def runtime_name(target: str, rel: str) -> str | None:
    """The pinned module a file of a tree is a copy of (None: one of the case's own files)."""
    if target == "python":
        parts = rel.split("/")
        return parts[1] if len(parts) == 2 and parts[1] in PYTHON_RUNTIME else None
    return rel.rsplit("/", 1)[-1] if rel in TYPESCRIPT_RUNTIME else None


def read_tree(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def _lines(text: str) -> list[str]:
    """Lines with their "\\n" (only "\\n" ends a line: a form feed inside one stays there)."""
    parts = text.split("\n")
    return [p + "\n" for p in parts[:-1]] + ([parts[-1]] if parts[-1] else [])


def _diff(pinned: bytes, copy: bytes) -> list[str]:
    old, new = _lines(pinned.decode("utf-8")), _lines(copy.decode("utf-8"))
    out = []
    matcher = difflib.SequenceMatcher(None, old, new, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag != "equal":
            # 1-based starts, as diff writes them (a hunk that adds lines names the line before)
            old_start, new_start = i1 + (i2 > i1), j1 + (j2 > j1)
            out.append(f"@@ -{old_start},{i2 - i1} +{new_start},{j2 - j1} @@\n")
            out += ["-" + line for line in old[i1:i2]] + ["+" + line for line in new[j1:j2]]
    return out


def _patch(pinned: bytes, hunks: list[str]) -> bytes:
    old = _lines(pinned.decode("utf-8"))
    out: list[str] = []
    pos = i = 0
    while i < len(hunks):
        match = _HUNK.fullmatch(hunks[i])
        assert match, f"not a hunk header: {hunks[i]!r}"
        first, removed, _, added = (int(g) for g in match.groups())
        start = first - 1 if removed else first  # 0-based: the first line removed, or added after
        gone = [line[1:] for line in hunks[i + 1 : i + 1 + removed]]
        assert gone == old[start : start + removed], "the pinned copy changed under the diff"
        out += old[pos:start] + [
            line[1:] for line in hunks[i + 1 + removed : i + 1 + removed + added]
        ]
        pos, i = start + removed, i + 1 + removed + added
    return "".join(out + old[pos:]).encode("utf-8")


def _parse(text: str) -> dict[str, list[str]]:
    """A case's diff: {path in the tree: its hunks}."""
    lines = _lines(text)
    found: dict[str, list[str]] = {}
    i = 0
    while i < len(lines):
        assert lines[i].startswith("--- ") and lines[i + 1].startswith("+++ "), lines[i]
        rel = lines[i + 1][4:].rstrip("\n")
        found[rel] = []
        i += 2
        while i < len(lines) and (match := _HUNK.fullmatch(lines[i])):
            size = 1 + int(match.group(2)) + int(match.group(4))
            found[rel] += lines[i : i + size]
            i += size
    return found


def expected_tree(case: str, target: str) -> dict[str, bytes]:
    """The tree a golden case must produce for a target (`python` or `typescript`)."""
    folder, diff_name = TARGETS[target]
    tree = read_tree(GOLDEN / case / folder)
    diff = GOLDEN / case / diff_name
    if diff.is_file():
        for rel, hunks in _parse(diff.read_text(encoding="utf-8")).items():
            name = runtime_name(target, rel)
            assert name is not None, f"{diff}: {rel} is no runtime module"
            tree[rel] = _patch((RUNTIME / target / name).read_bytes(), hunks)
    return dict(sorted(tree.items()))


def write_tree(tree: dict[str, bytes], folder: Path) -> Path:
    """Write a tree (as `expected_tree` gives it) into a folder, for tools that read files."""
    for rel, data in tree.items():
        path = folder / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    return folder


def pin(target: str, reference: dict[str, bytes]) -> None:
    """Pin the runtime modules of the reference case's freshly generated tree."""
    folder = RUNTIME / target
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    for rel, data in reference.items():
        name = runtime_name(target, rel)
        if name is not None:
            (folder / name).write_bytes(data)


def store(case: str, target: str, tree: dict[str, bytes]) -> None:
    """Store a case's freshly generated tree as its golden files: its own files, and how its
    runtime modules differ from the pinned copies (`pin` them first)."""
    folder, diff_name = TARGETS[target]
    own: dict[str, bytes] = {}
    parts: list[str] = []
    for rel, data in tree.items():
        name = runtime_name(target, rel)
        pinned = RUNTIME / target / name if name is not None else None
        if pinned is None or not pinned.is_file() or not data.endswith(b"\n"):
            own[rel] = data
            continue
        parts += [
            f"--- runtime/{target}/{name}\n",
            f"+++ {rel}\n",
            *_diff(pinned.read_bytes(), data),
        ]
    shutil.rmtree(GOLDEN / case / folder, ignore_errors=True)
    write_tree(own, GOLDEN / case / folder)
    diff = GOLDEN / case / diff_name
    if parts:
        diff.write_text("".join(parts), encoding="utf-8")
    else:
        diff.unlink(missing_ok=True)
