"""Run the fuzz property of tests/test_fuzz.py for many examples and tally the failures.

    .venv/bin/python scripts/fuzz.py --examples 2000 [--seed N] [--failures DIR] [--minutes M]

Every example draws a random spec, generates the client, compiles it, runs ruff, imports it and
round-trips data drawn from each schema. Failures do not stop the run (no shrinking): each distinct
one is written to ``--failures`` as the spec plus its traceback, to minimise by hand. Prints the
number of examples run, failures (total and distinct) and elapsed time; exits 1 on any failure.
"""

from __future__ import annotations

import argparse
import json
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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--examples", type=int, default=2000, help="examples to run (default 2000)")
    parser.add_argument("--seed", type=int, default=None, help="hypothesis seed (default: random)")
    parser.add_argument(
        "--failures",
        type=Path,
        default=ROOT / ".fuzz-failures",
        help="folder for failing specs and tracebacks (default .fuzz-failures)",
    )
    parser.add_argument("--minutes", type=float, default=None, help="stop after this many minutes")
    args = parser.parse_args(argv)

    tally: dict[str, int] = {}
    counts = {"run": 0, "failed": 0}
    start = time.monotonic()
    deadline = start + args.minutes * 60 if args.minutes else None

    class OutOfTime(BaseException):  # not an Exception: hypothesis lets it through, unshrunk
        pass

    @settings(
        max_examples=args.examples,
        deadline=None,
        database=None,
        phases=[Phase.generate],
        suppress_health_check=list(HealthCheck),
    )
    @given(spec=specs(), data=st.data())
    def prop(spec: dict[str, Any], data: st.DataObject) -> None:
        if deadline is not None and time.monotonic() > deadline:
            raise OutOfTime
        counts["run"] += 1
        try:
            check_spec(spec, lambda strategy, label: data.draw(strategy, label=label))
        except Exception as exc:  # noqa: BLE001 - every failure is tallied, none stops the run
            counts["failed"] += 1
            key = describe_failure(exc)
            tally[key] = tally.get(key, 0) + 1
            if tally[key] == 1:
                args.failures.mkdir(parents=True, exist_ok=True)
                n = len(tally)
                (args.failures / f"{n:03d}.json").write_text(
                    json.dumps(spec, indent=1, ensure_ascii=False)
                )
                (args.failures / f"{n:03d}.txt").write_text(
                    key + "\n\n" + "".join(traceback.format_exception(exc)), encoding="utf-8"
                )
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
    print(f"examples run: {counts['run']}")
    print(f"failures: {counts['failed']} ({len(tally)} distinct)")
    for key, n in sorted(tally.items(), key=lambda kv: -kv[1]):
        print(f"  {n:5d}  {key}")
    print(f"elapsed: {elapsed:.0f} s ({elapsed / max(counts['run'], 1):.2f} s per example)")
    if tally:
        print(f"failing specs and tracebacks: {args.failures}")
    return 1 if counts["failed"] else 0


if __name__ == "__main__":
    sys.exit(main())
