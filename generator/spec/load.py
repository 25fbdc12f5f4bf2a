"""Load an OpenAPI document from YAML or JSON, keeping positions for error messages.

Nothing here raises on user input except ``UserError`` with located problems. YAML is composed
(never constructed), so tags such as ``!!python/object/apply`` are never executed; aliases are
shared rather than copied, and a document whose aliases would expand past a budget is refused.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from generator.problems import Problem, UserError

try:  # the C composer is several times faster; fall back to the pure-Python one
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]

MAX_BYTES = 64 * 1024 * 1024
#: Total number of nodes the document may have once aliases are expanded.
MAX_EXPANDED_NODES = 5_000_000
#: Deepest nesting accepted (far beyond any real spec, well inside Python's recursion limit).
MAX_DEPTH = 200

_YAML = "tag:yaml.org,2002:"
_SCALAR_TAGS = {
    _YAML + "str",
    _YAML + "int",
    _YAML + "float",
    _YAML + "bool",
    _YAML + "null",
    _YAML + "timestamp",
    _YAML + "binary",
}


@dataclass
class Document:
    """A loaded document: plain JSON-like data plus a way to locate any JSON pointer in it."""

    path: str
    data: dict[str, Any]
    _root_node: yaml.Node | None = field(default=None, repr=False)
    _text: str | None = field(default=None, repr=False)

    def locate(self, pointer: str) -> tuple[int | None, int | None]:
        """Return the 1-based (line, column) of the value at ``pointer``, or (None, None)."""
        if self._root_node is None:
            return (None, None)
        node: yaml.Node = self._root_node
        best = node
        for token in _split_pointer(pointer):
            nxt = None
            if isinstance(node, yaml.MappingNode):
                for key, value in node.value:
                    if isinstance(key, yaml.ScalarNode) and key.value == token:
                        nxt = value
                        break
            elif isinstance(node, yaml.SequenceNode) and token.isdigit():
                index = int(token)
                if index < len(node.value):
                    nxt = node.value[index]
            if nxt is None:
                break
            node = best = nxt
        return (best.start_mark.line + 1, best.start_mark.column + 1)

    def problem(self, pointer: str, message: str, severity: str = "error") -> Problem:
        line, column = self.locate(pointer)
        return Problem(self.path, line, column, pointer, message, severity)  # type: ignore[arg-type]


def _split_pointer(pointer: str) -> list[str]:
    if not pointer:
        return []
    return [t.replace("~1", "/").replace("~0", "~") for t in pointer.lstrip("#").split("/")[1:]]


def _fail(path: str, message: str, line: int | None = None, column: int | None = None) -> UserError:
    return UserError([Problem(path, line, column, "", message)])


def read_text(path: str) -> str:
    """Read a spec file as UTF-8 text, turning every I/O and encoding failure into a UserError."""
    try:
        size = os.path.getsize(path)
        if size > MAX_BYTES:
            raise _fail(path, f"file is {size} bytes; the limit is {MAX_BYTES}")
        raw = Path(path).read_bytes()
    except FileNotFoundError:
        raise _fail(path, "file not found") from None
    except IsADirectoryError:
        raise _fail(path, "is a directory, not a spec file") from None
    except OSError as exc:
        raise _fail(path, f"cannot read file: {exc.strerror or exc}") from None
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        column = exc.start - (raw.rfind(b"\n", 0, exc.start) + 1) + 1
        raise _fail(
            path, f"not valid UTF-8 (byte 0x{raw[exc.start]:02x}); save the file as UTF-8", line, column
        ) from None
    if "\x00" in text:
        offset = text.index("\x00")
        line = text.count("\n", 0, offset) + 1
        raise _fail(path, "contains a NUL character; a spec must be text", line)
    return text


def load(path: str) -> Document:
    """Load the spec at ``path`` (YAML or JSON, told apart by content)."""
    text = read_text(path)
    return loads(text, path)


def loads(text: str, path: str = "<string>") -> Document:
    """Parse spec text; ``path`` is only used in messages."""
    if not text.strip():
        raise _fail(path, "file is empty; expected an OpenAPI document")
    stripped = text.lstrip()
    if stripped[:1] in "{[" and not path.endswith((".yaml", ".yml")):
        return _load_json(text, path)
    return _load_yaml(text, path)


def _load_json(text: str, path: str) -> Document:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise _fail(path, f"invalid JSON: {exc.msg}", exc.lineno, exc.colno) from None
    except RecursionError:
        raise _fail(path, f"nesting is too deep (limit {MAX_DEPTH} levels)") from None
    _check_depth_json(data, path)
    return Document(path, _check_top(data, path))


def _check_depth_json(data: Any, path: str) -> None:
    stack: list[tuple[Any, int]] = [(data, 0)]
    while stack:
        value, depth = stack.pop()
        if depth > MAX_DEPTH:
            raise _fail(path, f"nesting is too deep (more than {MAX_DEPTH} levels)")
        if isinstance(value, dict):
            stack.extend((v, depth + 1) for v in value.values())
        elif isinstance(value, list):
            stack.extend((v, depth + 1) for v in value)


def _check_top(data: Any, path: str, line: int | None = None) -> dict[str, Any]:
    if not isinstance(data, dict):
        kind = "an array" if isinstance(data, list) else f"a {type(data).__name__} scalar"
        if data is None:
            kind = "null"
        raise _fail(path, f"the document is {kind}; expected a mapping (an OpenAPI object)", line, 1)
    return data


def _load_yaml(text: str, path: str) -> Document:
    try:
        root = yaml.compose(text, Loader=_Loader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        what = exc.problem or exc.context or "syntax error"
        line = mark.line + 1 if mark else None
        column = mark.column + 1 if mark else None
        raise _fail(path, f"invalid YAML: {what}", line, column) from None
    except yaml.YAMLError as exc:
        raise _fail(path, f"invalid YAML: {exc}") from None
    except RecursionError:
        raise _fail(path, f"nesting is too deep (limit {MAX_DEPTH} levels)") from None
    if root is None:
        raise _fail(path, "file has no content; expected an OpenAPI document")
    data = _Converter(path).convert(root)
    return Document(path, _check_top(data, path, root.start_mark.line + 1), root, text)


class _Converter:
    """Turns a composed YAML node graph into plain data without running any constructor."""

    def __init__(self, path: str) -> None:
        self.path = path
        self.done: dict[int, Any] = {}
        self.sizes: dict[int, int] = {}

    def error(self, node: yaml.Node, message: str) -> UserError:
        return _fail(self.path, message, node.start_mark.line + 1, node.start_mark.column + 1)

    def convert(self, root: yaml.Node) -> Any:
        self._measure(root)
        return self._build(root)

    def _measure(self, root: yaml.Node) -> None:
        """Count nodes with aliases expanded (memoised, so linear in distinct nodes)."""
        # iterative post-order walk; a node met again while on the path is a recursive alias
        on_path: set[int] = set()
        stack: list[tuple[yaml.Node, int, bool]] = [(root, 0, False)]
        while stack:
            node, depth, children_done = stack.pop()
            key = id(node)
            if children_done:
                on_path.discard(key)
                total = 1 + sum(self.sizes[id(c)] for c in _children(node))
                if total > MAX_EXPANDED_NODES:
                    raise self.error(
                        node,
                        f"YAML aliases expand to more than {MAX_EXPANDED_NODES:,} nodes "
                        "(an alias bomb?); refusing to load",
                    )
                self.sizes[key] = total
                continue
            if key in self.sizes:
                continue
            if key in on_path:
                raise self.error(node, "recursive YAML alias (a node contains itself)")
            if depth > MAX_DEPTH:
                raise self.error(node, f"nesting is too deep (more than {MAX_DEPTH} levels)")
            self._check_tag(node)
            on_path.add(key)
            stack.append((node, depth, True))
            for child in _children(node):
                if id(child) not in self.sizes:
                    stack.append((child, depth + 1, False))

    def _check_tag(self, node: yaml.Node) -> None:
        tag = node.tag or ""
        if isinstance(node, yaml.ScalarNode):
            ok = tag in _SCALAR_TAGS or tag == "!"
        elif isinstance(node, yaml.SequenceNode):
            ok = tag in (_YAML + "seq", _YAML + "set")
        else:
            ok = tag in (_YAML + "map", _YAML + "omap", _YAML + "set")
        if not ok:
            raise self.error(node, f"unsupported YAML tag {tag!r}; a spec may only hold plain data")

    def _build(self, node: yaml.Node) -> Any:
        key = id(node)
        if key in self.done:
            return self.done[key]
        if isinstance(node, yaml.ScalarNode):
            value = self._scalar(node)
        elif isinstance(node, yaml.SequenceNode):
            value = [self._build(c) for c in node.value]
        else:
            value = {}
            for k_node, v_node in node.value:
                if not isinstance(k_node, yaml.ScalarNode):
                    raise self.error(k_node, "mapping keys must be plain scalars")
                if k_node.tag == _YAML + "merge":
                    raise self.error(k_node, "YAML merge keys (<<) are not supported in specs")
                k = k_node.value
                if k in value:
                    raise self.error(k_node, f"duplicate key {k!r}")
                value[k] = self._build(v_node)
        self.done[key] = value
        return value

    def _scalar(self, node: yaml.ScalarNode) -> Any:
        tag, text = node.tag, node.value
        if tag == _YAML + "int":
            try:
                return int(text.replace("_", ""), 0)
            except ValueError:
                try:
                    return int(text.replace("_", ""))
                except ValueError:
                    return text
        if tag == _YAML + "float":
            low = text.lower().replace("_", "")
            if low in (".inf", "+.inf"):
                return float("inf")
            if low == "-.inf":
                return float("-inf")
            if low == ".nan":
                return float("nan")
            try:
                return float(low)
            except ValueError:
                return text
        if tag == _YAML + "bool":
            return text.lower() in ("true", "yes", "on", "y")
        if tag == _YAML + "null":
            return None
        # timestamps and binary stay as the text the author wrote: specs are JSON data
        return text


def _children(node: yaml.Node) -> list[yaml.Node]:
    if isinstance(node, yaml.SequenceNode):
        return list(node.value)
    if isinstance(node, yaml.MappingNode):
        return [n for pair in node.value for n in pair]
    return []
