"""Problems found in user input, collected as values and reported together."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Severity = Literal["error", "warning"]


def escape_pointer_token(token: str) -> str:
    """Escape one JSON pointer reference token (RFC 6901)."""
    return token.replace("~", "~0").replace("/", "~1")


def join_pointer(pointer: str, *tokens: str | int) -> str:
    """Append reference tokens to a JSON pointer."""
    return pointer + "".join("/" + escape_pointer_token(str(t)) for t in tokens)


@dataclass(frozen=True)
class Problem:
    """One thing wrong (or suspicious) in an input file.

    ``line`` and ``column`` are 1-based and present whenever the text gives them (YAML always, JSON
    for syntax errors). ``pointer`` is the JSON pointer of the value concerned, or ``None`` for
    problems with the file as a whole (missing, unreadable, not YAML at all).
    """

    file: str
    line: int | None
    column: int | None
    pointer: str | None
    message: str
    severity: Severity = "error"

    def render(self) -> str:
        where = self.file
        if self.line is not None:
            where += f":{self.line}"
            if self.column is not None:
                where += f":{self.column}"
        loc = f" (at {self.pointer or '/'})" if self.pointer is not None else ""
        return f"{where}: {self.severity}: {self.message}{loc}"


class UserError(Exception):
    """Raised to stop the pipeline on bad input; carries located problems, never a traceback."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__("\n".join(p.render() for p in problems))
        self.problems = problems


class UsageError(Exception):
    """Bad command-line arguments or project configuration (exit 2)."""
