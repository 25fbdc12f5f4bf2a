"""Python type annotations for IR type expressions."""

from __future__ import annotations

from generator.ir.model import TypeRef


def annotation(t: TypeRef, classes: dict[str, str], module: str = "models.") -> str:
    """The annotation for ``t``; schema refs become ``models.<Class>``."""
    text = _base(t, classes, module)
    if t.nullable and text not in ("Any", "None"):
        text += " | None"
    return text


def _base(t: TypeRef, classes: dict[str, str], module: str) -> str:
    if t.kind == "ref" and t.ref is not None:
        return module + classes[t.ref]
    if t.kind == "primitive":
        if t.primitive == "string":
            if t.format == "date-time":
                return "datetime.datetime"
            if t.format == "date":
                return "datetime.date"
            if t.format == "binary":
                return "bytes"
            return "str"
        return {"integer": "int", "number": "float", "boolean": "bool", "null": "None"}.get(
            t.primitive or "", "Any"
        )
    if t.kind == "array" and t.items is not None:
        return f"list[{annotation(t.items, classes, module)}]"
    if t.kind == "map":
        inner = annotation(t.items, classes, module) if t.items is not None else "Any"
        return f"dict[str, {inner}]"
    if t.kind == "enum" and t.values:
        return "Literal[" + ", ".join(_literal(v) for v in t.values) + "]"
    if t.kind == "union" and t.variants:
        parts: list[str] = []
        for v in t.variants:
            a = annotation(v, classes, module)
            if a not in parts:
                parts.append(a)
        return "Any" if "Any" in parts else " | ".join(parts)
    if t.kind == "object":
        return "dict[str, Any]"
    return "Any"


def _literal(value: object) -> str:
    if isinstance(value, bool) or value is None:
        return repr(value)
    if isinstance(value, (int, float, str)):
        return repr(value)
    return repr(str(value))
