"""The pipeline as plain functions: load -> validate -> IR -> render -> format -> compare/write.

The stages are imported when first needed: a run that finds its output up to date (the lock's
input hash matches and every file has its recorded hash) loads none of them, nor jinja2,
datamodel-code-generator, pydantic or ruff.
"""

from __future__ import annotations

import gc
import hashlib
import json
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from generator import output
from generator.dists import dist_version
from generator.problems import Problem, UsageError, UserError

if TYPE_CHECKING:
    from generator.diff.report import Report as DiffReport
    from generator.ir.model import Api
    from generator.spec.load import Document

GENERATOR_VERSION = "0.1.0"
#: distributions whose versions can change the emitted bytes (recorded in the lock's inputs)
BYTE_SHAPING_TOOLS = ("datamodel-code-generator", "ruff", "jinja2", "pyyaml", "pydantic", "inflect")

Progress = Callable[[str], None]


@dataclass
class Result:
    """What a pipeline call produced, with the warnings met on the way."""

    warnings: list[Problem] = field(default_factory=list)
    tree: dict[str, str] = field(default_factory=dict)
    drift: output.Drift | None = None
    #: files in the output (lock included)
    files: int = 0
    #: True when the lock showed the output up to date and nothing was rendered
    fast: bool = False
    #: warnings the run that wrote the output met (known without rendering on the fast path)
    warning_count: int = 0
    #: (stage, seconds), in order
    timings: list[tuple[str, float]] = field(default_factory=list)


class _Clock:
    def __init__(self, progress: Progress | None) -> None:
        self.timings: list[tuple[str, float]] = []
        self.progress = progress

    @contextmanager
    def stage(self, name: str) -> Iterator[None]:
        if self.progress is not None:
            self.progress(name)
        start = time.perf_counter()
        try:
            yield
        finally:
            self.timings.append((name, time.perf_counter() - start))


#: the cycle collector's thresholds while a tree is rendered (CPython's default: 700, 10, 10). A
#: big spec's run builds millions of long-lived objects (the document, the IR, the models tool's
#: parse) and little cyclic garbage: at the default the collector ran ~1,100 times on openai.json,
#: 2 s of the main process's 10 s of CPU (1.4 s of it full collections over the whole heap); at
#: these, ~15 times, 0.25 s, for ~6 MB more peak memory (off altogether: ~40 MB more).
GC_THRESHOLDS = (50_000, 100, 100)


@contextmanager
def _collect_less() -> Iterator[None]:
    """Run the cycle collector less often (GC_THRESHOLDS) inside; the caller's settings after."""
    before = gc.get_threshold()
    gc.set_threshold(*GC_THRESHOLDS)
    try:
        yield
    finally:
        gc.set_threshold(*before)


def load_valid(spec: str, strict: bool = False) -> tuple[Document, list[Problem]]:
    """Load and validate; raise UserError with every error (and, when strict, every warning)."""
    from generator.spec.load import load
    from generator.spec.validate import validate

    doc = _read_git(spec) if spec.startswith("git:") else load(spec)
    problems = validate(doc)
    errors = [p for p in problems if p.severity == "error" or strict]
    if errors:
        raise UserError(errors)
    return doc, problems


def validate_spec(spec: str, strict: bool = False) -> Result:
    _, warnings = load_valid(spec, strict)
    return Result(warnings=warnings)


def build_ir(spec: str, strict: bool = False) -> tuple[Api, list[Problem]]:
    api, warnings, _doc = _build(spec, strict)
    return api, warnings


def _build(spec: str, strict: bool) -> tuple[Api, list[Problem], Document]:
    from generator.ir.build import build

    doc, warnings = load_valid(spec, strict)
    api, more = build(doc)
    if strict and more:
        raise UserError(more)
    return api, warnings + more, doc


def render(
    spec: str,
    lang: str,
    options: dict[str, str] | None = None,
    strict: bool = False,
    templates: Path | None = None,
    plugin: str | None = None,
    clock: _Clock | None = None,
) -> Result:
    """The formatted tree for ``spec`` in ``lang`` (or the template set in the folder
    ``templates``, or what the command ``plugin`` returns), lock file included. Writes nothing."""
    with _collect_less():
        return _render(spec, lang, options, strict, templates, plugin, clock)


