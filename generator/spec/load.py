"""Load an OpenAPI document from YAML or JSON, keeping positions for error messages.

Nothing here raises on user input except ``UserError`` with located problems.

YAML is read as a stream of parser events (libyaml's C parser when available) and assembled
here, iteratively, into plain data plus a node tree for positions. No constructor ever runs, so
tags such as ``!!python/object/apply`` are reported, never executed. The assembly enforces the
limits that keep hostile input cheap: nesting depth (checked while parsing, so a 100,000-deep
document stops at level ``MAX_DEPTH`` instead of overflowing the C stack), and the size of the
document with aliases expanded (a "billion laughs" document stops as soon as it passes
``MAX_EXPANDED_NODES``, long before anything is copied: aliases share their data).

Problems that do not stop reading (a duplicate key, a forbidden tag, a bad merge key) are collected
in ``Document.problems`` for the validator to report with everything else; the rest raise
``UserError``.
"""

from __future__ import annotations

import gc
import hashlib
import json
import re
import sys
from dataclasses import dataclass, field
from typing import Any

import yaml
from yaml.events import (
    AliasEvent,
    DocumentStartEvent,
    MappingEndEvent,
    MappingStartEvent,
    ScalarEvent,
    SequenceEndEvent,
    SequenceStartEvent,
)
from yaml.resolver import Resolver

from generator.problems import Problem, UserError, join_pointer

try:  # the C parser is several times faster; fall back to the pure-Python one
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]

MAX_BYTES = 64 * 1024 * 1024
#: Total number of keys and values the document may have once aliases are expanded (the OpenAI and
#: Stripe specs, among the largest public ones, have about 110,000 and 142,000).
MAX_EXPANDED_NODES = 2_000_000
#: Deepest nesting accepted (far beyond any real spec, well inside Python's recursion limit).
MAX_DEPTH = 200

_YAML = "tag:yaml.org,2002:"
_STR = _YAML + "str"
_MERGE = _YAML + "merge"
_SCALAR_TAGS = frozenset(
    _YAML + t
    for t in ("str", "int", "float", "bool", "null", "timestamp", "binary", "merge", "value")
)
_SEQ_TAGS = frozenset(_YAML + t for t in ("seq", "omap", "pairs"))
_MAP_TAGS = frozenset(_YAML + t for t in ("map", "set"))


