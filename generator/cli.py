"""The command line: parse arguments, read [tool.clientgen], call the pipeline, print, exit.

Exit codes: 0 success, 1 ``check`` found drift, 2 bad input (spec, arguments, configuration),
3 an internal error (a bug in clientgen), 130 interrupted.
"""

from __future__ import annotations

import argparse
import io
import os
import re
import sys
import threading
import time
from collections import Counter
from collections.abc import Callable
from contextlib import redirect_stderr, redirect_stdout
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from generator import pipeline
from generator.output import OutputError
from generator.problems import Problem, UsageError, UserError

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
    parser.add_argument(
        "--version", action="version", version=f"clientgen {pipeline.GENERATOR_VERSION}"
    )
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
        p.add_argument(
            "--verbose", "-v", action="store_true", help="list every warning; time each stage"
        )
        p.add_argument(
            "--quiet", "-q", action="store_true", help="print only errors (and check's verdict)"
        )

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
    import tomllib  # here: a run given its spec on the command line reads no TOML

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
    import tomllib

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


def _warning_kind(message: str) -> str:
    """A warning's message with its particulars (quoted names, numbers) blanked: its kind."""
    return re.sub(r"\d+", "N", re.sub(r"'[^']*'|\"[^\"]*\"", "'…'", message))


def _print_warnings(warnings: list[Problem], verbose: bool) -> None:
    """Up to ten warnings one by one; more are grouped by kind, with counts (--verbose: all)."""
    if verbose or len(warnings) <= MAX_WARNINGS_SHOWN:
        for w in warnings:
            print(w.render(), file=sys.stderr)
        return
    kinds = Counter(_warning_kind(w.message) for w in warnings)
    first: dict[str, Problem] = {}
    for w in warnings:
        first.setdefault(_warning_kind(w.message), w)
    for kind, count in sorted(kinds.items(), key=lambda kc: (-kc[1], kc[0])):
        more = f"  [{count} like this]" if count > 1 else ""
        print(f"{first[kind].render()}{more}", file=sys.stderr)
    print(
        f"clientgen: {len(warnings)} warnings of {len(kinds)} kinds, one of each shown "
        "(--verbose lists them all)",
        file=sys.stderr,
    )


def run(argv: list[str] | None = None) -> int:
    try:
        args = _parser().parse_args(argv)
        return _dispatch(args)
    except KeyboardInterrupt:
        print("clientgen: interrupted; the output folder is unchanged", file=sys.stderr)
        return 130
    except Exception as exc:
        code = _report_error(exc)
        if code is None:
            raise
        return code


def _report_error(exc: BaseException) -> int | None:
    """Print a user-facing message for ``exc`` and return the exit code; None for a bug."""
    if isinstance(exc, UserError):
        for p in exc.problems:
            print(p.render(), file=sys.stderr)
        count = len(exc.problems)
        print(
            f"clientgen: {count} problem{'s' if count != 1 else ''}; nothing was written",
            file=sys.stderr,
        )
        return 2
    if isinstance(exc, (UsageError, OutputError)):
        print(f"clientgen: error: {exc}", file=sys.stderr)
        return 2
    # a stage's own internal error: if its module was never loaded, it cannot be that
    internal: tuple[type[BaseException], ...] = tuple(
        getattr(sys.modules[name], cls)
        for name, cls in (
            ("generator.format", "FormatError"),
            ("generator.targets.python.models", "ModelsError"),
        )
        if name in sys.modules
    )
    if isinstance(exc, internal):
        print(
            f"clientgen: internal error (a bug in clientgen, please report it): {exc}",
            file=sys.stderr,
        )
        return 3
    if isinstance(exc, OSError):  # the file system refused (permissions, full disk, name too long)
        where = f": {exc.filename}" if exc.filename else ""
        print(f"clientgen: error: {exc.strerror or exc}{where}", file=sys.stderr)
        return 2
    return None


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
    return _run_targets(args)


# -- generate / check over every target -------------------------------------------------------------


