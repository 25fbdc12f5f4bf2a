"""Out-of-process back ends (the protoc/sqlc model): a command reads the IR, returns the files.

``clientgen generate SPEC --plugin CMD --out DIR`` runs CMD (split like a shell would, with shlex,
but never through a shell) with:

- stdin: the IR JSON, exactly what ``clientgen ir SPEC`` prints (see generator/ir/ir.schema.json);
- environment: ``CLIENTGEN_IR_VERSION`` (the IR's version) and ``CLIENTGEN_OPTIONS`` (a JSON
  object of the options: package-name, client-name, ...), plus the caller's environment;
- stdout: expected to be one JSON object ``{"relative/path": "file contents", ...}``.

The files then go through the normal output stage (path safety, lock file, atomic swap; ``check``
compares them). A non-zero exit (its stderr is shown), output that is not such a JSON object, or a
path that would leave the output folder is an error (exit 2) and nothing is written.
"""

from __future__ import annotations

import json
import os
import shlex
import subprocess
from typing import Any

from generator.ir.model import IR_VERSION, Api
from generator.output import LOCK_NAME, OutputError, safe_relpath
from generator.problems import UsageError

TIMEOUT_SECONDS = 600
_STDERR_SHOWN = 4000


class PluginError(UsageError):
    """The plugin failed or answered something clientgen cannot write (exit 2)."""


def run(command: str, api: Api, options: dict[str, str] | None = None) -> dict[str, str]:
    """The plugin's files for ``api``: {relative path: text}."""
    try:
        argv = shlex.split(command)
    except ValueError as exc:
        raise PluginError(f"--plugin {command!r}: cannot split the command: {exc}") from None
    if not argv:
        raise PluginError("--plugin needs a command")
    env = {
        **os.environ,
        "CLIENTGEN_IR_VERSION": IR_VERSION,
        "CLIENTGEN_OPTIONS": json.dumps(options or {}, sort_keys=True),
    }
    try:
        proc = subprocess.run(
            argv,
            input=api.to_json().encode("utf-8"),
            capture_output=True,
            env=env,
            timeout=TIMEOUT_SECONDS,
            check=False,
        )
    except FileNotFoundError:
        raise PluginError(f"plugin {argv[0]!r}: command not found") from None
    except PermissionError:
        raise PluginError(f"plugin {argv[0]!r}: not executable") from None
    except subprocess.TimeoutExpired:
        raise PluginError(f"plugin {argv[0]!r}: no answer within {TIMEOUT_SECONDS} s") from None
    stderr = proc.stderr.decode("utf-8", "replace").strip()
    if proc.returncode != 0:
        detail = f":\n{stderr[-_STDERR_SHOWN:]}" if stderr else " (no message on stderr)"
        raise PluginError(f"plugin {argv[0]!r} failed with exit code {proc.returncode}{detail}")
    return _files(argv[0], proc.stdout)


def _files(name: str, stdout: bytes) -> dict[str, str]:
    try:
        data: Any = json.loads(stdout.decode("utf-8"))
    except UnicodeDecodeError:
        raise PluginError(f"plugin {name!r}: its output is not UTF-8") from None
    except json.JSONDecodeError as exc:
        raise PluginError(
            f"plugin {name!r}: its output is not JSON (line {exc.lineno}, column {exc.colno}: "
            f"{exc.msg}); expected one object {{path: contents}}"
        ) from None
    if not isinstance(data, dict):
        raise PluginError(
            f"plugin {name!r}: expected one JSON object {{path: contents}}, "
            f"got {type(data).__name__}"
        )
    tree: dict[str, str] = {}
    for path, text in data.items():
        if not isinstance(text, str):
            raise PluginError(
                f"plugin {name!r}: the contents of {path!r} must be a string, "
                f"not {type(text).__name__}"
            )
        try:
            rel = safe_relpath(path)
        except OutputError as exc:
            raise PluginError(f"plugin {name!r}: {exc}") from None
        if rel == LOCK_NAME:
            raise PluginError(f"plugin {name!r}: {LOCK_NAME} is clientgen's own file")
        if rel in tree:
            raise PluginError(f"plugin {name!r}: {path!r} given twice")
        tree[rel] = text
    if not tree:
        raise PluginError(f"plugin {name!r}: returned no files")
    return tree