def _render(
    spec: str,
    lang: str,
    options: dict[str, str] | None,
    strict: bool,
    templates: Path | None,
    plugin: str | None,
    clock: _Clock | None,
) -> Result:
    from generator import targets

    clock = clock or _Clock(None)
    stop: Callable[[], None] = lambda: None  # noqa: E731
    with clock.stage("start"):  # the set and its module loaded, its slow start-up begun
        template_set = None if plugin is not None else targets.load_set(lang, templates, False)
        # the set's slow start-up (python: the models process) overlaps loading the spec; it
        # begins before the IR model is imported to check the set's IR version (a refused set
        # stops it)
        if template_set is not None:
            stop = targets.start(template_set)
    try:
        from generator import format as fmt  # after the start: nothing it needs waits for this

        if template_set is not None:
            targets.check_ir_version(template_set)
        with clock.stage("load"):
            doc, warnings = load_valid(spec, strict)
        with clock.stage("ir"):
            from generator.ir.build import build

            api, more = build(doc)
            if strict and more:
                raise UserError(more)
            warnings = warnings + more
        if template_set is None:
            from generator import plugin as plugin_mod

            assert plugin is not None
            with clock.stage("plugin"):
                tree = plugin_mod.run(plugin, api, options)
            language = "plugin"
        else:
            with clock.stage("render"):
                rendered, later = targets.render_parts(template_set, api, options)
                # the templates' files are formatted (by another process) while the set makes
                # its last files (python: the models modules, cut from ruff's output)
                formatter = template_set.formatter
                formatting = fmt.background(partial(fmt.format_with, rendered, formatter))
                last = later()
            with clock.stage("format"):
                tree = {**formatting(), **fmt.format_with(last, formatter)}
            language = template_set.name
    finally:
        stop()
        if "generator.format" in sys.modules:
            sys.modules["generator.format"].settle()
    provenance = {
        "generator": f"clientgen {GENERATOR_VERSION}",
        "language": language,
        "spec": Path(spec).name,
        "spec_sha256": doc.sha256,
        "ruff": fmt.RUFF_VERSION,
        "datamodel-code-generator": dist_version("datamodel-code-generator"),
    }
    if plugin is not None:
        provenance["plugin"] = plugin
    tree[output.LOCK_NAME] = output.lock_text(tree, provenance)
    return Result(warnings=warnings, tree=tree, files=len(tree), timings=clock.timings)


def generate(
    spec: str,
    lang: str,
    out: Path,
    options: dict[str, str] | None = None,
    strict: bool = False,
    force: bool = False,
    templates: Path | None = None,
    plugin: str | None = None,
    verbose: bool = False,
    progress: Progress | None = None,
) -> Result:
    """Make ``out`` hold the client for ``spec``: nothing is rendered when the lock shows it current."""
    clock = _Clock(progress)
    with clock.stage("preflight"):
        lock = output.preflight(out, force)  # before the spec is read: a foreign folder is refused
    with clock.stage("inputs"):
        inputs = _inputs(spec, lang, options, lock, templates, plugin)
        fast = _fast(out, lock, inputs, strict, verbose)
    if fast is not None:
        fast.timings = clock.timings
        return fast
    result = render(spec, lang, options, strict, templates, plugin, clock)
    if inputs is not None:
        inputs["warnings"] = len(result.warnings)
        inputs["files_sha256"] = files_sha(output.lock_files({"files": _emitted(result.tree)}))
    with clock.stage("write"):
        result.drift = output.write(result.tree, out, force=force, inputs=inputs)
    return result


def check(
    spec: str,
    lang: str,
    out: Path,
    options: dict[str, str] | None = None,
    strict: bool = False,
    templates: Path | None = None,
    plugin: str | None = None,
    verbose: bool = False,
    progress: Progress | None = None,
) -> Result:
    """What ``generate`` would change in ``out`` (with a unified diff). Never writes."""
    clock = _Clock(progress)
    with clock.stage("inputs"):
        lock = output.read_lock(out) if out.is_dir() else {}
        inputs = _inputs(spec, lang, options, lock, templates, plugin)
        fast = _fast(out, lock, inputs, strict, verbose)
    if fast is not None:
        fast.timings = clock.timings
        return fast
    result = render(spec, lang, options, strict, templates, plugin, clock)
    with clock.stage("compare"):
        result.drift = output.compare(result.tree, out)
    return result


