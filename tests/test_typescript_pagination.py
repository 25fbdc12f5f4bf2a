"""Pagination in the TypeScript target (tests/golden/pagination): node's test runner drives the
built package against a loopback server for every way of paging (tests/typescript/
pagination.test.mjs): one request per page, none after an early stop, pages that keep the
response's fields. The compile-time checks are in tests/typescript/typing/pagination.ts."""

from __future__ import annotations

from pathlib import Path

from tests.golden_trees import expected_tree, write_tree
from tests.test_typescript import ROOT, TS_TESTS, build, needs_npm, run


@needs_npm
def test_pages_on_the_wire(tmp_path: Path) -> None:
    golden = write_tree(expected_tree("pagination", "typescript"), tmp_path / "golden")
    built = build(golden, tmp_path / "paging")
    run(
        ["node", "--test", "--test-reporter=spec", str(TS_TESTS / "pagination.test.mjs")],
        ROOT,
        env={"CLIENTGEN_TS_PACKAGE": str(built)},
    )
