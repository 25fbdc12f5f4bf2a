"""The models stage in a second process (generator/targets/python/models.py Worker): the same
bytes as in-process, used when started, and never a cause of failure or a leftover process."""

from __future__ import annotations

import pickle
import sys
from pathlib import Path

import pytest

from generator import pipeline
from generator.problems import UserError
from generator.targets.python import models, naming
from tests.conftest import VAPI_SPEC, generate_into
from tests.test_golden import GOLDEN, read_tree

CASES = ["discriminated_union", "collisions", "write_only"]


def _no_in_process_models(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(document: object) -> object:
        raise AssertionError("the models were made in this process, not by the worker")

    monkeypatch.setattr(models, "run_dmcg", refuse)


@pytest.mark.parametrize("case", CASES)
def test_the_worker_makes_the_golden_bytes(
    case: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(models.WORKER_ENV, "1")
    _no_in_process_models(monkeypatch)  # only the worker (another process) can make them
    out = tmp_path / "out"
    generate_into(GOLDEN / case / "spec.yaml", out)
    assert read_tree(out) == read_tree(GOLDEN / case / "expected")


def test_the_phone_spec_is_the_same_either_way(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(models.WORKER_ENV, "0")
    alone = pipeline.render(str(VAPI_SPEC), "python").tree
    monkeypatch.setenv(models.WORKER_ENV, "1")
    with monkeypatch.context() as m:
        _no_in_process_models(m)
        beside = pipeline.render(str(VAPI_SPEC), "python").tree
    assert beside == alone


def _worker(code: str) -> models.Worker:
    return models.Worker([sys.executable, "-c", code])


@pytest.mark.parametrize(
    "code",
    [
        "import sys; sys.exit(3)",  # dies
        "import sys; sys.stdin.buffer.read(); sys.stdout.write('not a pickle')",
        "import sys, pickle; sys.stdin.buffer.read(); "
        "sys.stdout.buffer.write(pickle.dumps(('error', 'boom')))",
    ],
)
def test_a_failing_worker_falls_back_to_this_process(code: str) -> None:
    """Whatever the worker does, the models come from run_dmcg here (which reports real errors)."""
    api = pipeline.build_ir(str(GOLDEN / "collisions" / "spec.yaml"))[0]
    taken = naming.Names()
    document = models.models_document(
        api, {s.name: naming.class_name(s.name, s.words, taken) for s in api.schemas}
    )
    expected = models.run_dmcg(document)
    worker = _worker(code)
    assert worker.run(document) == expected
    assert worker.proc.poll() is not None


def test_a_worker_reply_is_used_as_it_is() -> None:
    reply = ("ok", ("# models\n", {"models": []}))
    worker = _worker(
        "import sys, pickle; sys.stdin.buffer.read(); "
        f"sys.stdout.buffer.write(pickle.dumps({reply!r}))"
    )
    assert worker.run({"components": {"schemas": {}}}) == reply[1]
    assert pickle.loads(pickle.dumps(reply)) == reply


def test_an_unused_worker_is_stopped_when_the_run_fails(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(models.WORKER_ENV, "1")
    started: list[models.Worker] = []
    original = models.start_worker

    def spy() -> models.Worker | None:
        worker = original()
        if worker is not None:
            started.append(worker)
        return worker

    monkeypatch.setattr(models, "start_worker", spy)
    monkeypatch.setattr("generator.targets.python.target.start_worker", spy)
    broken = tmp_path / "broken.yaml"
    broken.write_text("openapi: 3.1.0\ninfo: {title: x}\npaths: []\n", encoding="utf-8")
    with pytest.raises(UserError):
        pipeline.render(str(broken), "python")
    assert len(started) == 1
    assert started[0].proc.poll() is not None  # ended, not left waiting
    assert models._WORKER == []


def test_no_worker_when_asked_not_to_or_already_loaded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(models.WORKER_ENV, "0")
    assert models.start_worker() is None
    monkeypatch.delenv(models.WORKER_ENV)
    import datamodel_code_generator.config  # noqa: F401 - as in a host that ran the tool before

    assert models.start_worker() is None  # the imports are done: nothing left to overlap
