"""Language back ends: template sets, found by their manifests, rendered from the serialised IR.

A language is a folder ``templates/<name>/`` with a ``manifest.yaml`` (see manifest.py and README
"Adding a language"). Built-in languages are the folders under the package's templates; any other
folder can be used with ``--templates DIR``. Every template receives:

- ``ir``: the serialised IR, exactly what ``clientgen ir`` prints (see generator/ir/ir.schema.json);
- the manifest's naming and type helpers as filters and functions (generic.py);
- the escaping filters of render.py (docstring, pystr, tsstr, markdown, comment, toml_str, ...);
- ``options``: the options given on the command line or in [tool.clientgen] (package-name, ...);
- when the manifest names a ``module``: whatever that module's ``prepare`` adds (see Prepared).
"""

from __future__ import annotations

import importlib

# Imported where used: a set's start hook runs from here before typing, dataclasses, pathlib, YAML,
# jinja2 and the IR are loaded (see generator/early.py). typing.TYPE_CHECKING, without typing:
TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path
    from typing import Any, Protocol

    from generator.ir.model import Api
    from generator.targets.generic import Helpers
    from generator.targets.manifest import Manifest

    Renderer = Callable[["Api", "dict[str, str] | None"], "dict[str, str]"]

    class TargetModule(Protocol):
        """A manifest's ``module``: ``prepare(api, ir, options, helpers) -> Prepared``."""

        def prepare(
            self, api: Api, ir: dict[str, Any], options: dict[str, str], helpers: Helpers
        ) -> Prepared: ...


class Prepared:
    """What a set's Python module adds to the generic rendering.

    ``context``: extra template variables; ``each``: lists that ``each: <name>`` entries repeat over
    (replacing the IR's resources/schemas/operations for that name); ``files``: ready-made output
    files ({path: text}, e.g. models written by another tool); ``later``: a call that returns more
    such files, made once the templates are rendered (work the module began in ``prepare``, in
    another process, goes on while they render); ``filters``/``functions``: extra Jinja filters and
    globals. (A plain class, not a dataclass: this module is on the command's start-up path, before
    dataclasses is imported.)
    """

    __slots__ = ("context", "each", "files", "filters", "functions", "later")

    def __init__(
        self,
        context: dict[str, Any] | None = None,
        each: dict[str, list[Any]] | None = None,
        files: dict[str, str] | None = None,
        filters: dict[str, Callable[..., Any]] | None = None,
        functions: dict[str, Callable[..., Any]] | None = None,
        later: Callable[[], dict[str, str]] | None = None,
    ) -> None:
        self.context = {} if context is None else context
        self.each = {} if each is None else each
        self.files = {} if files is None else files
        self.filters = {} if filters is None else filters
        self.functions = {} if functions is None else functions
        self.later = later


def builtin_sets() -> dict[str, Path]:
    """Built-in languages: every folder with a manifest.yaml under the package's templates."""
    from generator import templates_root
    from generator.targets import manifest as manifest_mod

    root = templates_root()
    return {p.parent.name: p.parent for p in sorted(root.glob(f"*/{manifest_mod.MANIFEST_NAME}"))}


def available() -> list[str]:
    return sorted(builtin_sets())


def load_set(
    lang: str | None = None, templates: Path | str | None = None, check_ir: bool = True
) -> Manifest:
    """The checked manifest of a built-in language or of the set in the folder ``templates``
    (``check_ir=False``: all but its IR version, for a caller that calls ``check_ir`` itself)."""
    from pathlib import Path

    from generator.problems import UsageError
    from generator.targets import manifest as manifest_mod

    if templates is not None:
        manifest = manifest_mod.load(Path(templates))
    else:
        sets = builtin_sets()
        if lang not in sets:
            raise UsageError(
                f"unknown language {lang!r}; available: {', '.join(sorted(sets))} "
                "(or --templates DIR for a template set of your own)"
            )
        manifest = manifest_mod.load(sets[lang])
    if check_ir:
        check_ir_version(manifest)
    return manifest


def check_ir_version(manifest: Manifest) -> None:
    """Refuse a set made for another IR major version than this clientgen's."""
    from generator.ir.model import IR_VERSION, ir_major
    from generator.problems import Problem, UserError

    if manifest.ir_major != ir_major():
        raise UserError(
            [
                Problem(
                    str(manifest.path),
                    manifest.ir_line,
                    None,
                    None,
                    f"the set {manifest.name!r} understands IR major version {manifest.ir_major}, "
                    f"but this clientgen produces IR {IR_VERSION} (major {ir_major()}); "
                    "update the set (see generator/ir/CHANGELOG.md) or use a matching clientgen",
                )
            ]
        )


def _module(manifest: Manifest) -> TargetModule | None:
    if manifest.module is None:
        return None
    module = _import(manifest, manifest.module, "module")
    if not callable(getattr(module, "prepare", None)):
        from generator.problems import Problem, UserError

        raise UserError(
            [
                Problem(
                    str(manifest.path),
                    None,
                    None,
                    None,
                    f"module {manifest.module!r} has no prepare(api, ir, options, helpers) function",
                )
            ]
        )
    return module  # type: ignore[return-value]


def start(manifest: Manifest) -> Callable[[], None]:
    """Let the set begin slow work before the spec is loaded: the optional ``start()`` of the
    manifest's ``start`` module (imported first: it is meant to be light, so the work begins before
    the ``module`` and its imports are loaded), then of its ``module``. Each returns a function that
    stops what it started; the one returned here calls them all (when the run ends, whatever
    happened)."""
    stops: list[Callable[[], None]] = []

    def stop_all() -> None:
        while stops:
            stops.pop()()

    try:
        for find in (
            _start_module,
            _module,
        ):  # in turn: the light one starts before the other loads
            begin = getattr(find(manifest), "start", None)
            stop = begin() if callable(begin) else None
            if callable(stop):
                stops.append(stop)
    except BaseException:
        stop_all()
        raise
    return stop_all


