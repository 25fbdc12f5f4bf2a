"""The Jinja environment shared by every target, and escaping filters for spec strings.

Spec strings are data: they reach templates as values and leave through a filter chosen for the
context they land in. They never become templates themselves.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import jinja2
import yaml

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\u2028\u2029]")


def clean(text: Any) -> str:
    """Text with control characters removed and newlines normalised."""
    s = "" if text is None else str(text)
    s = s.replace("\r\n", "\n").replace("\r", "\n")
    return _CONTROL.sub("", s)


def docstring(text: Any) -> str:
    """Safe inside a Python triple-double-quoted docstring."""
    s = clean(text).replace("\\", "\\\\").replace('"""', '\\"\\"\\"')
    lines = [line.rstrip() for line in s.strip().split("\n")]
    s = "\n".join(lines)
    if s.endswith('"'):
        s += " "
    return s


def comment(text: Any) -> str:
    """Safe on one line after ``#`` (or ``//``)."""
    return " ".join(clean(text).split())


def pystr(text: Any) -> str:
    """A Python string literal."""
    return json.dumps(clean(text), ensure_ascii=False).replace("\u2028", "\\u2028")


def tsstr(text: Any) -> str:
    """A JavaScript/TypeScript string literal (never a template literal)."""
    return json.dumps(clean(text)).replace("</", "<\\/").replace("${", "$\\{")


def markdown(text: Any) -> str:
    """Inline text for Markdown: no HTML, no code fences."""
    s = " ".join(clean(text).split())
    return s.replace("<", "&lt;").replace(">", "&gt;").replace("`", "'")


def toml_str(text: Any) -> str:
    """A TOML basic string."""
    return json.dumps(clean(text), ensure_ascii=True)


FILTERS = {
    "docstring": docstring,
    "comment": comment,
    "pystr": pystr,
    "tsstr": tsstr,
    "markdown": markdown,
    "toml_str": toml_str,
}


def environment(template_dir: Path) -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(template_dir)),
        undefined=jinja2.StrictUndefined,
        autoescape=False,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters.update(FILTERS)
    return env


def load_manifest(template_dir: Path) -> list[dict[str, str]]:
    """The target's manifest: which template renders which file (``each`` repeats per item)."""
    manifest = yaml.safe_load((template_dir / "manifest.yaml").read_text(encoding="utf-8"))
    files = manifest.get("files") if isinstance(manifest, dict) else None
    if not isinstance(files, list):
        raise ValueError(f"{template_dir / 'manifest.yaml'}: expected a 'files' list")
    return [dict(f) for f in files]


def render_tree(template_dir: Path, context: dict[str, Any], each: dict[str, list[dict[str, Any]]]) -> dict[str, str]:
    """Render every manifest entry; ``each[name]`` lists the items an ``each: name`` entry repeats over."""
    env = environment(template_dir)
    out: dict[str, str] = {}
    for entry in load_manifest(template_dir):
        template = env.get_template(entry["template"])
        loop = entry.get("each")
        items = each[loop] if loop else [{}]
        for item in items:
            names = {**context.get("paths", {}), **({loop: item["file"]} if loop else {})}
            path = entry["path"].format(**names)
            out[path] = template.render(**context, **({loop: item} if loop else {}))
    return out


def templates_root() -> Path:
    """The folder holding ``<language>/`` template sets (repo checkout or installed package)."""
    here = Path(__file__).resolve().parent
    for candidate in (here.parent / "templates", here / "_templates"):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError("clientgen's templates folder is missing")
