"""How the pipeline spends its time on big specs, checked without timing anything: the cycle
collector runs less often while a tree is rendered (and the caller's settings come back), and the
templates' files are formatted in the background while the set makes its last files."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest

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
