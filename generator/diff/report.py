"""The diff report: per-target effects, locations in both specs, and text / JSON / Markdown forms."""

from __future__ import annotations

import bisect
import json
import re
from dataclasses import dataclass, field
from typing import Any

from generator.diff.changes import CLASS_TITLES, CLASSES, RANK, Change, CodeRef
from generator.diff.compare import compare
from generator.ir.model import Api
from generator.spec.load import Document
from generator.spec.walk import decode_pointer, resolve
from generator.targets.names import ClientNames, client_names, languages

FORMATS = ("text", "json", "markdown")
FAIL_ON = ("breaking", "wire", "any")
BUMPS = {"breaking": "major", "wire": "major", "compatible": "minor", "docs": "patch"}


@dataclass
class Side:
    label: str  # as the user named it: a path or git:REV:path
    api: Api
    doc: Document
    #: the text of a JSON spec, to give lines (a YAML document knows its own)
    text: str | None = None


@dataclass
class Report:
    old: str
    new: str
    changes: list[Change]
    targets: dict[str, bool] = field(default_factory=dict)  # language -> names exact
    locations: list[tuple[dict[str, Any] | None, dict[str, Any] | None]] = field(
        default_factory=list
    )

    def counts(self) -> dict[str, int]:
        out: dict[str, int] = {c: 0 for c in CLASSES}
        for change in self.changes:
            out[change.cls] += 1
        return out

    def semver(self) -> str:
        if not self.changes:
            return "none"
        return BUMPS[max((c.cls for c in self.changes), key=lambda s: RANK[s])]

    def fails(self, fail_on: str | None) -> bool:
        if fail_on is None:
            return False
        if fail_on == "any":
            return bool(self.changes)
        return any(RANK[c.cls] >= RANK[fail_on] for c in self.changes)


# -- building ----------------------------------------------------------------------------------


def build_report(old: Side, new: Side, langs: list[str] | None = None) -> Report:
    changes = compare(old.api, new.api, old.doc.data, new.doc.data)
    wanted = langs if langs is not None else languages()
    names: dict[str, tuple[ClientNames, ClientNames]] = {
        lang: (client_names(old.api, lang), client_names(new.api, lang)) for lang in wanted
    }
    kept: list[Change] = []
    for change in changes:
        for lang, (o, n) in names.items():
            old_name = code_name(change.old_code, o) if change.old_code else None
            new_name = code_name(change.new_code, n) if change.new_code else None
            if change.renames:
                # the thing itself, not where it sits (a renamed method is reported on its own)
                same = (
                    _leaf(change.old_code, o) == _leaf(change.new_code, n)
                    if change.old_code is not None and change.new_code is not None
                    else old_name == new_name
                )
                cls = change.same_name if same else "breaking"
            else:
                cls = change.severity
            change.effects[lang] = {"class": cls, "old": old_name, "new": new_name}
        if change.only_if_renamed and all(
            e["class"] != "breaking" for e in change.effects.values()
        ):
            continue
        kept.append(change)
    report = Report(old.label, new.label, kept, {lang: n[0].exact for lang, n in names.items()})
    old_lines, new_lines = _JsonLines(old.text), _JsonLines(new.text)
    report.locations = [
        (
            _location(old.doc, c.old, old_lines) if c.old is not None else None,
            _location(new.doc, c.new, new_lines) if c.new is not None else None,
        )
        for c in kept
    ]
    return report


def code_name(ref: CodeRef, names: ClientNames) -> str | None:
    """How a target's user writes the thing ``ref`` names, or None when that target lacks it."""
    kind = ref.root[0]
    base: str | None
    if kind == "package":
        base = names.package()
    elif kind == "client":
        base = names.client()
    elif kind == "type":
        base = names.type(ref.root[1])
    else:
        method = names.operation(ref.root[1])
        if method is None:
            return None
        if kind == "operation":
            base = method
        elif kind == "parameter":
            arg = names.parameter(ref.root[1], ref.root[2], ref.root[3])
            base = f"{method}({arg})" if arg is not None else None
        elif kind == "body":
            base = f"{method}(body)"
        elif kind == "error":
            base = f"{method}() error {ref.root[2]} body"
        else:
            base = f"{method}()"
    if base is None:
        return None
    for step in ref.steps:
        if step[0] == "field":
            base += "." + names.field(step[1])
        elif step[0] == "items":
            base += "[]"
        elif step[0] == "values":
            base += "[*]"
        elif step[0] == "variant":
            base += f"<{step[1]}>"
    return base


def _leaf(ref: CodeRef, names: ClientNames) -> str | None:
    """The last part of a code name: the argument, the field, else the whole name."""
    if ref.steps:
        step = ref.steps[-1]
        return names.field(step[1]) if step[0] == "field" else code_name(ref, names)
    if ref.root[0] == "parameter":
        return names.parameter(ref.root[1], ref.root[2], ref.root[3])
    return code_name(ref, names)


