"""The models stage in a second process (generator/targets/python/models.py Worker): the same
bytes as in-process, used when started, and never a cause of failure or a leftover process."""

from __future__ import annotations

import os
import pickle
import sys
from pathlib import Path

import pytest

from generator import pipeline
from generator.problems import UserError
from generator.targets.python import models, naming
from tests.conftest import VAPI_SPEC, generate_into
from tests.golden_trees import GOLDEN, expected_tree, read_tree

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
    assert read_tree(out) == expected_tree(case, "python")


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


def test_the_worker_starts_before_the_target_and_jinja2_are_imported() -> None:
    """The manifest's light `start` module starts the worker; the heavy imports come after."""
    code = (
        "import sys\n"
        "from generator import targets\n"
        "from generator.targets.python import dmcg_call\n"
        "seen = []\n"
        "def spawn(argv=None):\n"
        "    seen.append(sorted(m for m in ('jinja2', 'generator.targets.python.target',\n"
        "                                   'generator.ir.model', 'datamodel_code_generator')\n"
        "                        if m in sys.modules))\n"
        "    raise OSError('not started in this test')\n"
        "dmcg_call.spawn = spawn\n"
        "stop = targets.start(targets.load_set('python', check_ir=False))  # as pipeline.render\n"
        "stop()\n"
        "print(seen)\n"
    )
    import subprocess

    env = {**os.environ, models.WORKER_ENV: "1"}
    proc = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True
    )
    # first by the start hook with nothing heavy loaded; then once more by the module's own start
    # (no process was handed over), by which time the target module is loaded
    assert (
        proc.stdout.strip()
        == "[[], ['generator.ir.model', 'generator.targets.python.target', 'jinja2']]"
    )


def test_an_early_worker_is_handed_to_the_models_stage(monkeypatch: pytest.MonkeyPatch) -> None:
    from generator.targets.python import dmcg_call

    monkeypatch.setenv(models.WORKER_ENV, "1")
    stop = dmcg_call.start()
    assert stop is not None and len(dmcg_call._STARTED) == 1
    early = dmcg_call._STARTED[0]
    worker = models.start_worker()
    try:
        assert worker is not None and worker.proc is early and dmcg_call._STARTED == []
    finally:
        models.stop_worker()
    assert early.poll() is not None


def test_a_spawned_worker_behaves_as_popen_where_the_models_stage_looks() -> None:
    """dmcg_call._Spawned (os.posix_spawn) in place of subprocess.Popen: pipes as stdin and stdout,
    nothing on stderr, exit codes from poll and wait, kill."""
    from generator.targets.python import dmcg_call

    if not hasattr(os, "posix_spawn"):
        pytest.skip("no posix_spawn here: subprocess.Popen is used")
    code = (
        "import sys; data = sys.stdin.buffer.read(); sys.stderr.write('noise');"
        "sys.stdout.buffer.write(data[::-1]); sys.exit(7)"
    )
    proc = dmcg_call.spawn([sys.executable, "-c", code])
    assert isinstance(proc, dmcg_call._Spawned)
    proc.stdin.write(b"abc")
    proc.stdin.close()
    assert proc.stdout.read() == b"cba"
    assert proc.wait() == 7 and proc.poll() == 7
    proc.stdout.close()
    proc.kill()  # already ended: nothing happens
    sleeper = dmcg_call.spawn([sys.executable, "-c", "import time; time.sleep(60)"])
    assert sleeper.poll() is None
    sleeper.kill()
    assert sleeper.wait() == -9
    sleeper.stdin.close()
    sleeper.stdout.close()


def test_the_plugin_loader_stand_in_answers_as_pydantics(monkeypatch: pytest.MonkeyPatch) -> None:
    """The worker puts a stand-in for pydantic.plugin._loader (whose import loads
    importlib.metadata): with plugins off it answers as the real one, and the pinned pydantic
    imports nothing else from it."""
    import ast
    import importlib

    import pydantic

    from generator.targets.python import dmcg_call

    monkeypatch.setenv("PYDANTIC_DISABLE_PLUGINS", "__all__")
    real = importlib.import_module("pydantic.plugin._loader")
    assert tuple(real.get_plugins()) == dmcg_call._no_plugins() == ()
    taken: set[str] = set()
    for path in Path(pydantic.__file__).parent.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and (node.module or "").endswith("_loader"):
                taken.update(alias.name for alias in node.names)
            if isinstance(node, ast.Import):
                assert not any(a.name.endswith("plugin._loader") for a in node.names), path
    assert taken == {"get_plugins"}
    # in a worker's place: the stand-in is used and importlib.metadata stays unloaded
    code = (
        "import sys\n"
        "from generator.targets.python import dmcg_call\n"
        "dmcg_call._no_plugin_loader()\n"
        "import datamodel_code_generator.model.pydantic_v2\n"
        "print(sys.modules['pydantic.plugin._loader'].__doc__, 'importlib.metadata' in sys.modules)\n"
    )
    import subprocess

    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "PYDANTIC_DISABLE_PLUGINS": "__all__"},
    ).stdout
    assert out.strip().endswith("(clientgen) False")


def test_the_worker_runs_this_files_compiled_form_when_it_is_current(tmp_path: Path) -> None:
    """dmcg_call.script(): the .pyc the import system would use for dmcg_call.py (the worker then
    skips compiling it), else the source; a worker started from either replies the same."""
    import py_compile
    import shutil
    import subprocess

    from generator.targets.python import dmcg_call

    folder = tmp_path / "pkg"
    folder.mkdir()
    source = folder / "dmcg_call.py"
    shutil.copy(dmcg_call.__file__, source)
    namespace: dict[str, object] = {"__file__": str(source), "__name__": "copy"}
    cached = Path(py_compile.compile(str(source), doraise=True))
    namespace["__cached__"] = str(cached)
    exec(compile(source.read_text(encoding="utf-8"), str(source), "exec"), namespace)
    script = namespace["script"]
    assert callable(script) and script() == str(cached)
    stat = source.stat()
    os.utime(source, ns=(stat.st_atime_ns, stat.st_mtime_ns + 2_000_000_000))  # edited since
    assert script() == str(source)
    cached.unlink()
    assert script() == str(source)
    # the real module: a worker from its compiled form answers as one from its source
    real = Path(py_compile.compile(dmcg_call.__file__, doraise=True))
    assert dmcg_call.script() == str(real)
    for path in (str(real), dmcg_call.__file__):
        proc = subprocess.run(
            [sys.executable, "-S", "-P", path],
            input=pickle.dumps(({"openapi": "3.1.0"}, {"nonsense_option": 1})),
            capture_output=True,
            env={**os.environ, dmcg_call.PATH_ENV: repr(sys.path)},
            check=True,
            timeout=120,
        )
        outcome = pickle.loads(proc.stdout)
        assert outcome[0] == "error" and "nonsense_option" in outcome[1], (path, outcome)
