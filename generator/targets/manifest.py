"""A template set's ``manifest.yaml``: read, check (every problem located by line) and describe.

A template set is a folder: ``manifest.yaml`` plus Jinja templates. The manifest says which IR major
version the set understands, which template renders which output path (once per API, per resource,
per schema or per operation), the naming rules and reserved words, the type map, an optional
formatter, an optional Python module adding context (built-in sets), and how the conformance kit
drives the emitted client. README.md ("Adding a language") documents every key.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from generator.problems import Problem, UserError

MANIFEST_NAME = "manifest.yaml"
#: What an ``each:`` entry can repeat over.
EACH = ("resource", "schema", "operation")
#: Case styles a naming rule can name (see generic.py).
CASES = ("snake", "camel", "pascal", "kebab", "upper_snake", "flat", "asis")
_TOP_KEYS = {
    "name": "the language's name (a plain word)",
    "description": "one line about the set",
    "ir": "the IR major version the set understands",
    "clientgen": "the clientgen version the set was ejected from (written by eject)",
    "ejected": "what eject recorded (clientgen and IR versions, source language)",
    "module": "a Python module adding context and files (dotted import name)",
    "start": "a light Python module whose start() begins slow work early (dotted import name)",
    "files": "which template renders which path",
    "naming": "case style per kind of name",
    "reserved": "reserved words and how to escape them",
    "types": "the type map",
    "formatter": "'ruff' or {command: [...], files: [glob, ...]}",
    "conformance": "how the conformance kit builds and drives the emitted client",
}
#: Keys of a manifest's type map (besides ``primitive:format``); see generic.py.
TYPE_KEYS = (
    "string",
    "integer",
    "number",
    "boolean",
    "null",
    "any",
    "object",
    "array",
    "map",
    "ref",
    "enum",
    "union",
    "nullable",
    "join",
    "literal",
)
_NAME = re.compile(r"[a-z][a-z0-9_-]{0,39}")


@dataclass(frozen=True)
class FileEntry:
    template: str
    path: str
    each: str | None
    line: int | None


@dataclass(frozen=True)
class Formatter:
    builtin: str | None = None  # "ruff"
    command: tuple[str, ...] = ()
    files: tuple[str, ...] = ()  # globs of the tree's paths the command formats


@dataclass(frozen=True)
class Manifest:
    """A checked manifest. ``data`` is the YAML as read (for keys a target module reads itself)."""

    root: Path
    name: str
    ir_major: int
    files: tuple[FileEntry, ...]
    module: str | None = None
    start: str | None = None
    naming: dict[str, str] = field(default_factory=dict)
    reserved: tuple[str, ...] = ()
    reserved_escape: str = "{name}_"
    reserved_case_sensitive: bool = True
    types: dict[str, str] = field(default_factory=dict)
    formatter: Formatter | None = None
    conformance: dict[str, Any] = field(default_factory=dict)
    data: dict[str, Any] = field(default_factory=dict)
    ir_line: int | None = None

    @property
    def path(self) -> Path:
        return self.root / MANIFEST_NAME


class _Located:
    """Line numbers of the manifest's keys and list items, from the composed YAML nodes."""

    def __init__(self, node: yaml.Node | None) -> None:
        self.node = node

    def line(self, *path: str | int) -> int | None:
        node = self.node
        best = node.start_mark.line + 1 if node is not None else None
        for key in path:
            if isinstance(node, yaml.MappingNode):
                for k, v in node.value:
                    if isinstance(k, yaml.ScalarNode) and k.value == key:
                        best = k.start_mark.line + 1
                        node = v
                        break
                else:
                    return best
            elif isinstance(node, yaml.SequenceNode) and isinstance(key, int):
                if key >= len(node.value):
                    return best
                node = node.value[key]
                best = node.start_mark.line + 1
            else:
                return best
        return best


def load(root: Path) -> Manifest:
    """Read and check ``root/manifest.yaml``; raise UserError listing every problem, located."""
    path = root / MANIFEST_NAME
    shown = str(path)
    if not root.is_dir():
        raise UserError([Problem(str(root), None, None, None, "no such template set folder")])
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise UserError(
            [Problem(shown, None, None, None, "missing: a template set needs a manifest.yaml")]
        ) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise UserError([Problem(shown, None, None, None, f"cannot read: {exc}")]) from None
    try:
        loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when built with it
        node = yaml.compose(text, Loader=loader)
        data = yaml.load(text, Loader=loader)  # a safe loader (C or Python)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark is not None else None
        col = mark.column + 1 if mark is not None else None
        problem = getattr(exc, "problem", None) or str(exc)
        raise UserError([Problem(shown, line, col, None, f"not valid YAML: {problem}")]) from None
    return check(root, data, _Located(node))


