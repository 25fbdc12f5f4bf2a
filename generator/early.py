"""The command's first act: begin a template set's slow start-up before the rest of clientgen loads.

A cold ``clientgen generate SPEC --out DIR`` with the python set waits mostly for
datamodel-code-generator, whose imports run in a worker process that the set's ``start`` module
starts (targets.start, from pipeline.render). The sooner that process starts, the sooner it is
ready: begun here, before argparse, the pipeline, pathlib, YAML and the set's manifest are loaded,
it starts a few milliseconds after the interpreter instead of ~0.1 s later.

Only the plain case is taken early: ``generate`` or ``check`` of one spec named on the command
line, with a built-in language (``--lang``, default python) and an ``--out`` folder that holds no
clientgen lock (a cold run; a folder with a lock is most often up to date, which the command finds
without starting anything). Any other argument (help, an abbreviated or unknown option,
``--templates``, ``--plugin``) starts nothing here. The start module is found in the set's manifest
by its one plain line ``start: dotted.name`` (the YAML parser is not loaded yet); a manifest that
spells it otherwise is not started early. Nothing here reports an error: the full command meets
and reports the same problem. The pipeline later calls the same start hook, which keeps the process
started here (python: ``dmcg_call.start``); the function returned by ``begin`` stops whatever was
not taken, and the command calls it before it exits.
"""

from __future__ import annotations

import os

from generator import templates_folder

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing
if TYPE_CHECKING:
    from collections.abc import Callable

#: the lock file clientgen writes in its output folder (generator.output.LOCK_NAME; a test holds
#: them equal): where it is, the run is most likely up to date and starts nothing early
LOCK_NAME = "clientgen.lock.json"
#: the commands that render a set, and the options they take (argparse in generator/cli.py)
COMMANDS = ("generate", "check")
_VALUED = frozenset(
    ("--lang", "--templates", "--out", "--plugin", "--package-name", "--client-name", "--config")
)
_FLAGS = frozenset(("--strict", "--verbose", "-v", "--quiet", "-q", "--force"))


def begin(argv: list[str]) -> Callable[[], None] | None:
    """Start the built-in set's slow start-up when ``argv`` (the command's arguments) is a plain
    cold run of one spec; returns the function that stops it (None when nothing was started)."""
    try:
        plan = _plan(argv)
        if plan is None or not cold(argv):
            return None
        lang = plan[0]
        root = templates_folder()
        if lang not in os.listdir(root):  # only a built-in set's folder, never a path
            return None
        with open(os.path.join(root, lang, "manifest.yaml"), encoding="utf-8") as fh:
            name = start_key(fh.read())
        if name is None:
            return None
        import importlib

        start = getattr(importlib.import_module(name), "start", None)
        stop = start() if callable(start) else None
        return stop if callable(stop) else None
    except Exception:  # noqa: BLE001 - the full command reports whatever this met
        return None


def cold(argv: list[str]) -> bool:
    """Whether ``argv`` is a plain cold run: ``generate``/``check`` of one spec into an ``--out``
    folder holding no clientgen lock (see the module's docstring)."""
    plan = _plan(argv)
    return plan is not None and not os.path.lexists(os.path.join(plan[1], LOCK_NAME))


def _plan(argv: list[str]) -> tuple[str, str] | None:
    """(language, output folder) of a plain ``generate``/``check`` of one spec, else None."""
    if not argv or argv[0] not in COMMANDS:
        return None
    values: dict[str, str] = {}
    positional: list[str] = []
    i = 1
    while i < len(argv):
        arg = argv[i]
        if arg.startswith("-"):
            name, eq, value = arg.partition("=")
            if name in _VALUED:
                if not eq:
                    i += 1
                    if i == len(argv):
                        return None
                    value = argv[i]
                values[name] = value
            elif eq or name not in _FLAGS:  # --help, "--", an abbreviation, -vq, anything unknown
                return None
        else:
            positional.append(arg)
        i += 1
    if len(positional) != 1 or "--out" not in values:
        return None
    if "--templates" in values or "--plugin" in values:
        return None
    return values.get("--lang", "python"), values["--out"]


def start_key(text: str) -> str | None:
    """The ``start`` module a manifest names on one top-level line ``start: dotted.name`` (an
    end-of-line comment allowed), or None."""
    for line in text.splitlines():
        if line.startswith("start:"):
            value = line[len("start:") :].split("#", 1)[0].strip()
            if value and all(part.isidentifier() for part in value.split(".")):
                return value
            return None
    return None