@dataclass
class _Outcome:
    """One target's result as text, so that targets run in other processes print in order."""

    code: int
    out: str
    err: str


def _run_targets(args: argparse.Namespace) -> int:
    """Run each target; the ones not already up to date in parallel processes (2 cores: 2)."""
    jobs = _jobs(args)
    workers = min(len(jobs), os.cpu_count() or 1, 4)
    # worker processes are forked: only from the command itself (main), never from a host process
    # that called run() and may have threads of its own (a test runner, an IDE)
    if not _PARALLEL or threading.active_count() > 1:
        workers = 1
    if workers < 2:
        return _emit(_run_job(args, job, progress=True) for job in jobs)
    # up-to-date targets are found in this process (cheap); the rest go to worker processes
    outcomes: list[_Outcome | None] = []
    slow: list[int] = []
    for i, job in enumerate(jobs):
        fast = _run_job(args, job, fast_only=True)
        outcomes.append(fast)
        if fast is None:
            slow.append(i)
    if len(slow) < 2:
        return _emit(
            o if o is not None else _run_job(args, jobs[i], progress=True)
            for i, o in enumerate(outcomes)
        )
    return _emit(_parallel(args, jobs, outcomes, slow, workers))


def _emit(outcomes: Any) -> int:
    status = 0
    for outcome in outcomes:
        sys.stdout.write(outcome.out)
        sys.stdout.flush()
        sys.stderr.write(outcome.err)
        sys.stderr.flush()
        status = max(status, outcome.code)
    return status


