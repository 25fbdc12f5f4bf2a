"""The pipeline as plain functions: load -> validate -> IR -> render -> format -> compare/write."""

from __future__ import annotations

import subprocess
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path
from typing import TYPE_CHECKING

from generator import format as fmt
from generator import output, targets
from generator import plugin as plugin_mod
from generator.ir.build import build
from generator.ir.model import Api
from generator.problems import Problem, UsageError, UserError
from generator.spec.load import MAX_BYTES, Document, decode, load, loads, read_text
from generator.spec.validate import validate

if TYPE_CHECKING:
    from generator.diff.report import Report as DiffReport

GENERATOR_VERSION = "0.1.0"


@dataclass
class Result:
    """What a pipeline call produced, with the warnings met on the way."""

    warnings: list[Problem] = field(default_factory=list)
    tree: dict[str, str] = field(default_factory=dict)
    drift: output.Drift | None = None


def load_valid(spec: str, strict: bool = False) -> tuple[Document, list[Problem]]:
    """Load and validate; raise UserError with every error (and, when strict, every warning)."""
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
) -> Result:
    """The formatted tree for ``spec`` in ``lang`` (or the template set in the folder
    ``templates``, or what the command ``plugin`` returns), lock file included. Writes nothing."""
    if plugin is not None:
        api, warnings, doc = _build(spec, strict)
        tree = plugin_mod.run(plugin, api, options)
        language = "plugin"
    else:
        template_set = targets.load_set(lang, templates)
        api, warnings, doc = _build(spec, strict)
        tree = fmt.format_with(targets.render(template_set, api, options), template_set.formatter)
        language = template_set.name
    provenance = {
        "generator": f"clientgen {GENERATOR_VERSION}",
        "language": language,
        "spec": Path(spec).name,
        "spec_sha256": doc.sha256,
        "ruff": fmt.RUFF_VERSION,
        "datamodel-code-generator": _version("datamodel-code-generator"),
    }
    if plugin is not None:
        provenance["plugin"] = plugin
    tree[output.LOCK_NAME] = output.lock_text(tree, provenance)
    return Result(warnings=warnings, tree=tree)


def generate(
    spec: str,
    lang: str,
    out: Path,
    options: dict[str, str] | None = None,
    strict: bool = False,
    force: bool = False,
    templates: Path | None = None,
    plugin: str | None = None,
) -> Result:
    output.preflight(out, force)  # before the spec is read: a foreign folder is refused first
    result = render(spec, lang, options, strict, templates, plugin)
    result.drift = output.write(result.tree, out, force=force)
    return result


def check(
    spec: str,
    lang: str,
    out: Path,
    options: dict[str, str] | None = None,
    strict: bool = False,
    templates: Path | None = None,
    plugin: str | None = None,
) -> Result:
    result = render(spec, lang, options, strict, templates, plugin)
    result.drift = output.compare(result.tree, out)
    return result


def diff(old: str, new: str, langs: list[str] | None = None) -> DiffReport:
    """Compare two versions of a spec (files or ``git:REV:path``) through their IRs."""
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
            text = decode(_git_show(spec), spec) if spec.startswith("git:") else read_text(spec)
        sides.append(Side(spec, api, doc, text))
    return build_report(sides[0], sides[1], langs)


def _read_git(spec: str) -> Document:
    """``git:REV:path``: the spec as committed at REV, read with ``git show`` in the current repo."""
    return loads(decode(_git_show(spec), spec), spec)


def _git_show(spec: str) -> bytes:
    rev, sep, path = spec[len("git:") :].partition(":")
    if not sep or not rev or not path:
        raise UsageError(f"{spec!r}: expected git:REV:path (for example git:HEAD~1:specs/api.yaml)")
    try:
        proc = subprocess.run(
            ["git", "show", f"{rev}:{path}"], capture_output=True, timeout=60, check=False
        )
    except FileNotFoundError:
        raise UsageError(f"{spec}: git is not installed") from None
    if proc.returncode != 0:
        reason = proc.stderr.decode("utf-8", "replace").strip().splitlines()
        raise UsageError(f"{spec}: git show failed: {reason[0] if reason else proc.returncode}")
    if len(proc.stdout) > MAX_BYTES:
        raise UsageError(
            f"{spec}: larger than {MAX_BYTES // (1024 * 1024)} MiB; refusing to read it"
        )
    return proc.stdout


def _version(dist: str) -> str:
    try:
        return metadata.version(dist)
    except metadata.PackageNotFoundError:
        return "unknown"