@dataclass
class Document:
    """A loaded document: plain JSON-like data plus a way to locate any JSON pointer in it."""

    path: str
    data: dict[str, Any]
    _root_node: yaml.Node | None = field(default=None, repr=False)
    _text: str | None = field(default=None, repr=False)
    #: problems met while reading that did not stop it (reported by the validator)
    problems: list[Problem] = field(default_factory=list)
    #: pointers of values that could not be read as written (a forbidden tag, an undefined alias);
    #: the validator says nothing more about them or what is inside them
    opaque: list[str] = field(default_factory=list)
    #: SHA-256 of the text as read (recorded in the output's lock file); for a spec spread over
    #: several files, of the files' hashes in ``files`` order
    sha256: str = ""
    #: every file the document was read from: this one first, then each file its references
    #: brought in (see bundle.py), in the order they were read
    files: list[str] = field(default_factory=list)
    file_hashes: list[str] = field(default_factory=list)
    #: (pointer here, document, pointer there) of each part copied in from another file
    origins: list[tuple[str, Document, str]] = field(default_factory=list, repr=False)

    def locate(self, pointer: str) -> tuple[int | None, int | None]:
        """Return the 1-based (line, column) of the value at ``pointer``, or (None, None).

        When the pointer goes past what exists, the position of the deepest existing part is given.
        """
        if self._root_node is None:
            return (None, None)
        node: yaml.Node = self._root_node
        for token in _split_pointer(pointer):
            nxt = None
            if isinstance(node, yaml.MappingNode):
                for key, value in reversed(node.value):  # merged keys come first; later ones win
                    if isinstance(key, yaml.ScalarNode) and key.value == token:
                        nxt = value
                        break
            elif isinstance(node, yaml.SequenceNode) and token.isdigit():
                index = int(token)
                if index < len(node.value):
                    nxt = node.value[index]
            if nxt is None:
                break
            node = nxt
        return (node.start_mark.line + 1, node.start_mark.column + 1)

    def problem(self, pointer: str, message: str, severity: str = "error") -> Problem:
        source = self.origin(pointer)
        if source is not None:  # a part bundled from another file: located in that file
            return source[0].problem(source[1], message, severity)
        line, column = self.locate(pointer)
        return Problem(self.path, line, column, pointer, message, severity)  # type: ignore[arg-type]

    def origin(self, pointer: str) -> tuple[Document, str] | None:
        """The file and pointer a bundled part came from (longest matching prefix), if any."""
        best: tuple[str, Document, str] | None = None
        for prefix, doc, there in self.origins:
            if (pointer == prefix or pointer.startswith(prefix + "/")) and (
                best is None or len(prefix) > len(best[0])
            ):
                best = (prefix, doc, there)
        return None if best is None else (best[1], best[2] + pointer[len(best[0]) :])

    def order_key(self, problem: Problem) -> tuple[Any, ...]:
        """Sort key putting problems in document order (by position, else by pointer)."""
        if problem.line is not None:
            return (0, problem.line, problem.column or 0)
        if problem.pointer is None:
            return (-1,)
        key: list[int] = []
        value: Any = self.data
        for token in _split_pointer(problem.pointer):
            if isinstance(value, dict) and token in value:
                key.append(list(value).index(token))
                value = value[token]
            elif isinstance(value, list) and token.isdigit() and int(token) < len(value):
                key.append(int(token))
                value = value[int(token)]
            else:
                key.append(sys.maxsize)
                break
        return (1, tuple(key))


def _split_pointer(pointer: str) -> list[str]:
    if not pointer:
        return []
    return [t.replace("~1", "/").replace("~0", "~") for t in pointer.lstrip("#").split("/")[1:]]


def _fail(
    path: str,
    message: str,
    line: int | None = None,
    column: int | None = None,
    pointer: str | None = None,
) -> UserError:
    return UserError([Problem(path, line, column, pointer, message)])


def _position(text: str, offset: int) -> tuple[int, int]:
    """1-based (line, column) of a character offset."""
    line = text.count("\n", 0, offset) + 1
    return line, offset - (text.rfind("\n", 0, offset) + 1) + 1


# -- reading -----------------------------------------------------------------------------------


def read_text(path: str) -> str:
    """Read a spec file as UTF-8 text, turning every I/O and encoding failure into a UserError."""
    try:
        with open(path, "rb") as f:
            raw = f.read(MAX_BYTES + 1)
    except FileNotFoundError:
        raise _fail(path, "file not found") from None
    except IsADirectoryError:
        raise _fail(path, "is a directory, not a spec file") from None
    except PermissionError:
        raise _fail(path, "permission denied") from None
    except OSError as exc:
        raise _fail(path, f"cannot read file: {exc.strerror or exc}") from None
    except ValueError:  # e.g. an embedded NUL in the path
        raise _fail(repr(path), "not a usable file name") from None
    if len(raw) > MAX_BYTES:
        raise _fail(
            path, f"file is larger than {MAX_BYTES // (1024 * 1024)} MiB; refusing to read it"
        )
    return decode(raw, path)


def decode(raw: bytes, path: str = "<bytes>") -> str:
    """Decode spec bytes as UTF-8 (a BOM is allowed), locating the first bad byte."""
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    for bom, name in (
        (b"\xff\xfe\x00\x00", "UTF-32"),
        (b"\x00\x00\xfe\xff", "UTF-32"),
        (b"\xff\xfe", "UTF-16"),
        (b"\xfe\xff", "UTF-16"),
    ):
        if raw.startswith(bom):
            raise _fail(path, f"the file is {name}-encoded; save it as UTF-8", 1, 1)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        line_start = raw.rfind(b"\n", 0, exc.start) + 1
        # the column counts characters, as an editor does; the prefix of the line is valid UTF-8
        column = len(raw[line_start : exc.start].decode("utf-8", "replace")) + 1
        raise _fail(
            path,
            f"not valid UTF-8 (byte 0x{raw[exc.start]:02x}); save the file as UTF-8",
            line,
            column,
        ) from None
    if "\x00" in text:
        line, column = _position(text, text.index("\x00"))
        raise _fail(
            path,
            "contains a NUL character; a spec must be text (is this a binary file?)",
            line,
            column,
        )
    return text