def up_to_date(
    command: str,
    spec: str,
    lang: str,
    out: Path,
    options: dict[str, str] | None = None,
    strict: bool = False,
    verbose: bool = False,
    templates: Path | None = None,
    plugin: str | None = None,
) -> Result | None:
    """The Result of ``generate``/``check`` when the lock alone shows ``out`` current, else None.

    Never writes and never renders; the caller runs the full command when this gives None.
    """
    clock = _Clock(None)
    with clock.stage("inputs"):
        try:
            lock = output.read_lock(out) if out.is_dir() else {}
        except OSError:
            return None
        inputs = _inputs(spec, lang, options, lock, templates, plugin)
        fast = _fast(out, lock, inputs, strict, verbose)
    if fast is not None:
        fast.timings = clock.timings
    return fast


def preload(langs: set[str]) -> None:
    """Import the heavy stages for ``langs`` now (before forking workers that all need them)."""
    import importlib

    from generator import format as _format  # noqa: F401
    from generator import targets
    from generator.ir import build as _build_module  # noqa: F401
    from generator.spec import validate as _validate  # noqa: F401

    for lang in sorted(langs):
        try:
            template_set = targets.load_set(lang)
        except Exception:  # reported by the run itself
            continue
        if template_set.module:
            importlib.import_module(template_set.module)
    for name in (
        "jinja2",
        "pydantic",
        "datamodel_code_generator.config",
        "datamodel_code_generator.parser.openapi",
        "datamodel_code_generator.model.pydantic_v2",
    ):
        try:
            importlib.import_module(name)
        except ImportError:  # pragma: no cover - declared dependencies
            pass


# -- what decides the bytes: the no-op check ---------------------------------------------------------


def _fast(
    out: Path, lock: dict[str, Any], inputs: dict[str, Any] | None, strict: bool, verbose: bool
) -> Result | None:
    """A Result when the lock proves ``out`` current without rendering; else None."""
    recorded = lock.get("inputs")
    if inputs is None or not isinstance(recorded, dict) or lock.get("pending"):
        return None
    if recorded.get("sha256") != inputs["sha256"]:
        return None
    warnings = recorded.get("warnings")
    if not isinstance(warnings, int) or (warnings and (strict or verbose)):
        return None  # render again, to raise or list them
    files = output.lock_files(lock)
    if not files or recorded.get("files_sha256") != files_sha(files):
        return None  # the lock's file list is not the one that run wrote
    if not output.verify(out, files):
        return None
    return Result(
        drift=output.Drift([], [], []), files=len(files) + 1, fast=True, warning_count=warnings
    )


def files_sha(files: dict[str, str]) -> str:
    """One hash over a lock's {path: sha256} map."""
    return hashlib.sha256(json.dumps(files, sort_keys=True).encode()).hexdigest()


def _emitted(tree: dict[str, str]) -> dict[str, str]:
    return {
        rel: hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()
        for rel, text in tree.items()
        if rel != output.LOCK_NAME
    }


def _inputs(
    spec: str,
    lang: str,
    options: dict[str, str] | None,
    lock: dict[str, Any],
    templates: Path | None = None,
    plugin: str | None = None,
) -> dict[str, Any] | None:
    """A record of every input that decides the emitted bytes, hashed without parsing anything.

    The spec and the files it references (listed in the lock by the last full run) are hashed as
    raw bytes; then the template set, clientgen's own source files and version, the versions of the
    tools that shape the output, the Python version, the language and the options. None when the
    spec cannot be read (the full run reports why), and for a plugin (a command whose output
    cannot be known without running it).
    """
    if spec.startswith("git:") or plugin is not None:
        return None
    try:
        spec_sha = _file_sha(Path(spec))
        recorded = lock.get("inputs")
        listed = recorded.get("referenced") if isinstance(recorded, dict) else None
        referenced = {
            rel: _file_sha(Path(spec).parent / rel)
            for rel in sorted(listed if isinstance(listed, dict) else {})
        }
        template_sha = _tree_sha(Path(templates) if templates else _templates_dir(lang))
    except OSError:
        return None
    record: dict[str, Any] = {
        "spec": spec_sha,
        "referenced": referenced,
        "templates": template_sha,
        "clientgen": f"{GENERATOR_VERSION}+{_source_sha()[:16]}",
        "tools": {name: dist_version(name) for name in BYTE_SHAPING_TOOLS},
        "python": "{}.{}".format(*sys.version_info[:2]),
        "language": lang,
        "options": dict(sorted((options or {}).items())),
    }
    record["sha256"] = hashlib.sha256(json.dumps(record, sort_keys=True).encode()).hexdigest()
    return record