def check(root: Path, data: Any, where: _Located | None = None) -> Manifest:
    where = where or _Located(None)
    shown = str(root / MANIFEST_NAME)
    problems: list[Problem] = []

    def bad(message: str, *path: str | int) -> None:
        problems.append(Problem(shown, where.line(*path), None, None, message))

    if not isinstance(data, dict):
        bad("expected a mapping with 'name', 'ir' and 'files'")
        raise UserError(problems)
    for key in data:
        if key not in _TOP_KEYS and not str(key).startswith("x-"):
            bad(f"unknown key {key!r}; known keys: {', '.join(_TOP_KEYS)} (or x-...)", str(key))

    name = data.get("name")
    if not isinstance(name, str) or not _NAME.fullmatch(name):
        bad("'name' must be a lower-case word (letters, digits, - or _)", "name")
    ir = data.get("ir")
    if isinstance(ir, bool) or not isinstance(ir, int) or ir < 1:
        bad("'ir' must be the IR major version the set understands (an integer, e.g. 1)", "ir")

    module = data.get("module")
    if module is not None and (
        not isinstance(module, str)
        or not re.fullmatch(r"[A-Za-z_][\w]*(\.[A-Za-z_][\w]*)*", module)
    ):
        bad("'module' must be a dotted Python module name", "module")
    start = data.get("start")
    if start is not None and (
        not isinstance(start, str) or not re.fullmatch(r"[A-Za-z_][\w]*(\.[A-Za-z_][\w]*)*", start)
    ):
        bad("'start' must be a dotted Python module name", "start")

    entries: list[FileEntry] = []
    files = data.get("files")
    if not isinstance(files, list) or not files:
        bad("'files' must be a non-empty list of {template, path, each?}", "files")
        files = []
    for i, entry in enumerate(files):
        if not isinstance(entry, dict):
            bad("each 'files' entry must be a mapping {template, path, each?}", "files", i)
            continue
        unknown = set(entry) - {"template", "path", "each"}
        if unknown:
            bad(
                f"unknown key(s) {', '.join(sorted(map(str, unknown)))} in a files entry",
                "files",
                i,
            )
        template, out, each = entry.get("template"), entry.get("path"), entry.get("each")
        if not isinstance(template, str) or not template:
            bad("a files entry needs 'template' (a file in the set)", "files", i)
            continue
        if not (root / template).is_file():
            bad(f"template {template!r} not found in {root}", "files", i, "template")
        if not isinstance(out, str) or not out:
            bad("a files entry needs 'path' (where the output goes)", "files", i)
            continue
        if each is not None and each not in EACH:
            bad(f"'each' must be one of {', '.join(EACH)}, not {each!r}", "files", i, "each")
            continue
        entries.append(FileEntry(template, out, each, where.line("files", i)))

    naming = data.get("naming", {})
    if not isinstance(naming, dict):
        bad("'naming' must map kinds of names to case styles", "naming")
        naming = {}
    for kind, style in naming.items():
        if style not in CASES:
            bad(f"naming {kind!r}: case style must be one of {', '.join(CASES)}", "naming", kind)

    reserved_words: tuple[str, ...] = ()
    escape = "{name}_"
    case_sensitive = True
    reserved = data.get("reserved")
    if isinstance(reserved, list):
        reserved = {"words": reserved}
    if reserved is not None:
        if not isinstance(reserved, dict):
            bad("'reserved' must be a list of words or {words, escape}", "reserved")
        else:
            words = reserved.get("words", [])
            if not isinstance(words, list) or not all(isinstance(w, str) for w in words):
                bad("'reserved.words' must be a list of strings", "reserved", "words")
            else:
                reserved_words = tuple(words)
            esc = reserved.get("escape", escape)
            if not isinstance(esc, str) or "{name}" not in esc:
                bad("'reserved.escape' must contain {name} (e.g. '{name}_')", "reserved", "escape")
            else:
                escape = esc
            cs = reserved.get("case_sensitive", True)
            if not isinstance(cs, bool):
                bad("'reserved.case_sensitive' must be true or false", "reserved")
            case_sensitive = cs is not False

    types = data.get("types", {})
    if not isinstance(types, dict) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in types.items()
    ):
        bad("'types' must map type keys (string, string:date-time, array, ...) to text", "types")
        types = {}
    for key in types:
        if key not in TYPE_KEYS and not re.fullmatch(
            r"(string|integer|number|boolean):[\w.-]+", key
        ):
            bad(
                f"types: unknown key {key!r}; known: {', '.join(TYPE_KEYS)}, or primitive:format",
                "types",
                key,
            )
    if types.get("literal", "json") not in ("json", "python"):
        bad("types.literal must be json or python", "types", "literal")

    formatter: Formatter | None = None
    fmt = data.get("formatter")
    if fmt == "ruff":
        formatter = Formatter(builtin="ruff")
    elif isinstance(fmt, dict):
        command, globs = fmt.get("command"), fmt.get("files", [])
        if (
            not isinstance(command, list)
            or not command
            or not all(isinstance(c, str) and c for c in command)
        ):
            bad("'formatter.command' must be a non-empty list of strings (argv)", "formatter")
        elif not isinstance(globs, list) or not all(isinstance(g, str) for g in globs):
            bad("'formatter.files' must be a list of globs", "formatter")
        else:
            formatter = Formatter(command=tuple(command), files=tuple(globs))
    elif fmt is not None:
        bad("'formatter' must be 'ruff' or {command: [...], files: [...]}", "formatter")

    conformance = data.get("conformance", {})
    if not isinstance(conformance, dict):
        bad("'conformance' must be a mapping (driver, build, names)", "conformance")
        conformance = {}
    for key in ("driver", "build"):
        value = conformance.get(key)
        if value is not None and (
            not isinstance(value, list) or not all(isinstance(c, str) for c in value)
        ):
            bad(f"'conformance.{key}' must be a list of strings (argv)", "conformance", key)

    if problems:
        raise UserError(problems)
    assert isinstance(name, str) and isinstance(ir, int)
    return Manifest(
        root=root,
        name=name,
        ir_major=ir,
        files=tuple(entries),
        module=module,
        start=start,
        naming={str(k): str(v) for k, v in naming.items()},
        reserved=reserved_words,
        reserved_escape=escape,
        reserved_case_sensitive=case_sensitive,
        types=dict(types),
        formatter=formatter,
        conformance=dict(conformance),
        data=data,
        ir_line=where.line("ir"),
    )