def _parallel(
    args: argparse.Namespace,
    jobs: list[Job],
    outcomes: list[_Outcome | None],
    slow: list[int],
    workers: int,
) -> Any:
    """Yield every outcome in target order, the slow ones computed by worker processes."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    pipeline.preload({jobs[i].lang for i in slow})  # imported once, shared by the forked workers
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else None)
    progress = _Progress(enabled=not args.quiet)
    if args.verbose:
        count = min(workers, len(slow))
        print(f"clientgen: {len(slow)} targets in {count} worker processes", file=sys.stderr)
    pool = ProcessPoolExecutor(
        max_workers=min(workers, len(slow)), mp_context=context, initializer=_ignore_sigint
    )
    try:
        futures = {i: pool.submit(_run_job, args, jobs[i]) for i in slow}
        done = 0
        progress.show(f"{len(slow)} targets, {done} done")
        for i, outcome in enumerate(outcomes):
            if outcome is None:
                outcome = futures[i].result()
                done += 1
                progress.show(f"{len(slow)} targets, {done} done")
            progress.clear()
            yield outcome
    except KeyboardInterrupt:
        progress.clear()
        pool.shutdown(wait=True, cancel_futures=True)  # running targets finish (whole), no new ones
        message = "clientgen: interrupted; each output folder is either unchanged or complete\n"
        yield _Outcome(130, "", message)
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _ignore_sigint() -> None:
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)


class _Progress:
    """One self-overwriting status line on stderr, only when it is a terminal."""

    def __init__(self, enabled: bool = True) -> None:
        self.enabled = enabled and sys.stderr.isatty()
        self.shown = False

    def show(self, text: str) -> None:
        if self.enabled:
            sys.stderr.write(f"\r\x1b[2Kclientgen: {text}")
            sys.stderr.flush()
            self.shown = True

    def clear(self) -> None:
        if self.shown:
            sys.stderr.write("\r\x1b[2K")
            sys.stderr.flush()
            self.shown = False


def _run_job(
    args: argparse.Namespace, job: Job, progress: bool = False, fast_only: bool = False
) -> Any:
    """Run one target, capturing what it prints; with ``fast_only``, None unless up to date."""
    assert job.out is not None
    out, err = io.StringIO(), io.StringIO()
    start = time.perf_counter()
    kind = "plugin" if job.plugin else (_shown(job.templates) if job.templates else job.lang)
    label = f"{kind} {_shown(job.out)}"
    bar = _Progress(enabled=progress and not args.quiet)
    on_stage = (lambda stage: bar.show(f"{label}: {stage}...")) if bar.enabled else None
    try:
        if fast_only:
            result = pipeline.up_to_date(
                args.command,
                job.spec,
                job.lang,
                job.out,
                job.options,
                args.strict,
                args.verbose,
                templates=job.templates,
                plugin=job.plugin,
            )
            if result is None:
                return None
        elif args.command == "generate":
            result = pipeline.generate(
                job.spec,
                job.lang,
                job.out,
                job.options,
                args.strict,
                args.force,
                job.templates,
                job.plugin,
                verbose=args.verbose,
                progress=on_stage,
            )
        else:
            result = pipeline.check(
                job.spec,
                job.lang,
                job.out,
                job.options,
                args.strict,
                job.templates,
                job.plugin,
                verbose=args.verbose,
                progress=on_stage,
            )
    except KeyboardInterrupt:
        bar.clear()
        raise
    except Exception as exc:
        bar.clear()
        with redirect_stderr(err):
            code = _report_error(exc)
        if code is None:
            raise
        return _Outcome(code, "", err.getvalue())
    bar.clear()
    elapsed = time.perf_counter() - start
    with redirect_stdout(out), redirect_stderr(err):
        code = _print_result(args, job, label, result, elapsed)
    return _Outcome(code, out.getvalue(), err.getvalue())


def _secs(seconds: float) -> str:
    return f"{seconds:.2f} s" if seconds < 1 else f"{seconds:.1f} s"


def _print_result(
    args: argparse.Namespace, job: Job, label: str, result: pipeline.Result, elapsed: float
) -> int:
    drift = result.drift
    assert drift is not None
    if not args.quiet:
        _print_warnings(result.warnings, args.verbose)
    warned = ""
    if result.fast and result.warning_count and not args.quiet:
        warned = f"; {result.warning_count} warnings (--verbose lists them)"
    if args.verbose:
        stages = ", ".join(f"{name} {secs:.2f} s" for name, secs in result.timings)
        print(f"clientgen: {label}: {stages}", file=sys.stderr)
    if args.command == "generate":
        if not args.quiet:
            n = len(drift.changed) + len(drift.added) + len(drift.removed)
            state = f"{n} changed" if n else "up to date"
            print(f"{label}: {result.files} files, {state} ({_secs(elapsed)}){warned}")
            if args.verbose:
                for what, names in (
                    ("changed", drift.changed),
                    ("added", drift.added),
                    ("removed", drift.removed),
                ):
                    for name in names:
                        print(f"  {what}: {name}")
        return 0
    if drift.clean:
        if not args.quiet:
            print(f"{label}: up to date with {_shown(job.spec)} ({_secs(elapsed)}){warned}")
        return 0
    if not args.quiet:
        sys.stdout.write(drift.diff)
    print(
        f"{label}: stale: {len(drift.changed)} changed, {len(drift.added)} missing, "
        f"{len(drift.removed)} no longer generated; run 'clientgen generate'",
        file=sys.stderr,
    )
    for what, names in (
        ("changed", drift.changed),
        ("missing", drift.added),
        ("no longer generated", drift.removed),
    ):
        for name in names[:20]:
            print(f"  {what}: {_shown(Path(job.out or '.') / name)}", file=sys.stderr)
        if len(names) > 20:
            print(f"  ... and {len(names) - 20} more {what}", file=sys.stderr)
    return 1


_PARALLEL = False


def main(on_exit: Callable[[], None] | None = None) -> None:
    """The ``clientgen`` command (``on_exit``: stops what generator/early.py started and the run
    did not take; called however the run ends)."""
    global _PARALLEL
    _PARALLEL = True
    try:
        code = run()
    finally:
        if on_exit is not None:
            on_exit()
    # The command is done: every file is written and closed, every process it started has ended.
    # Leave without the interpreter's teardown, which frees every object one by one (40-80 ms of a
    # small spec's run); only the standard streams still hold output.
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except (OSError, ValueError):  # a closed pipe: let Python report it the usual way
        sys.exit(code)
    os._exit(code)