def _file_sha(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        while chunk := fh.read(1 << 20):
            h.update(chunk)
    return h.hexdigest()


def _tree_sha(folder: Path | None) -> str:
    """One hash over every file below ``folder`` (names and bytes, in a stable order)."""
    h = hashlib.sha256()
    if folder is None or not folder.is_dir():
        return "none"
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        if "__pycache__" in path.parts:
            continue
        h.update(path.relative_to(folder).as_posix().encode("utf-8", "surrogatepass") + b"\0")
        h.update(path.read_bytes())
        h.update(b"\0")
    return h.hexdigest()


_SOURCE_SHA: list[str] = []


def _source_sha() -> str:
    """A hash of clientgen's own Python files (a changed generator means changed inputs)."""
    if not _SOURCE_SHA:
        root = Path(__file__).resolve().parent
        h = hashlib.sha256()
        for path in sorted(root.rglob("*.py")):
            h.update(path.relative_to(root).as_posix().encode() + b"\0" + path.read_bytes())
        _SOURCE_SHA.append(h.hexdigest())
    return _SOURCE_SHA[0]


def _templates_dir(lang: str) -> Path | None:
    """Where the built-in template set for ``lang`` is (found without importing jinja2)."""
    from generator import templates_root

    try:
        return templates_root() / lang
    except FileNotFoundError:
        return None


def diff(old: str, new: str, langs: list[str] | None = None) -> DiffReport:
    """Compare two versions of a spec (files or ``git:REV:path``) through their IRs."""
    from generator import targets
    from generator.diff.report import Side, build_report

    for lang in langs or ():
        if lang not in targets.available():
            raise UsageError(
                f"unknown language {lang!r}; available: {', '.join(targets.available())}"
            )
    sides = []
    for spec in (old, new):
        api, _warnings, doc = _build(spec, strict=False)
        text = None
        if doc.locate("") == (None, None):  # JSON: lines come from the text
            from generator.spec.load import decode, read_text

            text = decode(_git_show(spec), spec) if spec.startswith("git:") else read_text(spec)
        sides.append(Side(spec, api, doc, text))
    return build_report(sides[0], sides[1], langs)


def _read_git(spec: str) -> Document:
    """``git:REV:path``: the spec as committed at REV, read with ``git show`` in the current repo."""
    from generator.spec.load import decode, loads

    return loads(decode(_git_show(spec), spec), spec)


def _git_show(spec: str) -> bytes:
    rev, sep, path = spec[len("git:") :].partition(":")
    if not sep or not rev or not path:
        raise UsageError(f"{spec!r}: expected git:REV:path (for example git:HEAD~1:specs/api.yaml)")
    import subprocess

    try:
        proc = subprocess.run(
            ["git", "show", f"{rev}:{path}"], capture_output=True, timeout=60, check=False
        )
    except FileNotFoundError:
        raise UsageError(f"{spec}: git is not installed") from None
    if proc.returncode != 0:
        reason = proc.stderr.decode("utf-8", "replace").strip().splitlines()
        raise UsageError(f"{spec}: git show failed: {reason[0] if reason else proc.returncode}")
    from generator.spec.load import MAX_BYTES

    if len(proc.stdout) > MAX_BYTES:
        raise UsageError(
            f"{spec}: larger than {MAX_BYTES // (1024 * 1024)} MiB; refusing to read it"
        )
    return proc.stdout