def load(path: str) -> Document:
    """Load the spec at ``path`` (YAML or JSON, told apart by content and name), with the files
    its relative external references name bundled in (see bundle.py)."""
    from generator.spec.bundle import bundle  # bundle.py builds on this module

    return bundle(load_file(path), load_file)


def load_file(path: str) -> Document:
    """Load one file, without following references to other files."""
    doc = loads(read_text(path), path)
    doc.files = [path]
    return doc


def loads(text: str, path: str = "<string>") -> Document:
    """Parse spec text; ``path`` is only used in messages and to tell JSON from YAML."""
    doc = _loads(text, path)
    doc.sha256 = hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()
    return doc


def _loads(text: str, path: str) -> Document:
    if text.startswith("\ufeff"):
        text = text[1:]
    if not text.strip():
        raise _fail(path, "file is empty; expected an OpenAPI document")
    lower = path.lower()
    is_yaml_name = lower.endswith((".yaml", ".yml"))
    if lower.endswith(".json") or (text.lstrip()[:1] in ("{", "[") and not is_yaml_name):
        try:
            return _load_json(text, path)
        except UserError as json_error:
            if lower.endswith(".json"):
                raise
            try:  # flow-style YAML that is not strict JSON
                return _load_yaml(text, path)
            except UserError:
                raise json_error from None
    return _load_yaml(text, path)


def _check_top(
    data: Any, path: str, line: int | None = None, column: int | None = None
) -> dict[str, Any]:
    if isinstance(data, dict):
        return data
    if isinstance(data, list):
        kind = "a list"
    elif data is None:
        kind = "null"
    elif isinstance(data, str):
        shown = data if len(data) <= 40 else data[:37] + "..."
        kind = f"a single string ({shown!r})"
        if data.lstrip().startswith("<"):
            kind += ", which looks like HTML or XML"
    else:
        kind = f"a single {'boolean' if isinstance(data, bool) else 'number'} ({data!r})"
    raise _fail(
        path,
        f"the document is {kind}, not a mapping; an OpenAPI document is a mapping "
        "with 'openapi', 'info' and 'paths'",
        line,
        column,
    )


# -- JSON --------------------------------------------------------------------------------------


_SURROGATE_ESCAPE = re.compile(r"\\u([dD][89a-fA-F][0-9a-fA-F]{2})")


def _check_surrogates(text: str, path: str) -> None:
    """Refuse ``\\ud800``-style escapes that do not form a pair: they decode to strings that no
    file can hold (YAML's parser refuses them itself)."""
    if "\\u" not in text:
        return
    # an escape: (where its run of backslashes begins, the run's length, its four hex digits)
    pending_high: tuple[int, int, str] | None = None
    last_end = -1
    bad: tuple[int, int, str] | None = None
    for m in _SURROGATE_ESCAPE.finditer(text):
        run = 1
        while m.start() - run >= 0 and text[m.start() - run] == "\\":
            run += 1
        if run % 2 == 0:
            continue  # an escaped backslash followed by a plain "u"
        escape = (m.start() - run + 1, run, m.group(1))
        low = escape[2][1].lower() in "cdef"
        if pending_high is not None and low and escape[0] == last_end:
            pending_high = None
        elif pending_high is None and not low:
            pending_high = escape
        else:
            bad = pending_high or escape
            break
        last_end = m.end()
    else:
        if pending_high is None:
            return
        bad = pending_high
    assert bad is not None
    start = bad[0] + bad[1] - 1
    line = text.count("\n", 0, start) + 1
    column = start - (text.rfind("\n", 0, start) + 1) + 1
    raise _fail(
        path,
        f"invalid JSON string: \\u{bad[2]} is half of a UTF-16 surrogate pair",
        line,
        column,
    )


