"""The Jinja environment shared by every target, and escaping filters for spec strings.

Spec strings are data: they reach templates as values and leave through a filter chosen for the
context they land in. They never become templates themselves.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import marshal
import os
import re
import sys
import tempfile
import traceback
from pathlib import Path
from typing import Any

import jinja2
import yaml

from generator import templates_root as templates_root  # re-exported: where the sets are
from generator.cache import cache_dir
from generator.problems import UsageError

# Characters that never reach emitted prose: C0/C1 controls (but tab and newline), Unicode line and
# paragraph separators, byte-order marks, and bidirectional controls (which can make code read
# differently from how it runs: "Trojan Source").
_CONTROL = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\ufeff\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]"
)
# Lone surrogates (a JSON spec can hold "\ud800"): they cannot be written as UTF-8 at all.
_SURROGATE = re.compile("[\ud800-\udfff]")


def clean(text: Any) -> str:
    """Text with control characters removed, lone surrogates replaced and newlines normalised."""
    s = "" if text is None else str(text)
    s = s.replace("\r\n", "\n").replace("\r", "\n")
    return _SURROGATE.sub("\ufffd", _CONTROL.sub("", s))


def docstring(text: Any) -> str:
    """Safe inside a Python triple-double-quoted docstring (never ends it, never escapes out)."""
    s = clean(text).replace("\\", "\\\\").replace('"""', '\\"\\"\\"')
    lines = [line.rstrip() for line in s.strip().split("\n")]
    s = "\n".join(lines)
    if s.endswith('"'):
        s += " "
    return s


def comment(text: Any) -> str:
    """Safe on one line after ``#`` (or ``//``)."""
    return " ".join(clean(text).split())


_PY_ESCAPES = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t"}


#: printable ASCII but the double quote and the backslash
_PLAIN_ASCII = re.compile(r"[ !#-\[\]-~]*")


def pystr(text: Any) -> str:
    """A double-quoted Python string literal holding exactly ``text``.

    Values (wire names, paths, URLs, enum values) must survive unchanged, so nothing is removed:
    quotes and backslashes are escaped, and every character that is not printable (controls,
    separators, bidi controls, lone surrogates, NUL) becomes a ``\\x``/``\\u``/``\\U`` escape.
    """
    s = "" if text is None else str(text)
    if _PLAIN_ASCII.fullmatch(s):  # most values: printable ASCII, nothing to escape
        return '"' + s + '"'
    out = ['"']
    for ch in s:
        esc = _PY_ESCAPES.get(ch)
        if esc is not None:
            out.append(esc)
        elif ch.isprintable() or ch == " ":
            out.append(ch)
        else:
            code = ord(ch)
            if code < 0x100:
                out.append(f"\\x{code:02x}")
            elif code < 0x10000:
                out.append(f"\\u{code:04x}")
            else:
                out.append(f"\\U{code:08x}")
    out.append('"')
    return "".join(out)


def tsstr(text: Any) -> str:
    """A JavaScript/TypeScript string literal (never a template literal) holding exactly ``text``.

    Like ``pystr``, nothing is removed: every character outside printable ASCII becomes a ``\\u``
    escape (controls, separators, bidi controls, lone surrogates). Quotes follow prettier's rule
    (double, unless the text holds more double than single quotes), so the output is stable under it.
    """
    s = "" if text is None else str(text)
    body = json.dumps(s)[1:-1]  # ensure_ascii: only printable ASCII stays as it is
    if s.count('"') > s.count("'"):
        return "'" + body.replace('\\"', '"').replace("'", "\\'") + "'"
    return '"' + body + '"'


def tstemplate(text: Any) -> str:
    """Text inside a TypeScript template literal (between backticks), kept exactly: backslashes,
    backticks and ``${`` escaped, everything outside printable ASCII as a ``\\u`` escape."""
    body = json.dumps("" if text is None else str(text))[1:-1].replace('\\"', '"')
    return body.replace("`", "\\`").replace("${", "\\${")


def jsonstr(text: Any) -> str:
    """A JSON string holding exactly ``text`` (ASCII, ``\\u`` escapes beyond it)."""
    return json.dumps("" if text is None else str(text))


