"""The code cache (generator/codecache.py) of the models worker and of the command: the code
dataclasses and typing compile from strings (datamodel-code-generator's imports, clientgen's own),
kept across runs. It must give exactly the
code compiling gives, never change the models, and treat any unreadable or foreign file as a miss."""

from __future__ import annotations

import marshal
import os
import pickle
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from generator import cache, pipeline
from generator.codecache import STAMP, CodeCache, cache_file
from generator.targets.python import dmcg_call, models
from tests.conftest import VAPI_SPEC, cli, emitted_files

# compiled in a module without __future__ imports, as dataclasses and typing compile their texts
_PLAIN = {"__builtins__": __builtins__}
_SOURCE = "def plain(text, filename, mode):\n    return compile(text, filename, mode)\n"
exec(compile(_SOURCE, "<plain>", "exec", dont_inherit=True), _PLAIN)

TEXTS = [
    (
        "def __create_fn__(_type_x):\n def __init__(self, x:_type_x):\n  self.x=x\n return __init__",
        "exec",
    ),
    ("list[Foo] | None", "eval"),
    ("def __create_fn__():\n def f(a) -> 'int':\n  return a\n return f", "exec"),
]


def _same(a: Any, b: Any) -> bool:
    """The same code: equal code objects (bytecode, constants - nested code included -, names,
    flags, line table), from the same file name."""
    return bool(a == b and a.co_filename == b.co_filename and a.co_flags == b.co_flags)


@pytest.mark.parametrize(("text", "mode"), TEXTS)
def test_the_cached_code_is_what_compiling_gives(text: str, mode: str, tmp_path: Path) -> None:
    path = str(tmp_path / "codes.marshal")
    first = CodeCache(path)
    code = first.code(text, "<string>", mode)
    assert _same(code, _PLAIN["plain"](text, "<string>", mode))
    first.save()
    again = CodeCache(path)
    assert again.codes and _same(again.code(text, "<string>", mode), code) and again.missed == 0


def test_the_cache_passes_on_no_future_flags_of_its_own() -> None:
    """dmcg_call (like this test module) compiles with ``from __future__ import annotations``; the
    cache's code must not: an annotation stays an evaluated expression, as in dataclasses."""
    text = "def f(a) -> int:\n    return a\n"
    here = compile(text, "<string>", "exec")  # inherits this module's annotations flag
    cached = CodeCache(None).code(text, "<string>", "exec")
    assert not _same(here, _PLAIN["plain"](text, "<string>", "exec"))
    assert _same(cached, _PLAIN["plain"](text, "<string>", "exec"))
    namespace: dict[str, object] = {}
    exec(cached, namespace)
    assert namespace["f"].__annotations__ == {"return": int}  # type: ignore[attr-defined]


def test_an_unreadable_or_foreign_file_is_a_miss(tmp_path: Path) -> None:
    path = tmp_path / "codes.marshal"
    for content in (b"", b"not marshal", marshal.dumps(("2.7.18", {("x", "<string>", "eval"): 1}))):
        path.write_bytes(content)
        assert CodeCache(str(path)).codes == {}
    assert CodeCache(str(tmp_path / "missing")).codes == {}
    none = CodeCache(None)
    none.code("1 + 1", "<string>", "eval")
    none.save()  # nowhere to write: nothing happens


def test_the_cache_file_is_in_clientgens_cache_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CLIENTGEN_CACHE_DIR", str(tmp_path / "c"))
    found = cache_file("x")
    assert found is not None and Path(found).parent == cache.cache_dir("code")
    monkeypatch.setenv("CLIENTGEN_CACHE_DIR", "")
    assert cache_file("x") is None and cache.cache_dir("code") is None
    monkeypatch.delenv("CLIENTGEN_CACHE_DIR")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    found = cache_file("x")
    assert found is not None and Path(found).parent == cache.cache_dir("code")
    (tmp_path / "xdg" / "clientgen" / "code").chmod(0o777)  # others could write there: not used
    assert cache_file("x") is None and cache.cache_dir("code") is None


def test_only_modules_without_future_flags_are_given_the_cache() -> None:
    import __future__

    import dataclasses
    import typing

    for module in (dataclasses, typing):
        assert not any(isinstance(v, __future__._Feature) for v in vars(module).values())


