"""The compiled-template cache (generator/render.py TemplateCache): used when safe, never trusted
blindly, and never a cause of different bytes."""

from __future__ import annotations

import os
from pathlib import Path

import jinja2
import pytest

from generator import pipeline, render
from tests.conftest import VAPI_SPEC


def _set(root: Path, body: str) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    (root / "a.txt.j2").write_text(body, encoding="utf-8")
    return root


def _render(templates: Path) -> str:
    tree = render.render_tree(
        templates, {"name": "World"}, {}, [{"template": "a.txt.j2", "path": "a.txt"}]
    )
    return tree["a.txt"]


def _count_compiles(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    compiled: list[str] = []
    original = jinja2.Environment.compile

    def spy(self: jinja2.Environment, source: str, name: str | None = None, *a, **k):  # type: ignore[no-untyped-def]
        compiled.append(name or "")
        return original(self, source, name, *a, **k)

    monkeypatch.setattr(jinja2.Environment, "compile", spy)
    return compiled


def test_second_run_loads_compiled_templates_and_renders_the_same(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CLIENTGEN_CACHE_DIR", str(tmp_path / "cache"))
    templates = _set(
        tmp_path / "set", "Hello {{ name | upper }}!\n{% for c in name %}{{ c }}{% endfor %}\n"
    )
    compiled = _count_compiles(monkeypatch)
    first = _render(templates)
    assert compiled == ["a.txt.j2"]
    entries = list((tmp_path / "cache" / "templates").glob("*.jinja"))
    assert len(entries) == 1
    assert _render(templates) == first == "Hello WORLD!\nWorld"
    assert compiled == ["a.txt.j2"]  # the second run compiled nothing


def test_an_edited_template_is_compiled_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CLIENTGEN_CACHE_DIR", str(tmp_path / "cache"))
    templates = _set(tmp_path / "set", "one {{ name }}\n")
    assert _render(templates) == "one World\n"
    _set(templates, "two {{ name }}\n")
    assert _render(templates) == "two World\n"


def test_damaged_entries_are_compiled_again_and_replaced(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CLIENTGEN_CACHE_DIR", str(tmp_path / "cache"))
    templates = _set(tmp_path / "set", "Hi {{ name }}\n")
    assert _render(templates) == "Hi World\n"
    (entry,) = (tmp_path / "cache" / "templates").glob("*.jinja")
    good = entry.read_bytes()
    for damaged in (b"", b"garbage", good[: len(good) // 2], good[:-3] + b"\xff\xff\xff"):
        entry.write_bytes(damaged)
        compiled = _count_compiles(monkeypatch)
        assert _render(templates) == "Hi World\n"
        assert compiled == ["a.txt.j2"]
        assert entry.read_bytes() == good
        monkeypatch.undo()
        monkeypatch.setenv("CLIENTGEN_CACHE_DIR", str(tmp_path / "cache"))


def test_the_same_source_at_another_path_has_its_own_entry(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Compiled code names its file (template errors are located by it), so a copied set never
    runs code compiled for the original."""
    monkeypatch.setenv("CLIENTGEN_CACHE_DIR", str(tmp_path / "cache"))
    _render(_set(tmp_path / "one", "x {{ name }}\n"))
    _render(_set(tmp_path / "two", "x {{ name }}\n"))
    assert len(list((tmp_path / "cache" / "templates").glob("*.jinja"))) == 2


def test_unsafe_or_unusable_folders_are_not_used(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CLIENTGEN_CACHE_DIR", "")
    assert render.template_cache() is None
    shared = tmp_path / "shared"
    (shared / "templates").mkdir(parents=True)
    os.chmod(shared / "templates", 0o777)  # others could plant entries: never load from it
    monkeypatch.setenv("CLIENTGEN_CACHE_DIR", str(shared))
    assert render.template_cache() is None
    (tmp_path / "file").write_text("", encoding="utf-8")
    monkeypatch.setenv("CLIENTGEN_CACHE_DIR", str(tmp_path / "file"))
    assert render.template_cache() is None
    # and rendering still works without one
    assert _render(_set(tmp_path / "set", "ok {{ name }}\n")) == "ok World\n"


def test_default_folder_follows_xdg_cache_home(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("CLIENTGEN_CACHE_DIR", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    cache = render.template_cache()
    assert cache is not None
    assert cache.directory == tmp_path / "xdg" / "clientgen" / "templates"
    assert (cache.directory.stat().st_mode & 0o777) == 0o700


def test_a_client_is_byte_identical_with_and_without_the_cache(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CLIENTGEN_CACHE_DIR", "")
    plain = pipeline.render(str(VAPI_SPEC), "python").tree
    monkeypatch.setenv("CLIENTGEN_CACHE_DIR", str(tmp_path / "cache"))
    filled = pipeline.render(str(VAPI_SPEC), "python").tree  # compiles and stores
    compiled = _count_compiles(monkeypatch)
    cached = pipeline.render(str(VAPI_SPEC), "python").tree  # loads
    assert not [name for name in compiled if name.endswith(".j2")]
    assert plain == filled == cached