def _start_module(manifest: Manifest) -> Any:
    if manifest.start is None:
        return None
    return _import(manifest, manifest.start, "start module")


def _import(manifest: Manifest, name: str, what: str) -> Any:
    """Import a module the manifest names; a failure is the set's error, located at its manifest."""
    try:
        return importlib.import_module(name)
    except ImportError as exc:
        from generator.problems import Problem, UserError

        problem = Problem(
            str(manifest.path), None, None, None, f"{what} {name!r} cannot be imported: {exc}"
        )
        raise UserError([problem]) from None


class Rendering:
    """Everything a set's templates see: variables, ``each`` lists, filters and functions, plus
    the ready-made files of its module."""

    __slots__ = ("context", "each", "filters", "functions", "files", "later")

    def __init__(
        self,
        context: dict[str, Any],
        each: dict[str, list[Any]],
        filters: dict[str, Callable[..., Any]],
        functions: dict[str, Callable[..., Any]],
        files: dict[str, str],
        later: Callable[[], dict[str, str]] | None = None,
    ) -> None:
        self.context = context
        self.each = each
        self.filters = filters
        self.functions = functions
        self.files = files
        self.later = later


def prepare(manifest: Manifest, api: Api, options: dict[str, str] | None = None) -> Rendering:
    """The template context of ``api`` for the set (its module's additions included)."""
    from generator.targets.generic import Helpers

    options = dict(options or {})
    ir = api.to_dict()
    helpers = Helpers(manifest, ir)
    module = _module(manifest)
    prepared = module.prepare(api, ir, options, helpers) if module is not None else Prepared()
    operations = [
        {**op, "resource": res["name"]} for res in ir["resources"] for op in res["operations"]
    ]
    each: dict[str, list[Any]] = {
        "resource": ir["resources"],
        "schema": ir["schemas"],
        "operation": operations,
        **prepared.each,
    }
    return Rendering(
        context={"ir": ir, "options": options, **prepared.context},
        each=each,
        filters={**helpers.filters(), **prepared.filters},
        functions={**helpers.functions(), **prepared.functions},
        files=dict(prepared.files),
        later=prepared.later,
    )


def render(manifest: Manifest, api: Api, options: dict[str, str] | None = None) -> dict[str, str]:
    """{relative path: text} for ``api`` rendered by the set (unformatted)."""
    tree, later = render_parts(manifest, api, options)
    tree.update(later())
    return tree


def render_parts(
    manifest: Manifest, api: Api, options: dict[str, str] | None = None
) -> tuple[dict[str, str], Callable[[], dict[str, str]]]:
    """``render`` in two parts: the templates' files with the module's ready-made ones, and a call
    that returns the files the module makes last (``Prepared.later``; {} when none). The caller
    can begin formatting the first part before it makes that call."""
    from generator.render import render_tree

    rendering = prepare(manifest, api, options)
    entries = [
        {"template": f.template, "path": f.path, "each": f.each, "line": f.line}
        for f in manifest.files
    ]
    tree = render_tree(
        manifest.root,
        rendering.context,
        rendering.each,
        entries,
        filters=rendering.filters,
        functions=rendering.functions,
    )
    tree.update(rendering.files)
    return tree, rendering.later or dict


def renderer(lang: str) -> Renderer:
    """The built-in language ``lang`` as a function (kept for callers of the old registry)."""
    manifest = load_set(lang)

    def _render(api: Api, options: dict[str, str] | None = None) -> dict[str, str]:
        return render(manifest, api, options)

    return _render


def eject(lang: str, dest: Path, clientgen_version: str) -> Path:
    """Copy the built-in set ``lang`` to ``dest`` (which must not exist or be empty), recording in
    its manifest the clientgen and IR versions it came from. Returns the new manifest's path."""
    from generator.problems import UsageError

    sets = builtin_sets()
    if lang not in sets:
        raise UsageError(f"unknown language {lang!r}; available: {', '.join(sorted(sets))}")
    if dest.exists() and (not dest.is_dir() or any(dest.iterdir())):
        raise UsageError(f"{dest}: exists and is not empty; eject into a new folder")
    import shutil

    from generator.ir.model import IR_VERSION
    from generator.targets import manifest as manifest_mod

    source = sets[lang]
    manifest_mod.load(source)  # a built-in set is valid; never copy a broken one
    dest.parent.mkdir(parents=True, exist_ok=True)
    shutil.copytree(
        source,
        dest,
        dirs_exist_ok=True,
        ignore=shutil.ignore_patterns("__pycache__", "*.pyc", "node_modules"),
    )
    path = dest / manifest_mod.MANIFEST_NAME
    text = path.read_text(encoding="utf-8")
    if not text.endswith("\n"):
        text += "\n"
    text += (
        f"\n# Ejected by `clientgen templates eject {lang}`: the versions it was made for.\n"
        f"# Check generator/ir/CHANGELOG.md (or `clientgen ir --schema`) when clientgen moves on.\n"
        f'ejected: {{language: {lang}, clientgen: "{clientgen_version}", ir: "{IR_VERSION}"}}\n'
    )
    path.write_text(text, encoding="utf-8")
    manifest_mod.load(dest)
    return path
