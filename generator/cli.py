"""The command line: parse arguments, read [tool.clientgen], call the pipeline, print, exit.

Exit codes: 0 success, 1 ``check`` found drift, 2 bad input (spec, arguments, configuration),
3 an internal error (a bug in clientgen), 130 interrupted.
"""

from __future__ import annotations

import argparse
import sys
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from generator import pipeline
from generator.format import FormatError
from generator.output import OutputError
from generator.problems import Problem, UsageError, UserError
from generator.targets.python.models import ModelsError

MAX_WARNINGS_SHOWN = 10


@dataclass
class Job:
    spec: str
    lang: str
    out: Path | None
    options: dict[str, str]
    templates: Path | None = None
    plugin: str | None = None


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> Any:  # argparse exits 2 already; keep its message short
        self.print_usage(sys.stderr)
        raise UsageError(message)


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="clientgen", description="Generate typed API clients from OpenAPI specs.")
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)

    def target_args(p: argparse.ArgumentParser) -> None:
        p.add_argument(
            "spec", nargs="?", help="the OpenAPI spec (default: every target in [tool.clientgen])"
        )
        p.add_argument("--lang", default="python", help="built-in language (default: python)")
        p.add_argument(
            "--templates", type=Path, help="a template set folder (manifest.yaml) instead of --lang"
        )
        p.add_argument("--out", type=Path, help="output folder")
        p.add_argument(
            "--plugin", metavar="CMD", help="a command that reads the IR JSON and prints the files"
        )
        p.add_argument("--package-name", help="import name of the emitted package")
        p.add_argument("--client-name", help="client class prefix (e.g. Acme -> AcmeClient)")
        p.add_argument("--config", type=Path, help="pyproject.toml to read [tool.clientgen] from")
        p.add_argument("--strict", action="store_true", help="treat warnings as errors")
        p.add_argument("--verbose", "-v", action="store_true", help="list every warning")

    gen = sub.add_parser("generate", help="write the client(s)")
    target_args(gen)
    gen.add_argument("--force", action="store_true", help="overwrite files clientgen did not write")
    chk = sub.add_parser("check", help="exit 1 with a diff when the output folder is stale")
    target_args(chk)
    val = sub.add_parser("validate", help="check a spec; exit 2 with located errors")
    val.add_argument("spec")
    val.add_argument("--strict", action="store_true", help="treat warnings as errors")
    val.add_argument("--verbose", "-v", action="store_true", help="list every warning")
    tpl = sub.add_parser("templates", help="list built-in template sets, or eject one to edit")
    tpl_sub = tpl.add_subparsers(dest="templates_command", required=True, parser_class=_Parser)
    tpl_sub.add_parser("list", help="list the built-in languages")
    ej = tpl_sub.add_parser("eject", help="copy a built-in template set into a folder")
    ej.add_argument("lang", help="a built-in language")
    ej.add_argument("dir", type=Path, help="a new (or empty) folder")
    conf = sub.add_parser(
        "conformance", help="run the conformance kit against a template set (exit 1 on failure)"
    )
    conf.add_argument("--lang", default="python", help="built-in language (default: python)")
    conf.add_argument("--templates", type=Path, help="a template set folder instead of --lang")
    conf.add_argument(
        "--case", action="append", dest="cases", help="run only this case (repeatable)"
    )
    conf.add_argument("--keep", type=Path, help="generate the clients here and keep them")
    conf.add_argument("--verbose", "-v", action="store_true", help="list passing scenarios too")
    ir = sub.add_parser("ir", help="print the language-neutral IR as JSON")
    ir.add_argument("spec", nargs="?")
    ir.add_argument("--schema", action="store_true", help="print the IR's JSON Schema instead")
    dif = sub.add_parser("diff", help="what changed between two spec versions, for the clients")
    dif.add_argument("old", help="the old spec: a file or git:REV:path")
    dif.add_argument("new", help="the new spec: a file or git:REV:path")
    dif.add_argument("--format", choices=("text", "json", "markdown"), default="text")
    dif.add_argument(
        "--fail-on",
        choices=("breaking", "wire", "any"),
        help="exit 1 on a breaking change (wire: or a wire change; any: on any change)",
    )
    dif.add_argument(
        "--lang", action="append", help="judge for this target only (repeatable; default: all)"
    )
    return parser


def find_config(start: Path) -> Path | None:
    for folder in (start, *start.parents):
        candidate = folder / "pyproject.toml"
        if candidate.is_file():
            try:
                data = tomllib.loads(candidate.read_text(encoding="utf-8"))
            except (OSError, tomllib.TOMLDecodeError):
                continue
            if "clientgen" in data.get("tool", {}):
                return candidate
    return None


def jobs_from_config(path: Path) -> list[Job]:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise UsageError(f"{path}: cannot read [tool.clientgen]: {exc}") from None
    config = data.get("tool", {}).get("clientgen")
    entries = config.get("targets") if isinstance(config, dict) else None
    if not isinstance(entries, list) or not entries:
        raise UsageError(f"{path}: [tool.clientgen] needs a non-empty 'targets' list")
    jobs = []
    base = path.parent
    for i, entry in enumerate(entries):
        if (
            not isinstance(entry, dict)
            or not isinstance(entry.get("spec"), str)
            or not isinstance(entry.get("out"), str)
        ):
            raise UsageError(
                f"{path}: [[tool.clientgen.targets]] entry {i + 1} needs 'spec' and 'out' strings"
            )
        options = {
            k: str(v)
            for k, v in entry.items()
            if k not in ("spec", "out", "lang", "templates", "plugin")
        }
        templates = base / entry["templates"] if isinstance(entry.get("templates"), str) else None
        jobs.append(
            Job(
                str(base / entry["spec"]),
                str(entry.get("lang", "python")),
                base / entry["out"],
                options,
                templates,
                str(entry["plugin"]) if isinstance(entry.get("plugin"), str) else None,
            )
        )
    return jobs


