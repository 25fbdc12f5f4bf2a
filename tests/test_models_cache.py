"""The models stage's cache (generator/targets/python/models_cache.py): a document seen before
skips datamodel-code-generator, gives the same bytes, and a changed input is never served."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from generator import pipeline
from generator.targets.python import dmcg_call, models_cache
from tests.conftest import VAPI_SPEC, emitted_files


def _calls(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Count the tool's calls in this process (no models worker: one process)."""
    calls: list[int] = []
    original = dmcg_call.call

    def spy(document: dict[str, Any], options: dict[str, Any]) -> Any:
        calls.append(len(document["components"]["schemas"]))
        return original(document, options)

    monkeypatch.setattr(dmcg_call, "call", spy)
    monkeypatch.setenv("CLIENTGEN_MODELS_WORKER", "0")
    return calls


@pytest.fixture
def cache_on(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv("CLIENTGEN_CACHE_DIR", str(folder))
    monkeypatch.setenv(models_cache.ENV, "1")
    return folder / "models"


def test_second_run_skips_the_tool_with_the_same_bytes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, cache_on: Path
) -> None:
    calls = _calls(monkeypatch)
    pipeline.generate(str(VAPI_SPEC), "python", tmp_path / "a")
    assert len(calls) == 1
    assert len(list(cache_on.glob("*.json"))) == 1
    pipeline.generate(str(VAPI_SPEC), "python", tmp_path / "b")
    assert len(calls) == 1  # served from the cache
    monkeypatch.setenv(models_cache.ENV, "0")
    pipeline.generate(str(VAPI_SPEC), "python", tmp_path / "c")
    assert len(calls) == 2  # turned off: made again
    assert (
        emitted_files(tmp_path / "a")
        == emitted_files(tmp_path / "b")
        == emitted_files(tmp_path / "c")
    )


def test_a_changed_schema_or_tool_version_is_a_miss(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, cache_on: Path
) -> None:
    calls = _calls(monkeypatch)
    spec = tmp_path / "spec.yaml"
    text = VAPI_SPEC.read_text(encoding="utf-8")
    spec.write_text(text, encoding="utf-8")
    pipeline.generate(str(spec), "python", tmp_path / "a")
    # a description that reaches a docstring: another document, another entry
    schemas = text.index("\n  schemas:")
    old = "description: A phone number, in the shape of its provider"
    assert text.index(old) > schemas
    spec.write_text(text.replace(old, "description: A number, shaped by its provider", 1))
    pipeline.generate(str(spec), "python", tmp_path / "b")
    assert len(calls) == 2
    real = models_cache.dist_version
    monkeypatch.setattr(
        models_cache,
        "dist_version",
        lambda d: "9.9.9" if d == "datamodel-code-generator" else real(d),
    )
    pipeline.generate(str(spec), "python", tmp_path / "c")
    assert len(calls) == 3
    assert len(list(cache_on.glob("*.json"))) == 3


def test_a_damaged_entry_is_a_miss(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, cache_on: Path
) -> None:
    calls = _calls(monkeypatch)
    pipeline.generate(str(VAPI_SPEC), "python", tmp_path / "a")
    [entry] = cache_on.glob("*.json")
    entry.write_text(entry.read_text(encoding="utf-8")[:1000], encoding="utf-8")  # cut short
    pipeline.generate(str(VAPI_SPEC), "python", tmp_path / "b")
    assert len(calls) == 2
    # an entry copied under another document's name is not served for that name
    data = json.loads(entry.read_text(encoding="utf-8"))
    other = cache_on / ("0" * 64 + ".json")
    other.write_text(json.dumps(data), encoding="utf-8")
    assert models_cache.cache.load("models", "0" * 64) is None
    assert emitted_files(tmp_path / "a") == emitted_files(tmp_path / "b")


def test_a_hit_stops_the_early_models_process(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, cache_on: Path
) -> None:
    """With the models worker on, a hit ends the process that was started for the call."""
    monkeypatch.setenv("CLIENTGEN_MODELS_WORKER", "1")
    pipeline.generate(str(VAPI_SPEC), "python", tmp_path / "a")
    stopped: list[bool] = []
    from generator.targets.python import models

    real_stop = models.stop_worker

    def stop() -> None:
        stopped.append(bool(models._WORKER))
        real_stop()

    monkeypatch.setattr(models, "stop_worker", stop)
    pipeline.generate(str(VAPI_SPEC), "python", tmp_path / "b")
    assert True in stopped  # a worker was running when the hit stopped it
    assert not models._WORKER
    assert emitted_files(tmp_path / "a") == emitted_files(tmp_path / "b")