def _location(doc: Document, pointer: str, json_lines: _JsonLines) -> dict[str, Any]:
    """The pointer as the document spells it (through any $ref on the way) and its line."""
    real = _real_pointer(doc.data, pointer)
    line, _column = doc.locate(real)
    if line is None:
        line = json_lines.line(real)
    out: dict[str, Any] = {"pointer": real}
    if line is not None:
        out["line"] = line
    return out


class _JsonLines:
    """Lines of JSON pointers in a JSON text, found by scanning only what leads to them.

    Every key met on the way is remembered, so the many pointers of a report into one big spec
    cost about one pass over the text."""

    def __init__(self, text: str | None) -> None:
        self.text = text
        self.found: dict[str, int] = {"": 0}
        self.decoder = json.JSONDecoder()
        self.starts: list[int] = []
        if text is not None:
            self.starts = [0] + [m.end() for m in re.finditer("\n", text)]
            self.found[""] = self._ws(0)

    def _ws(self, i: int) -> int:
        assert self.text is not None
        while i < len(self.text) and self.text[i] in " \t\r\n":
            i += 1
        return i

    def line(self, pointer: str) -> int | None:
        if self.text is None:
            return None
        try:
            position = self._find(pointer)
        except (ValueError, IndexError):
            return None
        return bisect.bisect_right(self.starts, position)

    def _find(self, pointer: str) -> int:
        assert self.text is not None
        text = self.text
        tokens = decode_pointer(pointer)
        # the deepest prefix already known
        depth = len(tokens)
        while depth and _join(tokens[:depth]) not in self.found:
            depth -= 1
        i = self.found[_join(tokens[:depth])]
        for k in range(depth, len(tokens)):
            prefix, token = _join(tokens[:k]), tokens[k]
            if text[i] == "{":
                i = self._ws(i + 1)
                hit = None
                while text[i] != "}":
                    key, i = json.decoder.scanstring(text, i + 1)  # type: ignore[attr-defined]
                    i = self._ws(self._ws(i) + 1)  # past the colon
                    self.found.setdefault(prefix + "/" + _escape(key), i)
                    if key == token and hit is None:
                        hit = i
                    _, i = self.decoder.raw_decode(text, i)
                    i = self._ws(i)
                    if text[i] == ",":
                        i = self._ws(i + 1)
                if hit is None:
                    return self.found[prefix]
                i = hit
            elif text[i] == "[" and token.isdigit():
                i = self._ws(i + 1)
                index = 0
                while text[i] != "]" and index < int(token):
                    _, i = self.decoder.raw_decode(text, i)
                    i = self._ws(i)
                    if text[i] == ",":
                        i = self._ws(i + 1)
                    index += 1
                if text[i] == "]":
                    return self.found[prefix]
                self.found[prefix + "/" + token] = i
            else:
                return i
        return i