def jsdoc(text: Any) -> str:
    """Text for a ``/** ... */`` comment, one string per line (the template adds the `` * ``):
    never closes the comment, no control characters, no trailing spaces."""
    s = clean(text).replace("*/", "*\\/")
    return "\n".join(line.rstrip() for line in s.strip().split("\n"))


def markdown(text: Any) -> str:
    """Inline text for Markdown: no HTML, no code fences, no table-cell breaks."""
    s = " ".join(clean(text).split())
    return s.replace("<", "&lt;").replace(">", "&gt;").replace("`", "'").replace("|", "\\|")


_TOML_ESCAPES = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\t": "\\t"}


def toml_str(text: Any) -> str:
    """A TOML basic string, ASCII only: ``\\uXXXX`` escapes, and ``\\UXXXXXXXX`` beyond the BMP
    (TOML has no surrogate pairs, so JSON's escaping is not TOML's)."""
    out = ['"']
    for ch in clean(text):
        code = ord(ch)
        if ch in _TOML_ESCAPES:
            out.append(_TOML_ESCAPES[ch])
        elif 0x20 <= code < 0x7F:
            out.append(ch)
        elif code < 0x10000:
            out.append(f"\\u{code:04x}")
        else:
            out.append(f"\\U{code:08x}")
    out.append('"')
    return "".join(out)


FILTERS = {
    "docstring": docstring,
    "comment": comment,
    "pystr": pystr,
    "tsstr": tsstr,
    "tstemplate": tstemplate,
    "jsdoc": jsdoc,
    "jsonstr": jsonstr,
    "markdown": markdown,
    "toml_str": toml_str,
}


class TemplateError(UsageError):
    """A template failed to compile or render: the message names the file and line (exit 2)."""


#: the settings every environment is made with (they shape the compiled templates, so they are
#: part of the bytecode cache's key)
_ENV_OPTIONS: dict[str, Any] = {
    "autoescape": False,
    "keep_trailing_newline": True,
    "trim_blocks": True,
    "lstrip_blocks": True,
}


class TemplateCache(jinja2.BytecodeCache):
    """Compiled templates kept between runs, in a folder of the user's (compiling the Python set
    from source costs a few tenths of a second on every run).

    A template's entry is named by a hash of everything its compiled code depends on: the
    template's source, its name and file path (tracebacks point at it), the environment's
    settings, and the Jinja, Python and marshal versions. An entry is never trusted on its name
    alone: Jinja checks its own header and the source checksum stored in it, and anything that
    cannot be read or loaded is compiled again. Entries are written atomically (temporary file,
    rename), so runs in parallel never see half a file. Only a folder owned by the user and
    writable by nobody else is used; otherwise (or on any I/O error) templates are compiled as
    before. The cache changes no output byte: the compiled code is what compiling gives.
    """

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        salt = json.dumps(
            [jinja2.__version__, sys.version, marshal.version, sorted(_ENV_OPTIONS.items())]
        )
        self.salt = salt.encode("utf-8")

    def path(self, bucket: jinja2.bccache.Bucket) -> Path:
        digest = hashlib.sha256(self.salt)
        digest.update(f"\0{bucket.key}\0{bucket.checksum}".encode())
        return self.directory / f"{digest.hexdigest()}.jinja"

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        try:
            data = self.path(bucket).read_bytes()
        except OSError:
            return
        try:
            bucket.bytecode_from_string(data)  # checks Jinja's header and the source checksum
        except Exception:  # a damaged entry: compile instead
            bucket.reset()

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        target = self.path(bucket)
        try:
            fd, tmp = tempfile.mkstemp(prefix=".tmp-", dir=self.directory)
            try:
                with os.fdopen(fd, "wb") as f:
                    f.write(bucket.bytecode_to_string())
                os.replace(tmp, target)
            except BaseException:
                with contextlib.suppress(OSError):
                    os.unlink(tmp)
                raise
        except OSError:
            pass  # a read-only or full disk: the next run compiles again


def template_cache() -> TemplateCache | None:
    """The compiled templates' cache (generator/cache.py says where); None when unusable."""
    directory = cache_dir("templates")
    return TemplateCache(directory) if directory is not None else None


