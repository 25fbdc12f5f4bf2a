"""The output stage never touches what it does not own: foreign folders, user files, FIFOs, links."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from generator import output
from generator.cli import run
from generator.output import LOCK_NAME
from tests.conftest import ROOT
from tests.test_cli import SMALL_SPEC


@pytest.fixture
def spec(tmp_path: Path) -> Path:
    path = tmp_path / "tiny.yaml"
    path.write_text(SMALL_SPEC, encoding="utf-8")
    return path


def cli(*args: str, cwd: Path, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    """The CLI in a separate process, with a timeout: a test that opened a FIFO would hang."""
    return subprocess.run(
        [sys.executable, "-m", "generator", *args],
        cwd=cwd,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
        check=False,
        timeout=timeout,
    )


def listing(folder: Path) -> list[tuple[str, int, int]]:
    """Every entry below ``folder`` (links not followed) with its inode and mtime."""
    out = []
    for dirpath, dirnames, filenames in os.walk(folder):
        for name in dirnames + filenames:
            p = Path(dirpath) / name
            st = os.lstat(p)
            out.append((p.relative_to(folder).as_posix(), st.st_ino, st.st_mtime_ns))
    return sorted(out)


def fake_home(tmp_path: Path) -> Path:
    """A folder like a home directory: files, folders, and FIFOs that hang whoever opens them."""
    home = tmp_path / "home"
    (home / "projects" / "deep").mkdir(parents=True)
    (home / ".bashrc").write_text("export X=1\n", encoding="utf-8")
    (home / "notes.txt").write_text("mine\n", encoding="utf-8")
    (home / "projects" / "deep" / "code.py").write_text("x = 1\n", encoding="utf-8")
    for name in ("a-fifo", "z-fifo", "README.md"):
        os.mkfifo(home / name)
    os.mkfifo(home / "projects" / "inner-fifo")
    return home


def test_a_foreign_folder_is_refused_before_anything_is_read(tmp_path: Path) -> None:
    home = fake_home(tmp_path)
    before = listing(home)
    # the spec is a FIFO too: reading it before refusing would hang the run
    spec = tmp_path / "spec.yaml"
    os.mkfifo(spec)
    proc = cli("generate", str(spec), "--out", str(home), cwd=tmp_path)
    assert proc.returncode == 2
    assert "did not write" in proc.stderr and "--force" in proc.stderr
    assert "Traceback" not in proc.stderr
    assert listing(home) == before  # nothing written, moved or renamed
    assert sorted(p.name for p in tmp_path.iterdir()) == ["home", "spec.yaml"]  # no staging


def test_the_refusal_looks_at_one_entry_only(
    spec: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    home = tmp_path / "home"
    home.mkdir()
    for i in range(50):
        (home / f"file{i}.txt").write_text("x", encoding="utf-8")
    seen: list[str] = []
    real_scandir = os.scandir

    class Counting:
        def __init__(self, path: object) -> None:
            self.inner = real_scandir(path)  # type: ignore[call-overload]

        def __enter__(self) -> Counting:
            return self

        def __exit__(self, *exc: object) -> None:
            self.inner.close()

        def __iter__(self) -> Counting:
            return self

        def __next__(self) -> os.DirEntry[str]:
            entry = next(self.inner)
            seen.append(entry.name)
            return entry

    monkeypatch.setattr(output.os, "scandir", Counting)
    opened: list[str] = []
    real_open = os.open
    monkeypatch.setattr(
        output.os,
        "open",
        lambda path, *a, **k: (opened.append(str(path)), real_open(path, *a, **k))[1],
    )
    with pytest.raises(output.OutputError, match="did not write"):
        output.preflight(home)
    assert len(seen) == 1
    assert opened == []
    assert run(["generate", str(spec), "--out", str(home)]) == 2
    assert len(seen) == 2 and opened == []


def test_an_empty_folder_or_one_with_only_dotfiles_is_fine(spec: Path, tmp_path: Path) -> None:
    for name, dotfiles in (("empty", []), ("dots", [".gitkeep", ".gitignore"])):
        out = tmp_path / name
        out.mkdir()
        for dot in dotfiles:
            (out / dot).write_text("keep\n", encoding="utf-8")
        assert run(["generate", str(spec), "--out", str(out)]) == 0
        assert (out / "tiny_things" / "client.py").is_file()
        for dot in dotfiles:
            assert (out / dot).read_text() == "keep\n"


def test_force_writes_only_its_files_beside_user_files_fifos_and_sockets(
    spec: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    (out / "tests").mkdir(parents=True)
    (out / "tests" / "test_mine.py").write_text("def test(): pass\n", encoding="utf-8")
    (out / "NOTES.md").write_text("notes\n", encoding="utf-8")
    os.mkfifo(out / "pipe")
    (out / "tiny_things").mkdir()
    os.mkfifo(out / "tiny_things" / "pipe-inside")
    sock = socket.socket(socket.AF_UNIX)
    sock_path = out / "s.sock"
    try:
        sock.bind(str(sock_path))
        foreign = [e for e in listing(out)]
        refused = cli("generate", str(spec), "--out", str(out), cwd=tmp_path)
        assert refused.returncode == 2 and "did not write" in refused.stderr
        assert listing(out) == foreign
        for command in ("generate", "check", "generate"):
            args = [command, str(spec), "--out", str(out)]
            proc = cli(*args, *(["--force"] if command == "generate" else []), cwd=tmp_path)
            assert proc.returncode == 0, proc.stderr
        after = {name: (ino, mtime) for name, ino, mtime in listing(out)}
        for name, ino, mtime in foreign:  # every foreign entry: same inode, same mtime
            if name == "tiny_things":
                continue  # a user's folder that the client's files now share
            assert after[name] == (ino, mtime), name
        assert (out / "tiny_things" / "client.py").is_file()
        # the next generate needs no --force: the folder has a lock now
        spec.write_text(SMALL_SPEC.replace("displayName", "nickName"), encoding="utf-8")
        assert cli("generate", str(spec), "--out", str(out), cwd=tmp_path).returncode == 0
        assert "nick_name" in (out / "tiny_things" / "_models" / "thing.py").read_text()
    finally:
        sock.close()


def test_removed_files_take_only_the_folders_clientgen_made(spec: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert run(["generate", str(spec), "--out", str(out)]) == 0
    resources = out / "tiny_things" / "resources"
    assert (resources / "things.py").is_file()
    (out / "empty-of-mine").mkdir()
    lock = output.read_lock(out)
    assert "tiny_things/resources" in lock["dirs"]
    # the tag changes: resources/things.py goes, resources/widgets.py comes
    spec.write_text(SMALL_SPEC.replace("tags: [things]", "tags: [widgets]"), encoding="utf-8")
    assert run(["generate", str(spec), "--out", str(out)]) == 0
    assert not (resources / "things.py").exists()
    assert (out / "empty-of-mine").is_dir()  # a user's empty folder stays
    # a folder clientgen made goes with its last generated file, unless a user file is in it
    lib = tmp_path / "lib"
    output.write({"gen/a.py": "A = 1\n", "mixed/b.py": "B = 1\n", "top.py": ""}, lib)
    (lib / "mixed" / "custom.py").write_text("X = 1\n", encoding="utf-8")
    output.write({"top.py": ""}, lib)
    assert sorted(p.relative_to(lib).as_posix() for p in lib.rglob("*")) == [
        LOCK_NAME,
        "mixed",
        "mixed/custom.py",
        "top.py",
    ]


def test_an_output_folder_that_is_a_link_is_written_through(spec: Path, tmp_path: Path) -> None:
    real = tmp_path / "real"
    real.mkdir()
    link = tmp_path / "link"
    link.symlink_to(real, target_is_directory=True)
    assert run(["generate", str(spec), "--out", str(link)]) == 0
    assert link.is_symlink() and os.readlink(link) == str(real)
    assert (real / "tiny_things" / "client.py").is_file()
    assert (real / LOCK_NAME).is_file()
    assert run(["check", str(spec), "--out", str(link)]) == 0
    spec.write_text(SMALL_SPEC.replace("displayName", "nickName"), encoding="utf-8")
    assert run(["generate", str(spec), "--out", str(link)]) == 0
    assert link.is_symlink()
    assert "nick_name" in (real / "tiny_things" / "_models" / "thing.py").read_text()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["link", "real", "tiny.yaml"]


def test_links_inside_the_output_folder_are_never_followed(
    spec: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"
    assert run(["generate", str(spec), "--out", str(out)]) == 0
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "client.py").write_text("precious\n", encoding="utf-8")
    # a user swaps a generated folder for a link to another folder, and a file for a link
    resources = out / "tiny_things" / "resources"
    for f in resources.iterdir():
        f.unlink()
    resources.rmdir()
    resources.symlink_to(elsewhere, target_is_directory=True)
    (out / "tiny_things" / "errors.py").unlink()
    (out / "tiny_things" / "errors.py").symlink_to(elsewhere / "client.py")
    before = listing(elsewhere), (elsewhere / "client.py").read_text()
    spec.write_text(SMALL_SPEC.replace("displayName", "nickName"), encoding="utf-8")
    capsys.readouterr()
    assert run(["generate", str(spec), "--out", str(out)]) == 2
    assert "link" in capsys.readouterr().err
    assert (listing(elsewhere), (elsewhere / "client.py").read_text()) == before
    assert resources.is_symlink() and (out / "tiny_things" / "errors.py").is_symlink()
    assert run(["check", str(spec), "--out", str(out)]) == 1  # check reports, never follows


def test_only_changed_files_are_rewritten(spec: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert run(["generate", str(spec), "--out", str(out)]) == 0
    files = sorted(p for p in out.rglob("*") if p.is_file() and p.name != LOCK_NAME)
    past = 1_000_000_000
    for p in files:
        os.utime(p, ns=(past, past))
    inodes = {p: p.stat().st_ino for p in files}
    spec.write_text(SMALL_SPEC.replace("displayName", "nickName"), encoding="utf-8")
    assert run(["generate", str(spec), "--out", str(out)]) == 0
    touched = sorted(p.relative_to(out).as_posix() for p in files if p.stat().st_mtime_ns != past)
    assert touched in (
        ["README.md", "tiny_things/_models/thing.py"],
        ["tiny_things/_models/thing.py"],
    )
    for p in files:  # untouched files are the same inodes (never rewritten)
        if p.relative_to(out).as_posix() not in touched:
            assert p.stat().st_ino == inodes[p]
    assert run(["check", str(spec), "--out", str(out)]) == 0
