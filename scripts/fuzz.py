"""Run every fuzz property for many examples and tally the failures.

    .venv/bin/python scripts/fuzz.py --examples 2000 [--property all] [--seed N] [--failures DIR]
                                     [--minutes M]

Properties (``--property``, repeatable; default ``all``, each for ``--examples`` examples):

- ``spec`` (tests/test_fuzz.py): a random spec generates a client that compiles, is ruff-clean,
  imports and round-trips data drawn from each schema;
- ``security``, ``styles``, ``form``, ``multipart`` (tests/test_fuzz_wire.py, PROPERTIES): what the
  emitted client puts on the wire for random security requirements, parameter styles, form bodies
  and multipart bodies, read back independently (the body properties through a loopback server).

Failures do not stop the run (no shrinking): each distinct one is written to ``--failures`` as
what was drawn (the spec, or the draws of a wire property) plus its traceback, to minimise by
hand. Prints, per property, the examples run, failures (total and distinct) and elapsed time;
exits 1 on any failure. ``--minutes`` bounds each property's run.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
import time
import traceback
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from hypothesis import HealthCheck, Phase, given, seed, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from tests.test_fuzz import check_spec, describe_failure, specs  # noqa: E402
from tests.test_fuzz_wire import PROPERTIES, loopback  # noqa: E402

NAMES = ["spec", *PROPERTIES]


class OutOfTime(BaseException):  # not an Exception: hypothesis lets it through, unshrunk
    pass


def run_property(name: str, args: argparse.Namespace, server: Any) -> tuple[int, int]:
    """Run one property; print its tally. Returns (examples run, failures)."""
    tally: dict[str, int] = {}
    counts = {"run": 0, "failed": 0}
    start = time.monotonic()
    deadline = start + args.minutes * 60 if args.minutes else None
    folder = args.failures / name
    print(f"property {name}:", flush=True)

    def record(exc: Exception, drawn: Any) -> None:
        counts["failed"] += 1
        key = describe_failure(exc)
        tally[key] = tally.get(key, 0) + 1
        if tally[key] == 1:
            folder.mkdir(parents=True, exist_ok=True)
            n = len(tally)
            (folder / f"{n:03d}.json").write_text(
                json.dumps(drawn, indent=1, ensure_ascii=False, default=repr)
            )
            (folder / f"{n:03d}.txt").write_text(
                key + "\n\n" + "".join(traceback.format_exception(exc)), encoding="utf-8"
            )

    @settings(
        max_examples=args.examples,
        deadline=None,
        database=None,
        phases=[Phase.generate],
        suppress_health_check=list(HealthCheck),
    )
    @given(data=st.data())
    def prop(data: st.DataObject) -> None:
        if deadline is not None and time.monotonic() > deadline:
            raise OutOfTime
        counts["run"] += 1
        drawn: dict[str, Any] = {}

        def draw(strategy: Any, label: str) -> Any:
            value = data.draw(strategy, label=label)
            drawn[f"{len(drawn)}:{label}"] = value
            return value

        try:
            if name == "spec":
                spec = data.draw(specs(), label="spec")
                drawn["spec"] = spec
                check_spec(spec, draw)
            else:
                check, needs_server = PROPERTIES[name]
                check(draw, server) if needs_server else check(draw)
        except Exception as exc:  # noqa: BLE001 - every failure is tallied, none stops the run
            record(exc, drawn.get("spec", drawn))
        if counts["run"] % 50 == 0:
            elapsed = time.monotonic() - start
            print(
                f"  {counts['run']} examples, {counts['failed']} failures, {elapsed:.0f} s",
                flush=True,
            )

    if args.seed is not None:
        prop = seed(args.seed)(prop)
    try:
        prop()
    except OutOfTime:
        pass
    elapsed = time.monotonic() - start
    print(f"  examples run: {counts['run']}")
    print(f"  failures: {counts['failed']} ({len(tally)} distinct)")
    for key, n in sorted(tally.items(), key=lambda kv: -kv[1]):
        print(f"  {n:5d}  {key}")
    print(f"  elapsed: {elapsed:.0f} s ({elapsed / max(counts['run'], 1):.2f} s per example)")
    if tally:
        print(f"  failing examples and tracebacks: {folder}")
    return counts["run"], counts["failed"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--examples", type=int, default=2000, help="examples per property (default 2000)"
    )
    parser.add_argument(
        "--property",
        action="append",
        choices=[*NAMES, "all"],
        help="property to run (repeatable; default: all of " + ", ".join(NAMES) + ")",
    )
    parser.add_argument("--seed", type=int, default=None, help="hypothesis seed (default: random)")
    parser.add_argument(
        "--failures",
        type=Path,
        default=ROOT / ".fuzz-failures",
        help="folder for failing examples and tracebacks (default .fuzz-failures)",
    )
    parser.add_argument(
        "--minutes", type=float, default=None, help="stop each property after this many minutes"
    )
    args = parser.parse_args(argv)
    logging.getLogger("werkzeug").setLevel(logging.WARNING)  # the loopback server's request log
    chosen = args.property or ["all"]
    names = NAMES if "all" in chosen else [n for n in NAMES if n in chosen]
    failed = 0
    with loopback() as server:
        for name in names:
            _, failures = run_property(name, args, server)
            failed += failures
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
