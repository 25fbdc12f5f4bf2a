"""The command's early start (generator/early.py): a cold run of the python set starts its models
process before the rest of clientgen is imported; anything unusual starts nothing early; what was
started is the process the models stage uses, or it is stopped."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from generator import early, output, pipeline
from generator.targets import load_set
from generator.targets.python import dmcg_call, models
from tests.conftest import ROOT, VAPI_SPEC, cli, emitted_files


@pytest.mark.parametrize(
    ("argv", "plan"),
    [
        (["generate", "s.yaml", "--out", "o"], ("python", "o")),
        (["check", "s.yaml", "--out=o", "--lang", "typescript", "-v"], ("typescript", "o")),
        (
            ["generate", "--strict", "--out", "o", "s.yaml", "--package-name=p", "--force"],
            ("python", "o"),
        ),
    ],
)
def test_a_plain_cold_run_is_planned(argv: list[str], plan: tuple[str, str]) -> None:
    assert early._plan(argv) == plan


@pytest.mark.parametrize(
    "argv",
    [
        [],
        ["validate", "s.yaml"],
        ["generate"],  # every target of [tool.clientgen]: maybe several, run in forked processes
        ["generate", "s.yaml"],  # no --out: argparse refuses it
        ["generate", "a.yaml", "b.yaml", "--out", "o"],
        [
            "generate",
            "s.yaml",
            "--out",
            "o",
            "--templates",
            "t",
        ],  # a user's set: not imported early
        ["generate", "s.yaml", "--out", "o", "--plugin", "cmd"],
        ["generate", "s.yaml", "--out", "o", "--help"],
        ["generate", "s.yaml", "--ou", "o"],  # an abbreviation argparse would take: not guessed
        ["generate", "s.yaml", "--out", "o", "-vq"],
        ["generate", "s.yaml", "--out", "o", "--strict=1"],
        ["generate", "s.yaml", "--out"],
        ["generate", "s.yaml", "--out", "o", "--", "x"],
    ],
)
def test_anything_else_starts_nothing_early(argv: list[str]) -> None:
    assert early._plan(argv) is None


def test_the_start_line_of_a_manifest() -> None:
    assert early.start_key("name: x\nstart: a.b_c.d  # light\nmodule: m\n") == "a.b_c.d"
    assert early.start_key("name: x\n") is None
    for spelled in ('start: "a.b"', "start: a-b", "start:", "start: [a]", "start: a b"):
        assert early.start_key(f"name: x\n{spelled}\n") is None
    # the built-in sets: the line this module reads says what the YAML says
    for lang in ("python", "typescript"):
        manifest = load_set(lang, check_ir=False)
        text = (manifest.root / "manifest.yaml").read_text(encoding="utf-8")
        assert early.start_key(text) == manifest.start


def test_the_lock_name_is_the_output_stages() -> None:
    assert early.LOCK_NAME == output.LOCK_NAME


def test_a_folder_with_a_lock_starts_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(models.WORKER_ENV, "1")
    (tmp_path / early.LOCK_NAME).write_text("{}", encoding="utf-8")
    assert early.begin(["generate", str(VAPI_SPEC), "--out", str(tmp_path)]) is None
    assert dmcg_call._STARTED == []
    # an unknown language is the full command's error to report, not this module's
    assert (
        early.begin(["generate", str(VAPI_SPEC), "--out", str(tmp_path / "x"), "--lang", "../x"])
        is None
    )


def test_the_early_worker_is_the_one_that_makes_the_models(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(models.WORKER_ENV, "1")
    spawned: list[object] = []
    original = dmcg_call.spawn

    def counted(argv: list[str] | None = None) -> dmcg_call.Process:
        proc = original(argv)
        spawned.append(proc)
        return proc

    def refuse(document: object, options: object = None) -> object:
        raise AssertionError("the models were made in this process, not by the worker")

    monkeypatch.setattr(dmcg_call, "spawn", counted)
    stop = early.begin(["generate", str(VAPI_SPEC), "--out", str(tmp_path / "out")])
    assert stop is not None and len(spawned) == 1
    with monkeypatch.context() as m:
        m.setattr(models, "run_dmcg", refuse)
        tree = pipeline.render(str(VAPI_SPEC), "python").tree
    stop()
    assert len(spawned) == 1  # the pipeline's start hook kept the early process
    assert spawned[0].poll() is not None  # type: ignore[attr-defined]
    monkeypatch.setenv(models.WORKER_ENV, "0")
    assert pipeline.render(str(VAPI_SPEC), "python").tree == tree


def test_an_early_worker_nobody_takes_is_stopped(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(models.WORKER_ENV, "1")
    stop = early.begin(["generate", str(VAPI_SPEC), "--out", str(tmp_path / "out")])
    assert stop is not None
    proc = dmcg_call._STARTED[-1]
    stop()
    assert dmcg_call._STARTED == [] and proc.poll() is not None


def _python(code: str, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT), **env},
        check=True,
        timeout=120,
    )


def test_the_early_start_loads_nothing_heavy(tmp_path: Path) -> None:
    """The worker starts before YAML, jinja2, the pipeline, argparse, typing, pathlib, json,
    subprocess, dataclasses or re are imported: each is several milliseconds of the critical path."""
    heavy = (
        "yaml jinja2 generator.cli generator.pipeline generator.targets.manifest argparse typing "
        "pathlib json subprocess dataclasses re datamodel_code_generator"
    ).split()
    code = (
        "import sys\n"
        "from generator import early\n"
        "from generator.targets.python import dmcg_call\n"
        f"stop = early.begin(['generate', {str(VAPI_SPEC)!r}, '--out', {str(tmp_path / 'o')!r}])\n"
        f"loaded = sorted(m for m in {heavy!r} if m in sys.modules)\n"
        "started = len(dmcg_call._STARTED)\n"
        "stop()\n"
        "print(loaded, started)\n"
    )
    proc = _python(code, **{models.WORKER_ENV: "1"})
    assert proc.stdout.strip() == "[] 1"


def test_the_command_generates_the_same_bytes_with_the_early_worker(tmp_path: Path) -> None:
    trees = []
    for setting in ("1", "0"):
        out = tmp_path / f"out{setting}"
        run = cli(
            "generate",
            str(VAPI_SPEC),
            "--out",
            str(out),
            cwd=tmp_path,
            timeout=120,
            env={models.WORKER_ENV: setting},
        )
        assert run.returncode == 0, run.stderr
        trees.append(emitted_files(out))
    assert trees[0] == trees[1] and len(trees[0]) > 10


def test_only_a_plain_cold_run_is_cold(tmp_path: Path) -> None:
    """The command's own code cache is used only then (a run that finds its output up to date
    imports too little for it to pay)."""
    argv = ["generate", str(VAPI_SPEC), "--out", str(tmp_path)]
    assert early.cold(argv)
    (tmp_path / early.LOCK_NAME).write_text("{}", encoding="utf-8")
    assert not early.cold(argv)
    assert not early.cold(["generate"]) and not early.cold(["validate", str(VAPI_SPEC)])
