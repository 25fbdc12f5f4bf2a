"""How the pipeline spends its time on big specs, checked without timing anything: the cycle
collector runs less often while a tree is rendered (and the caller's settings come back), and the
templates' files are formatted in the background while the set makes its last files."""

from __future__ import annotations

import gc
import threading
from pathlib import Path

import pytest

from generator import format as fmt
from generator import pipeline
from generator.problems import UserError
from tests.test_cli import SMALL_SPEC


def _spec(tmp_path: Path, text: str = SMALL_SPEC) -> str:
    path = tmp_path / "spec.yaml"
    path.write_text(text, encoding="utf-8")
    return str(path)


def test_the_collector_runs_less_often_while_rendering_and_is_restored(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[tuple[int, int, int]] = []
    from generator.ir import build as build_module

    real = build_module.build

    def spy(doc):  # type: ignore[no-untyped-def]
        seen.append(gc.get_threshold())
        return real(doc)

    monkeypatch.setattr(build_module, "build", spy)
    before = gc.get_threshold()
    gc.set_threshold(600, 9, 8)
    try:
        pipeline.render(_spec(tmp_path), "python")
        assert seen == [pipeline.GC_THRESHOLDS]
        assert gc.get_threshold() == (600, 9, 8)
        # and after a failed run too
        with pytest.raises(UserError):
            pipeline.render(_spec(tmp_path, "openapi: 3.1.0\ninfo: {}\n"), "python")
        assert gc.get_threshold() == (600, 9, 8)
    finally:
        gc.set_threshold(*before)


def test_background_formatting_gives_its_result_or_its_error() -> None:
    main = threading.get_ident()
    ran_in: list[int] = []

    def work() -> str:
        ran_in.append(threading.get_ident())
        return "done"

    assert fmt.background(work)() == "done"
    assert ran_in and ran_in[0] != main

    def fails() -> str:
        raise fmt.FormatError("ruff failed")

    waiting = fmt.background(fails)
    with pytest.raises(fmt.FormatError, match="ruff failed"):
        waiting()
    # work nobody waits for (a run that failed meanwhile) is waited for by settle()
    release = threading.Event()
    finished: list[bool] = []

    def slow() -> None:
        release.wait(5)
        finished.append(True)

    fmt.background(slow)
    release.set()
    fmt.settle()
    assert finished == [True]


def test_templates_and_the_models_made_last_give_the_one_call_tree(tmp_path: Path) -> None:
    """render_parts (the templates' files first, the models modules from ``later``) adds up to
    what render gives, and the models modules come only from ``later``."""
    from generator import targets
    from generator.ir.build import build
    from generator.spec.load import load

    api, _ = build(load(_spec(tmp_path)))
    manifest = targets.load_set("python")
    first, later = targets.render_parts(manifest, api)
    last = later()
    assert last and not set(first) & set(last)
    assert any(path.endswith("/models.py") for path in last)
    assert not any("/_models/" in path or path.endswith("/models.py") for path in first)
    assert {**first, **last} == targets.render(manifest, api)