def _load_json(text: str, path: str) -> Document:
    _check_surrogates(text, path)
    duplicates: list[tuple[dict[str, Any], str]] = []

    def pairs_hook(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        obj = dict(pairs)
        if len(obj) != len(pairs):
            seen: set[str] = set()
            for key, _ in pairs:
                if key in seen:
                    duplicates.append((obj, key))
                seen.add(key)
        return obj

    try:
        data = json.loads(text, object_pairs_hook=pairs_hook)
    except json.JSONDecodeError as exc:
        message = f"invalid JSON: {exc.msg}"
        before = text[: exc.pos].rstrip()
        if not text[exc.pos :].strip():
            message += " (the file ends too early: is it cut short?)"
        elif before.endswith(",") and exc.msg.startswith(
            ("Expecting property name", "Expecting value")
        ):
            message += " (JSON allows no comma before a closing bracket)"
        raise _fail(path, message, exc.lineno, exc.colno) from None
    except RecursionError:
        raise _json_too_deep(text, path) from None
    except ValueError as exc:  # an integer too long to convert
        match = (
            re.search(r"\d{" + str(sys.get_int_max_str_digits() + 1) + ",}", text)
            if hasattr(sys, "get_int_max_str_digits")
            else None
        )
        line, column = _position(text, match.start()) if match else (None, None)
        raise _fail(path, f"invalid JSON: {str(exc).split(';')[0]}", line, column) from None
    data = _check_top(data, path, *_position(text, len(text) - len(text.lstrip())))
    if _depth_exceeds(data):
        raise _json_too_deep(text, path)
    doc = Document(path, data)
    if duplicates:
        where = _find_objects(data, {id(obj) for obj, _ in duplicates})
        for obj, key in duplicates:
            pointer = join_pointer(where.get(id(obj), ""), key)
            doc.problems.append(
                Problem(
                    path,
                    None,
                    None,
                    pointer,
                    f"duplicate key {key!r}; only the last one would be used",
                )
            )
    return doc


def _depth_exceeds(data: Any) -> bool:
    """Whether a list or object is nested deeper than MAX_DEPTH (a level of the tree at a time)."""
    level = [data]
    for _ in range(MAX_DEPTH + 1):
        below: list[Any] = []
        for value in level:
            if isinstance(value, dict):
                below.extend([v for v in value.values() if isinstance(v, (dict, list))])
            elif isinstance(value, list):
                below.extend([v for v in value if isinstance(v, (dict, list))])
        if not below:
            return False
        level = below
    return True


_JSON_TOKENS = re.compile(r'"(?:[^"\\]|\\.)*"|[\[\]{}]', re.DOTALL)


def _json_too_deep(text: str, path: str) -> UserError:
    depth = 0
    for match in _JSON_TOKENS.finditer(text):
        token = match.group()
        if token in "[{":
            depth += 1
            if depth > MAX_DEPTH + 1:
                line, column = _position(text, match.start())
                return _fail(
                    path, f"nesting is too deep (more than {MAX_DEPTH} levels)", line, column
                )
        elif token in "]}":
            depth -= 1
    return _fail(path, f"nesting is too deep (more than {MAX_DEPTH} levels)")


def _find_objects(data: Any, wanted: set[int]) -> dict[int, str]:
    """Pointers of the given containers (by id), found by one iterative walk."""
    found: dict[int, str] = {}
    stack: list[tuple[Any, str]] = [(data, "")]
    while stack and len(found) < len(wanted):
        value, pointer = stack.pop()
        if id(value) in wanted:
            found.setdefault(id(value), pointer)
        if isinstance(value, dict):
            stack.extend(
                (v, join_pointer(pointer, k))
                for k, v in value.items()
                if isinstance(v, (dict, list))
            )
        elif isinstance(value, list):
            stack.extend(
                (v, join_pointer(pointer, i))
                for i, v in enumerate(value)
                if isinstance(v, (dict, list))
            )
    return found


# -- YAML --------------------------------------------------------------------------------------


def _load_yaml(text: str, path: str) -> Document:
    composer = _Composer(path)
    # the assembled data holds no reference cycles; pausing the cycle collector halves load time
    gc_was_enabled = gc.isenabled()
    gc.disable()
    try:
        composer.run(yaml.parse(text, Loader=_Loader))
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        message = _yaml_message(exc)
        if mark is not None:
            line_start = text.rfind("\n", 0, mark.index) + 1
            indent = text[line_start : mark.index + 1]
            if "\t" in indent and not indent.replace("\t", "").replace(" ", ""):
                message = "invalid YAML: a tab in the indentation; YAML indents with spaces only"
        raise _fail(path, message, *_mark(mark)) from None
    except yaml.reader.ReaderError as exc:
        line, column = _position(text, min(exc.position, len(text)))
        what = f"character {exc.character!r}" if isinstance(exc.character, str) else "character"
        raise _fail(
            path, f"invalid YAML: unacceptable {what} ({exc.reason})", line, column
        ) from None
    except yaml.YAMLError as exc:
        raise _fail(path, f"invalid YAML: {exc}") from None
    finally:
        if gc_was_enabled:
            gc.enable()
    if composer.root is None:
        raise _fail(
            path, "file has no content (only comments or blank lines); expected an OpenAPI document"
        )
    node, data = composer.root
    data = _check_top(data, path, node.start_mark.line + 1, node.start_mark.column + 1)
    return Document(path, data, node, text, composer.problems, composer.opaque)


def _mark(mark: Any) -> tuple[int | None, int | None]:
    return (mark.line + 1, mark.column + 1) if mark is not None else (None, None)


def _yaml_message(exc: yaml.MarkedYAMLError) -> str:
    message = f"invalid YAML: {exc.problem or exc.context or 'syntax error'}"
    if exc.problem and exc.context:
        context = exc.context
        if (
            exc.context_mark is not None
            and exc.problem_mark is not None
            and exc.context_mark.line != exc.problem_mark.line
        ):
            context += f" (line {exc.context_mark.line + 1})"
        message += f", {context}"
    return message


def _shown_tag(tag: str) -> str:
    return "!!" + tag[len(_YAML) :] if tag.startswith(_YAML) else tag


class _Frame:
    """A collection being assembled."""

    __slots__ = ("node", "data", "depth", "size", "height", "key_node", "merges", "anchor")

    def __init__(self, node: yaml.Node, data: Any, depth: int, anchor: str | None) -> None:
        self.node = node
        self.data = data
        self.depth = depth
        self.size = 1
        self.height = 0
        self.key_node: yaml.ScalarNode | None = None
        self.merges: list[tuple[yaml.Node, Any]] = []
        self.anchor = anchor


class _Composer:
    """Assembles parser events into (node tree, plain data) without recursion or constructors."""

    def __init__(self, path: str) -> None:
        self.path = path
        self.resolver = Resolver()
        self.stack: list[_Frame] = []
        #: anchor -> (node, data, expanded size, height)
        self.anchors: dict[str, tuple[yaml.Node, Any, int, int]] = {}
        self.open_anchors: set[str] = set()
        self.root: tuple[yaml.Node, Any] | None = None
        self.problems: list[Problem] = []
        self.opaque: list[str] = []
        self.documents = 0

    # -- problems ------------------------------------------------------------------------------
    def pointer(self) -> str:
        """The pointer of the value being read now."""
        tokens: list[str | int] = []
        for frame in self.stack:
            if isinstance(frame.data, list):
                tokens.append(len(frame.data))
            elif frame.key_node is not None:
                tokens.append(frame.key_node.value)
        return join_pointer("", *tokens)

    def fatal(self, mark: Any, message: str, pointer: str | None = None) -> UserError:
        return _fail(self.path, message, *_mark(mark), pointer)

    def report(self, mark: Any, message: str, pointer: str | None = None) -> None:
        self.problems.append(Problem(self.path, *_mark(mark), pointer, message))

    def check_tag(self, tag: str, allowed: frozenset[str], event: Any) -> None:
        if tag in allowed:
            return
        shown = _shown_tag(tag)
        if "python/" in tag:
            message = (
                f"YAML tag {shown!r} asks to build a Python object; a spec may only hold plain "
                "data (the tag was not executed)"
            )
        else:
            message = (
                f"unsupported YAML tag {shown!r}; a spec may only hold plain data "
                "(strings, numbers, booleans, null, lists, mappings)"
            )
        pointer = self.pointer()
        self.report(event.start_mark, message, pointer)
        self.opaque.append(pointer)

    # -- events --------------------------------------------------------------------------------
    def run(self, events: Any) -> None:
        for event in events:
            kind = type(event)
            if kind is ScalarEvent:
                self.scalar(event)
            elif kind is MappingStartEvent or kind is SequenceStartEvent:
                self.start(event, kind is MappingStartEvent)
            elif kind is MappingEndEvent or kind is SequenceEndEvent:
                self.end(event)
            elif kind is AliasEvent:
                self.alias(event)
            elif kind is DocumentStartEvent:
                self.documents += 1
                if self.documents > 1:
                    self.report(
                        event.start_mark,
                        "a second YAML document ('---') in the same file; "
                        "a spec is one document (the rest of the file was not read)",
                    )
                    return

    def scalar(self, event: ScalarEvent) -> None:
        tag = event.tag
        if tag is None:
            tag = self.resolver.resolve(yaml.ScalarNode, event.value, event.implicit)
        elif tag == "!":
            tag = _STR
        else:
            self.check_tag(tag, _SCALAR_TAGS, event)
        node = yaml.ScalarNode(tag, event.value, event.start_mark, event.end_mark, event.style)  # type: ignore[arg-type]
        data = _scalar(tag, event.value)
        if event.anchor is not None:
            self.anchors[event.anchor] = (node, data, 1, 0)
        self.attach(node, data, 1, 0, event)

    def start(self, event: Any, is_map: bool) -> None:
        depth = len(self.stack) + 1
        if depth > MAX_DEPTH:
            raise self.fatal(
                event.start_mark, f"nesting is too deep (more than {MAX_DEPTH} levels)"
            )
        tag = event.tag
        if tag is not None and tag != "!":
            self.check_tag(tag, _MAP_TAGS if is_map else _SEQ_TAGS, event)
        else:
            tag = _YAML + ("map" if is_map else "seq")
        node_type = yaml.MappingNode if is_map else yaml.SequenceNode
        node = node_type(tag, [], event.start_mark, None, event.flow_style)
        if event.anchor is not None:
            self.open_anchors.add(event.anchor)
        self.stack.append(_Frame(node, {} if is_map else [], depth, event.anchor))

    def end(self, event: Any) -> None:
        frame = self.stack.pop()
        frame.node.end_mark = event.end_mark
        if frame.merges:
            self.merge(frame)
        if frame.anchor is not None:
            self.open_anchors.discard(frame.anchor)
            self.anchors[frame.anchor] = (frame.node, frame.data, frame.size, frame.height)
        self.attach(frame.node, frame.data, frame.size, frame.height, event)

    def alias(self, event: AliasEvent) -> None:
        name = event.anchor
        if name in self.open_anchors:
            raise self.fatal(
                event.start_mark,
                f"recursive YAML alias *{name} (a value contains itself)",
                self.pointer(),
            )
        target = self.anchors.get(name or "")
        if target is None:
            pointer = self.pointer()
            self.report(
                event.start_mark,
                f"YAML alias *{name} refers to no anchor &{name} before it",
                pointer,
            )
            self.opaque.append(pointer)
            node = yaml.ScalarNode(_YAML + "null", "", event.start_mark, event.end_mark)  # type: ignore[arg-type]
            self.attach(node, None, 1, 0, event)
            return
        self.attach(*target, event)

    def attach(self, node: yaml.Node, data: Any, size: int, height: int, event: Any) -> None:
        if not self.stack:
            if self.root is None:
                self.root = (node, data)
            return
        frame = self.stack[-1]
        if frame.depth + height > MAX_DEPTH:  # an alias to something deep, placed deep
            raise self.fatal(
                event.start_mark,
                f"nesting is too deep (more than {MAX_DEPTH} levels, "
                "counting what aliases stand for)",
            )
        frame.size += size
        if frame.size > MAX_EXPANDED_NODES:
            raise self.fatal(
                event.start_mark,
                f"YAML aliases expand to more than {MAX_EXPANDED_NODES:,} "
                "values (an alias bomb?); refusing to load",
            )
        if height + 1 > frame.height:
            frame.height = height + 1
        container = frame.data
        if isinstance(container, list):
            frame.node.value.append(node)
            container.append(data)
            return
        key_node = frame.key_node
        if key_node is None:  # this is a key
            if not isinstance(node, yaml.ScalarNode):
                self.report(
                    event.start_mark if isinstance(event, AliasEvent) else node.start_mark,
                    "a mapping key must be a plain string or number, not a "
                    f"{'list' if isinstance(node, yaml.SequenceNode) else 'mapping'}",
                    self.pointer(),
                )
                node = yaml.ScalarNode(
                    _STR,
                    f"<invalid key at line {node.start_mark.line + 1}>",
                    node.start_mark,
                    node.end_mark,
                )
            frame.key_node = node  # type: ignore[assignment]
            return
        frame.key_node = None
        if key_node.tag == _MERGE:
            if isinstance(node, yaml.MappingNode) or (
                isinstance(node, yaml.SequenceNode)
                and node.value
                and all(isinstance(n, yaml.MappingNode) for n in node.value)
            ):
                frame.merges.append((node, data))
            else:
                self.report(
                    key_node.start_mark,
                    "the value of a merge key (<<) must be a mapping or a list of mappings",
                    join_pointer(self.pointer(), "<<"),
                )
            return
        key = key_node.value
        if key in container:
            first = next(
                k for k, _ in frame.node.value if isinstance(k, yaml.ScalarNode) and k.value == key
            )
            self.report(
                key_node.start_mark,
                f"duplicate key {key!r} (first at line "
                f"{first.start_mark.line + 1}); only the last one would be used",
                join_pointer(self.pointer(), key),
            )
        frame.node.value.append((key_node, node))
        container[key] = data

    def merge(self, frame: _Frame) -> None:
        """Apply ``<<`` merge keys: merged entries first (earlier sources win), then own keys."""
        merged: dict[str, Any] = {}
        pairs: dict[str, tuple[yaml.Node, yaml.Node]] = {}
        for node, data in frame.merges:
            sources = (
                [(node, data)]
                if isinstance(node, yaml.MappingNode)
                else list(zip(node.value, data, strict=True))
            )
            for source_node, source_data in sources:
                source_pairs = {k.value: (k, v) for k, v in source_node.value}
                for key, value in source_data.items():
                    if key not in merged:
                        merged[key] = value
                        pairs[key] = source_pairs[key]
        own = frame.data
        frame.node.value = list(pairs.values()) + frame.node.value
        merged.update(own)
        frame.data = merged


def _scalar(tag: str, text: str) -> Any:
    if tag == _YAML + "int":
        digits = text.replace("_", "")
        try:
            if digits.lstrip("+-").startswith("0o"):
                return int(digits, 8)
            if digits.lstrip("+-")[:2] in ("0x", "0b"):
                return int(digits, 0)
            if re.fullmatch(r"[-+]?0[0-7]+", digits):  # YAML 1.1 octal
                return int(digits, 8)
            if ":" in digits:  # YAML 1.1 sexagesimal (190:20:30); keep the text
                return text
            return int(digits)
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
    # strings, timestamps and binary stay as the text the author wrote: specs are JSON data
    return text