def _escape(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")


def _join(tokens: list[str]) -> str:
    return "".join("/" + _escape(t) for t in tokens)


def _real_pointer(data: Any, pointer: str) -> str:
    node, real = data, ""
    for token in decode_pointer(pointer):
        if isinstance(node, dict) and isinstance(node.get("$ref"), str):
            target, where = resolve(data, node, real)
            if target is not None:
                node, real = target, where
        if isinstance(node, dict) and token in node:
            node = node[token]
        elif isinstance(node, list) and token.isdigit() and int(token) < len(node):
            node = node[int(token)]
        else:
            return pointer if not real else real + pointer[len(_prefix(pointer, real)) :]
        real += "/" + token.replace("~", "~0").replace("/", "~1")
    return real


def _prefix(pointer: str, real: str) -> str:
    """The part of ``pointer`` consumed while ``real`` was built (same number of tokens)."""
    count = real.count("/")
    parts = pointer.split("/")
    return "/".join(parts[: count + 1])


# -- rendering -----------------------------------------------------------------------------------

_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def _plain(text: str) -> str:
    """Spec text made safe for a terminal: control and bidi characters escaped, one line."""
    return _CONTROL.sub(lambda m: f"\\u{ord(m.group(0)):04x}", text)


def _text_quote(value: str) -> str:
    return f"`{_plain(value)}`"


def _md_code(value: str) -> str:
    """A Markdown code span that shows ``value`` literally, whatever it holds."""
    value = _plain(value)
    longest = max((len(m) for m in re.findall(r"`+", value)), default=0)
    fence = "`" * (longest + 1)
    pad = " " if value.startswith("`") or value.endswith("`") or not value.strip() else ""
    return f"{fence}{pad}{value}{pad}{fence}"


def summary_line(report: Report) -> str:
    counts = report.counts()
    parts = [f"{counts[c]} {'documentation' if c == 'docs' else c}" for c in CLASSES if counts[c]]
    total = len(report.changes)
    if not total:
        return "no changes that affect the clients; semver: none"
    return (
        f"{total} change{'s' if total != 1 else ''} ({', '.join(parts)}); semver: {report.semver()}"
    )


def render_text(report: Report) -> str:
    lines = [f"clientgen diff {_plain(report.old)} -> {_plain(report.new)}", summary_line(report)]
    width = max((len(lang) for lang in report.targets), default=0)
    for cls in CLASSES:
        group = [(i, c) for i, c in enumerate(report.changes) if c.cls == cls]
        if not group:
            continue
        lines += ["", f"{CLASS_TITLES[cls]} ({len(group)}):"]
        for i, change in group:
            lines.append(f"  - {change.text(_text_quote)} [{change.rule}]")
            if change.note:
                lines.append(f"      also: {change.note}")
            for lang, effect in change.effects.items():
                shown = _effect(effect, _text_quote)
                if shown:
                    guess = "" if report.targets.get(lang, True) else " (names guessed)"
                    lines.append(f"      {lang.ljust(width)}  {effect['class']}: {shown}{guess}")
            old, new = report.locations[i]
            for side, loc in (("old", old), ("new", new)):
                if loc is not None:
                    at = f" (line {loc['line']})" if "line" in loc else ""
                    lines.append(f"      {side} {_plain(loc['pointer']) or '/'}{at}")
    return "\n".join(lines) + "\n"


def _effect(effect: dict[str, Any], quote: Any) -> str:
    old, new = effect["old"], effect["new"]
    if old is not None and new is not None and old != new:
        return f"{quote(old)} -> {quote(new)}"
    if old is not None and new is None:
        return f"{quote(old)} (gone)"
    if new is not None and old is None:
        return f"{quote(new)} (new)"
    return quote(old) if old is not None else ""


#: GitHub refuses comments over 65,536 characters; a long report keeps each group's first items
MARKDOWN_LIMIT = 60_000


def render_markdown(report: Report) -> str:
    """A PR comment: breaking and wire changes shown, compatible and documentation folded."""
    for cap in (None, 200, 50, 10, 0):
        text = _markdown(report, cap)
        if len(text) <= MARKDOWN_LIMIT:
            return text
    return text


def _markdown(report: Report, cap: int | None) -> str:
    counts = report.counts()
    lines = [
        f"### clientgen diff: semver **{report.semver()}**",
        "",
        f"{_md_code(report.old)} → {_md_code(report.new)}: {summary_line(report)}",
    ]
    for cls in CLASSES:
        group = [(i, c) for i, c in enumerate(report.changes) if c.cls == cls]
        if not group:
            continue
        title = f"{CLASS_TITLES[cls]} ({counts[cls]})"
        folded = cls in ("compatible", "docs")
        if folded:
            lines += ["", f"<details><summary>{title}</summary>", ""]
        else:
            lines += ["", f"#### {title}", ""]
        shown = group if cap is None else group[:cap]
        for i, change in shown:
            lines.append(f"- {change.text(_md_code)} <sub>{change.rule}</sub>  ")
            details = []
            if change.note:
                details.append(f"also: {change.note}")
            for lang, effect in change.effects.items():
                said = _effect(effect, _md_code)
                if said:
                    guess = "" if report.targets.get(lang, True) else " (names guessed)"
                    details.append(f"{lang} ({effect['class']}): {said}{guess}")
            old, new = report.locations[i]
            for side, loc in (("old", old), ("new", new)):
                if loc is not None:
                    at = f" line {loc['line']}" if "line" in loc else ""
                    details.append(f"{side}: {_md_code(loc['pointer'] or '/')}{at}")
            lines += [
                f"  {d}  " if j < len(details) - 1 else f"  {d}" for j, d in enumerate(details)
            ]
        if len(shown) < len(group):
            lines.append(
                f"- … and {len(group) - len(shown)} more (`clientgen diff --format json` lists all)"
            )
        if folded:
            lines += ["", "</details>"]
    return "\n".join(lines) + "\n"


def render_json(report: Report) -> str:
    data = {
        "old": report.old,
        "new": report.new,
        "semver": report.semver(),
        "counts": report.counts(),
        "targets": report.targets,
        "changes": [
            {
                "rule": c.rule,
                "class": c.cls,
                "message": c.text(lambda s: s),
                "note": c.note,
                "old": report.locations[i][0],
                "new": report.locations[i][1],
                "targets": c.effects,
            }
            for i, c in enumerate(report.changes)
        ],
    }
    return json.dumps(data, indent=2, ensure_ascii=False, default=str) + "\n"


def render(report: Report, fmt: str) -> str:
    if fmt == "json":
        return render_json(report)
    if fmt == "markdown":
        return render_markdown(report)
    return render_text(report)