def _worker_reply(document: object, env: dict[str, str]) -> bytes:
    request = pickle.dumps((document, models.dmcg_options(document)))  # type: ignore[arg-type]
    proc = subprocess.run(
        [sys.executable, "-S", "-P", dmcg_call.__file__],
        input=request,
        capture_output=True,
        env={
            **os.environ,
            "PYDANTIC_DISABLE_PLUGINS": "__all__",
            dmcg_call.PATH_ENV: repr(sys.path),
            **env,
        },
        check=True,
        timeout=120,
    )
    return proc.stdout


def test_a_worker_with_the_cache_replies_the_same_bytes(tmp_path: Path) -> None:
    """Three workers on the phone spec's models document: no cache, a cache being filled, a cache
    filled before (which it does not rewrite: it met no text it did not hold)."""
    api = pipeline.build_ir(str(VAPI_SPEC))[0]
    from generator.targets.python import naming

    taken = naming.Names()
    document = models.models_document(
        api, {s.name: naming.class_name(s.name, s.words, taken) for s in api.schemas}
    )
    plain = _worker_reply(document, {"CLIENTGEN_CACHE_DIR": ""})
    folder = tmp_path / "cache"
    filling = _worker_reply(document, {"CLIENTGEN_CACHE_DIR": str(folder)})
    (saved,) = (folder / "code").iterdir()
    stamp = saved.stat().st_mtime_ns
    version, codes = marshal.loads(saved.read_bytes())
    assert version == STAMP and len(codes) > 500
    filled = _worker_reply(document, {"CLIENTGEN_CACHE_DIR": str(folder)})
    assert saved.stat().st_mtime_ns == stamp
    assert plain == filling == filled
    outcome = pickle.loads(filled)
    assert outcome[0] == "ok" and "class " in outcome[1][0]


def test_the_command_keeps_its_own_code_and_writes_the_same_bytes(tmp_path: Path) -> None:
    """`python -m generator`: a first run fills the command's file (and the worker's), a second
    reads them without writing again; both write the same client as a run without the cache."""
    folder = tmp_path / "cache"
    trees = []
    for setting in ("", str(folder), str(folder)):
        out = tmp_path / f"out{len(trees)}"
        run = cli(
            "generate",
            str(VAPI_SPEC),
            "--out",
            str(out),
            cwd=tmp_path,
            timeout=120,
            env={"CLIENTGEN_CACHE_DIR": setting},
        )
        assert run.returncode == 0, run.stderr
        trees.append(emitted_files(out))
        if len(trees) == 2:
            files = sorted((folder / "code").iterdir())
            assert [f.name.split(".")[0] for f in files] == [
                "clientgen-imports",
                "datamodel-code-generator-imports",
            ]
            stamps = [f.stat().st_mtime_ns for f in files]
    assert [f.stat().st_mtime_ns for f in files] == stamps  # the second run met nothing new
    assert trees[0] == trees[1] == trees[2]


def test_a_damaged_entry_is_compiled_again(tmp_path: Path) -> None:
    path = tmp_path / "codes.marshal"
    key = ("1 + 2", "<string>", "eval")
    for entry in (b"\x00garbage", 17, marshal.dumps(compile("1 + 2", "<string>", "eval"))):
        path.write_bytes(marshal.dumps((STAMP, {key: entry})))
        codes = CodeCache(str(path))
        assert eval(codes.code(*key)) == 3
        assert codes.missed == (0 if isinstance(entry, bytes) and entry[:1] != b"\x00" else 1)


def test_a_file_with_another_stamp_is_a_miss(tmp_path: Path) -> None:
    """A file another clientgen wrote (another entry layout, e.g. the first one, stamped with the
    Python version alone) or another Python wrote is never read, however good its entries look."""
    path = tmp_path / "codes.marshal"
    key = ("1 + 2", "<string>", "eval")
    entry = marshal.dumps(compile("1 + 2", "<string>", "eval"))
    for stamp in (sys.version, STAMP.replace("cache 2;", "cache 3;"), STAMP + "x"):
        path.write_bytes(marshal.dumps((stamp, {key: entry})))
        codes = CodeCache(str(path))
        assert codes.codes == {}
        assert eval(codes.code(*key)) == 3 and codes.missed == 1
    path.write_bytes(marshal.dumps((STAMP, {key: entry})))
    codes = CodeCache(str(path))
    assert eval(codes.code(*key)) == 3 and codes.missed == 0
