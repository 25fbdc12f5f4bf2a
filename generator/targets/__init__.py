"""Language back ends. Each exposes ``render(api, options) -> {relative path: text}``."""

from __future__ import annotations

from collections.abc import Callable

from generator.ir.model import Api

Renderer = Callable[[Api, "dict[str, str] | None"], "dict[str, str]"]


def available() -> list[str]:
    return ["python", "typescript"]


def renderer(lang: str) -> Renderer:
    if lang == "python":
        from generator.targets.python.target import render

        return render
    if lang == "typescript":
        from generator.targets.typescript.target import render as render_ts

        return render_ts
    raise KeyError(lang)
