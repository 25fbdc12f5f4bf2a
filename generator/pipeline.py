"""The pipeline as plain functions: load -> validate -> IR -> render -> format -> compare/write."""

from __future__ import annotations

from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path

from generator import format as fmt
from generator import output, targets
from generator.ir.build import build
from generator.ir.model import Api
from generator.problems import Problem, UsageError, UserError
from generator.spec.load import Document, load
from generator.spec.validate import validate

GENERATOR_VERSION = "0.1.0"


@dataclass
class Result:
    """What a pipeline call produced, with the warnings met on the way."""

    warnings: list[Problem] = field(default_factory=list)
    tree: dict[str, str] = field(default_factory=dict)
    drift: output.Drift | None = None


def load_valid(spec: str, strict: bool = False) -> tuple[Document, list[Problem]]:
    """Load and validate; raise UserError with every error (and, when strict, every warning)."""
    doc = load(spec)
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
    spec: str, lang: str, options: dict[str, str] | None = None, strict: bool = False
) -> Result:
    """The formatted tree for ``spec`` in ``lang``, lock file included. Writes nothing."""
    try:
        renderer = targets.renderer(lang)
    except KeyError:
        raise UsageError(
            f"unknown language {lang!r}; available: {', '.join(targets.available())}"
        ) from None
    api, warnings, doc = _build(spec, strict)
    tree = fmt.format_tree(renderer(api, options))
    provenance = {
        "generator": f"clientgen {GENERATOR_VERSION}",
        "language": lang,
        "spec": Path(spec).name,
        "spec_sha256": doc.sha256,
        "ruff": fmt.RUFF_VERSION,
        "datamodel-code-generator": _version("datamodel-code-generator"),
    }
    tree[output.LOCK_NAME] = output.lock_text(tree, provenance)
    return Result(warnings=warnings, tree=tree)


def generate(
    spec: str,
    lang: str,
    out: Path,
    options: dict[str, str] | None = None,
    strict: bool = False,
    force: bool = False,
) -> Result:
    result = render(spec, lang, options, strict)
    result.drift = output.compare(result.tree, out)
    if not result.drift.clean:
        output.write(result.tree, out, force=force)
    return result


def check(
    spec: str, lang: str, out: Path, options: dict[str, str] | None = None, strict: bool = False
) -> Result:
    result = render(spec, lang, options, strict)
    result.drift = output.compare(result.tree, out)
    return result


def _version(dist: str) -> str:
    try:
        return metadata.version(dist)
    except metadata.PackageNotFoundError:
        return "unknown"