def _jobs(args: argparse.Namespace) -> list[Job]:
    options = {
        k: v
        for k, v in (("package-name", args.package_name), ("client-name", args.client_name))
        if v
    }
    if args.spec:
        if args.out is None:
            raise UsageError("--out is required when a spec is given")
        return [Job(args.spec, args.lang, args.out, options, args.templates, args.plugin)]
    config = args.config or find_config(Path.cwd())
    if config is None:
        raise UsageError("no spec given and no pyproject.toml with [tool.clientgen] found")
    return jobs_from_config(config)


def _shown(path: Path | str) -> str:
    """A path as the user would write it: relative to the current folder when inside it."""
    try:
        return str(Path(path).resolve().relative_to(Path.cwd().resolve())) or "."
    except ValueError:
        return str(path)


def _print_warnings(warnings: list[Problem], verbose: bool) -> None:
    shown = warnings if verbose else warnings[:MAX_WARNINGS_SHOWN]
    for w in shown:
        print(w.render(), file=sys.stderr)
    if len(warnings) > len(shown):
        print(
            f"clientgen: ... and {len(warnings) - len(shown)} more warnings (--verbose lists them)",
            file=sys.stderr,
        )


def run(argv: list[str] | None = None) -> int:
    try:
        args = _parser().parse_args(argv)
        return _dispatch(args)
    except UserError as exc:
        for p in exc.problems:
            print(p.render(), file=sys.stderr)
        count = len(exc.problems)
        print(
            f"clientgen: {count} problem{'s' if count != 1 else ''}; nothing was written",
            file=sys.stderr,
        )
        return 2
    except (UsageError, OutputError) as exc:
        print(f"clientgen: error: {exc}", file=sys.stderr)
        return 2
    except (FormatError, ModelsError) as exc:
        print(
            f"clientgen: internal error (a bug in clientgen, please report it): {exc}",
            file=sys.stderr,
        )
        return 3
    except OSError as exc:  # the file system refused (permissions, full disk, name too long)
        where = f": {exc.filename}" if exc.filename else ""
        print(f"clientgen: error: {exc.strerror or exc}{where}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("clientgen: interrupted; the output folder is unchanged", file=sys.stderr)
        return 130


def _dispatch(args: argparse.Namespace) -> int:
    if args.command == "validate":
        result = pipeline.validate_spec(args.spec, args.strict)
        _print_warnings(result.warnings, args.verbose)
        print(f"{args.spec}: valid ({len(result.warnings)} warnings)")
        return 0
    if args.command == "conformance":
        from generator.conformance import runner

        kit = runner.run(
            None if args.templates else args.lang, args.templates, args.cases, args.keep
        )
        print(kit.text(args.verbose))
        return 0 if kit.ok else 1
    if args.command == "templates":
        from generator import targets

        if args.templates_command == "list":
            for name in targets.available():
                print(f"{name}\t{targets.builtin_sets()[name]}")
            return 0
        path = targets.eject(args.lang, args.dir, pipeline.GENERATOR_VERSION)
        print(
            f"{_shown(args.dir)}: the {args.lang} template set; edit it, then "
            f"clientgen generate SPEC --templates {_shown(args.dir)} --out DIR "
            f"(versions recorded in {_shown(path)})"
        )
        return 0
    if args.command == "ir":
        if args.schema:
            from generator.ir.schema import committed_text

            sys.stdout.write(committed_text())
            return 0
        if not args.spec:
            raise UsageError("clientgen ir needs a spec (or --schema)")
        api, _warnings = pipeline.build_ir(args.spec)
        sys.stdout.write(api.to_json())
        return 0
    if args.command == "diff":
        from generator.diff.report import render

        report = pipeline.diff(args.old, args.new, args.lang)
        sys.stdout.write(render(report, args.format))
        return 1 if report.fails(args.fail_on) else 0
    status = 0
    for job in _jobs(args):
        assert job.out is not None
        if args.command == "generate":
            result = pipeline.generate(
                job.spec,
                job.lang,
                job.out,
                job.options,
                args.strict,
                args.force,
                job.templates,
                job.plugin,
            )
            _print_warnings(result.warnings, args.verbose)
            drift = result.drift
            assert drift is not None
            summary = (
                "up to date"
                if drift.clean
                else (
                    f"{len(drift.changed)} changed, {len(drift.added)} added, {len(drift.removed)} removed"
                )
            )
            print(
                f"{_shown(job.out)}: {len(result.tree)} files from {_shown(job.spec)} ({summary})"
            )
        else:
            result = pipeline.check(
                job.spec, job.lang, job.out, job.options, args.strict, job.templates, job.plugin
            )
            _print_warnings(result.warnings, args.verbose)
            drift = result.drift
            assert drift is not None
            if drift.clean:
                print(f"{_shown(job.out)}: up to date with {_shown(job.spec)}")
            else:
                sys.stdout.write(drift.diff)
                print(
                    f"{_shown(job.out)}: stale: {len(drift.changed)} changed, {len(drift.added)} missing, "
                    f"{len(drift.removed)} no longer generated; run 'clientgen generate'",
                    file=sys.stderr,
                )
                status = 1
    return status


def main() -> None:
    sys.exit(run())
