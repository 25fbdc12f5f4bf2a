"""What ``clientgen diff`` reports: changes, their classes, and where they are in both specs."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

Severity = Literal["breaking", "wire", "compatible", "docs"]

#: most severe first; ``--fail-on X`` matches X and everything before it
CLASSES: tuple[Severity, ...] = ("breaking", "wire", "compatible", "docs")
RANK: dict[str, int] = {"docs": 0, "compatible": 1, "wire": 2, "breaking": 3}

CLASS_TITLES = {
    "breaking": "Breaking: code written against the old client no longer compiles or type-checks",
    "wire": "Wire: the old client's requests or expectations no longer match the API",
    "compatible": "Compatible: additions the old client ignores and new code can use",
    "docs": "Documentation only: descriptions, summaries, examples, deprecations",
}


def worst(severities: list[Severity] | tuple[Severity, ...]) -> Severity:
    return max(severities, key=lambda s: RANK[s]) if severities else "docs"


@dataclass(frozen=True)
class CodeRef:
    """Something in an emitted client, named neutrally; each target renders it with its names.

    ``root`` is one of ``("package",)``, ``("client",)``, ``("operation", op_id)``,
    ``("parameter", op_id, location, name)``, ``("body", op_id)``, ``("response", op_id)``,
    ``("error", op_id, status)``,
    ``("type", schema)``. ``steps`` go inside it: ``("field", wire name)``, ``("items",)``,
    ``("values",)`` (map values), ``("variant", label)``.
    """

    root: tuple[str, ...]
    steps: tuple[tuple[str, ...], ...] = ()

    def then(self, *step: str) -> CodeRef:
        return CodeRef(self.root, self.steps + (step,))


@dataclass
class Change:
    """One difference between the two specs that a client can see.

    ``message`` is a template written by clientgen; the spec's own strings (names, paths) are its
    ``args`` and only reach a report through that report's escaping. ``renames`` marks a change
    whose effect depends on the target: it breaks code where the target's name for the thing
    differs between the versions, and is ``same_name`` where it does not.
    """

    rule: str
    severity: Severity
    message: str
    args: tuple[str, ...] = ()
    old: str | None = None  # JSON pointer in the old spec
    new: str | None = None  # JSON pointer in the new spec
    old_code: CodeRef | None = None
    new_code: CodeRef | None = None
    renames: bool = False
    same_name: Severity = "docs"
    note: str | None = None  # a second effect, e.g. also breaks on the wire
    #: a check, not a change: dropped unless some target's name really differs
    only_if_renamed: bool = False
    effects: dict[str, dict[str, Any]] = field(default_factory=dict)  # filled per target

    @property
    def cls(self) -> Severity:
        if not self.effects:
            return self.same_name if self.renames else self.severity
        return worst([e["class"] for e in self.effects.values()])

    def text(self, quote: Any = lambda s: f"`{s}`") -> str:
        return self.message.format(*(quote(a) for a in self.args))