def environment(
    template_dir: Path,
    filters: dict[str, Any] | None = None,
    functions: dict[str, Any] | None = None,
) -> jinja2.Environment:
    """Strict undefined (a missing variable is an error, never empty text), no autoescape."""
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(template_dir)),
        undefined=jinja2.StrictUndefined,
        bytecode_cache=template_cache(),
        **_ENV_OPTIONS,
    )
    env.filters.update(FILTERS)
    env.filters.update(filters or {})
    env.globals.update(functions or {})
    return env


def load_manifest(template_dir: Path) -> list[dict[str, str]]:
    """The ``files`` list of a set's manifest (unchecked; targets/manifest.py checks manifests)."""
    manifest = yaml.safe_load((template_dir / "manifest.yaml").read_text(encoding="utf-8"))
    files = manifest.get("files") if isinstance(manifest, dict) else None
    if not isinstance(files, list):
        raise ValueError(f"{template_dir / 'manifest.yaml'}: expected a 'files' list")
    return [dict(f) for f in files]


def _where(exc: BaseException, template_dir: Path) -> str | None:
    """``file:line`` of the innermost template frame in the traceback (Jinja maps its frames)."""
    if isinstance(exc, jinja2.TemplateSyntaxError) and exc.lineno:
        name = exc.filename or exc.name or "<template>"
        return f"{name}:{exc.lineno}"
    found = None
    root = str(template_dir.resolve())
    for frame in traceback.extract_tb(exc.__traceback__):
        if frame.filename.startswith(root) or frame.filename == "<template>":
            found = f"{frame.filename}:{frame.lineno}"
    return found


def _fail(exc: BaseException, template_dir: Path, fallback: str) -> TemplateError:
    what = (
        "template syntax error"
        if isinstance(exc, jinja2.TemplateSyntaxError)
        else (
            "undefined variable" if isinstance(exc, jinja2.UndefinedError) else type(exc).__name__
        )
    )
    message = getattr(exc, "message", None) or str(exc)
    return TemplateError(f"{_where(exc, template_dir) or fallback}: {what}: {message}")


def render_tree(
    template_dir: Path,
    context: dict[str, Any],
    each: dict[str, list[dict[str, Any]]],
    entries: list[dict[str, Any]] | None = None,
    filters: dict[str, Any] | None = None,
    functions: dict[str, Any] | None = None,
) -> dict[str, str]:
    """Render every manifest entry; ``each[name]`` is what an ``each: name`` entry repeats over.

    An entry's ``path`` is either a Jinja expression template (``src/{{ resource | name("file") }}.ts``)
    or, without ``{{``, a format string filled from ``context["paths"]`` and the item's ``file``.
    Any template error becomes a TemplateError naming the template file and line.
    """
    env = environment(template_dir, filters, functions)
    manifest = template_dir / "manifest.yaml"
    out: dict[str, str] = {}
    for entry in entries if entries is not None else load_manifest(template_dir):
        at = f"{manifest}:{entry['line']}" if entry.get("line") else str(manifest)
        try:
            template = env.get_template(entry["template"])
        except jinja2.TemplateSyntaxError as exc:
            raise _fail(exc, template_dir, str(template_dir / entry["template"])) from None
        loop = entry.get("each")
        items = each[loop] if loop else [{}]
        jinja_path = env.from_string(entry["path"]) if "{{" in entry["path"] else None
        for item in items:
            local = {**context, **({loop: item} if loop else {})}
            try:
                if jinja_path is not None:
                    path = jinja_path.render(**local).strip()
                else:
                    file = item.get("file") if loop else None
                    names = {**context.get("paths", {}), **({loop: file} if loop else {})}
                    path = entry["path"].format(**names)
            except (jinja2.TemplateError, KeyError, IndexError, ValueError, TypeError) as exc:
                raise TemplateError(
                    f"{at}: cannot make the path {entry['path']!r}: {exc}"
                ) from None
            try:
                out[path] = template.render(**local)
            except TemplateError:
                raise
            except Exception as exc:  # any failure inside a template is the template's: locate it
                raise _fail(exc, template_dir, str(template_dir / entry["template"])) from None
    return out
