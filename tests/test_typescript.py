"""The TypeScript target: the committed generated/typescript package compiles under tsc --strict
(exactOptionalPropertyTypes, noUncheckedIndexedAccess), builds to ESM and CommonJS, passes node's
test runner against a loopback server for every operation, is prettier-clean, and packs.

The npm tools come from the root package.json (`npm ci`); without them these tests are skipped
with the reason.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from generator import output, pipeline
from tests.conftest import GENERATED, ROOT

BIN = ROOT / "node_modules" / ".bin"
TS_TESTS = ROOT / "tests" / "typescript"
PACKAGE = GENERATED / "typescript"

needs_npm = pytest.mark.skipif(
    not (BIN / "tsc").exists() or shutil.which("node") is None,
    reason="npm tools missing: run `npm ci` in the repository root (node 18+ needed)",
)


def run(cmd: list[str], cwd: Path, env: dict[str, str] | None = None, timeout: int = 300) -> str:
    proc = subprocess.run(
        cmd,
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=timeout,
        env={**os.environ, **(env or {})},
        check=False,
    )
    assert proc.returncode == 0, (
        f"{' '.join(cmd)} failed:\n{proc.stdout[-8000:]}\n{proc.stderr[-4000:]}"
    )
    return proc.stdout


def build(src: Path, dest: Path) -> Path:
    """Copy a generated package and build it (tsc to dist/esm and dist/cjs) as `npm run build`
    would, with the pinned tsc."""
    shutil.copytree(src, dest)
    tsc = str(BIN / "tsc")
    run([tsc, "-p", "tsconfig.esm.json"], dest)
    run([tsc, "-p", "tsconfig.cjs.json"], dest)
    run(["node", "scripts/postbuild.mjs"], dest)
    return dest


def generate_ts(spec: Path, out: Path, **options: str) -> dict[str, str]:
    result = pipeline.render(str(spec), "typescript", options)
    output.write(result.tree, out)
    return result.tree


@pytest.fixture(scope="module")
def vapi_ts(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build(PACKAGE, tmp_path_factory.mktemp("ts") / "vapi")


@pytest.fixture(scope="module")
def styles_ts(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("ts-styles")
    generate_ts(TS_TESTS / "specs" / "wire.yaml", root / "src")
    return build(root / "src", root / "built")


def test_generated_typescript_matches_spec() -> None:
    """generated/typescript is what `clientgen generate` makes of our spec (also checked by
    `clientgen check` through [tool.clientgen])."""
    result = pipeline.check(str(ROOT / "specs" / "vapi-phone-numbers.yaml"), "typescript", PACKAGE)
    assert result.drift is not None and result.drift.clean, result.drift.diff[:4000]


def test_typescript_output_is_deterministic(tmp_path: Path) -> None:
    """Byte-identical across runs and across hash seeds (set iteration order)."""
    import sys

    spec = ROOT / "specs" / "vapi-phone-numbers.yaml"
    first = pipeline.render(str(spec), "typescript").tree
    assert "src/resources/phoneNumbers.ts" in first and "package.json" in first
    trees = []
    for seed in ("1", "2"):
        out = tmp_path / seed
        run(
            [
                sys.executable,
                "-m",
                "generator",
                "generate",
                str(spec),
                "--lang",
                "typescript",
                "--out",
                str(out),
            ],
            ROOT,
            env={"PYTHONHASHSEED": seed},
        )
        trees.append(
            {p.relative_to(out).as_posix(): p.read_bytes() for p in out.rglob("*") if p.is_file()}
        )
    assert trees[0] == trees[1]
    # the written tree is the rendered one (the lock file also records folders when written)
    lock = output.LOCK_NAME
    assert {k: v.encode("utf-8") for k, v in first.items() if k != lock} == {
        k: v for k, v in trees[0].items() if k != lock
    }


@needs_npm
def test_vapi_client_on_the_wire(vapi_ts: Path) -> None:
    """node --test: every operation against a loopback server (method, path, query, headers,
    body checked on the server), errors, retries, timeouts, cancellation, raw responses, and
    the ESM and CommonJS builds imported."""
    run(
        ["node", "--test", "--test-reporter=spec", str(TS_TESTS / "vapi.test.mjs")],
        ROOT,
        env={"CLIENTGEN_TS_PACKAGE": str(vapi_ts)},
    )


@needs_npm
def test_parameter_styles_and_bodies_on_the_wire(styles_ts: Path) -> None:
    """node --test: a spec with every parameter style, cookies, form and multipart bodies, auth
    per operation; the bytes are checked on a loopback server."""
    run(
        ["node", "--test", "--test-reporter=spec", str(TS_TESTS / "wire.test.mjs")],
        ROOT,
        env={"CLIENTGEN_TS_PACKAGE": str(styles_ts)},
    )


@needs_npm
def test_request_checks_on_the_wire(tmp_path: Path) -> None:
    """node --test: what the client checks or changes before sending (tests/typescript/specs/
    checks.yaml): read-only properties dropped at any depth in JSON, form and multipart bodies;
    ambiguous oneOf values refused (AmbiguousValueError); header values that are not ASCII or hold
    a control character refused (InvalidHeaderError), nothing sent."""
    generate_ts(TS_TESTS / "specs" / "checks.yaml", tmp_path / "src")
    built = build(tmp_path / "src", tmp_path / "built")
    run(
        ["node", "--test", "--test-reporter=spec", str(TS_TESTS / "checks.test.mjs")],
        ROOT,
        env={"CLIENTGEN_TS_PACKAGE": str(built)},
    )


@needs_npm
def test_generated_typescript_is_prettier_clean() -> None:
    """The output needs no formatter: the pinned prettier (with the package's own config,
    printWidth 100) changes nothing."""
    files = sorted(
        str(p.relative_to(PACKAGE))
        for p in PACKAGE.rglob("*")
        if p.is_file()
        and p.suffix in (".ts", ".json", ".mjs", ".md")
        and p.name != output.LOCK_NAME
    )
    out = run([str(BIN / "prettier"), "--check", *files], PACKAGE)
    assert "All matched files use Prettier code style" in out


@needs_npm
def test_npm_pack_accepts_the_package(vapi_ts: Path) -> None:
    out = run(["npm", "pack", "--dry-run", "--json", "--ignore-scripts"], vapi_ts)
    packed = {f["path"] for f in json.loads(out)[0]["files"]}
    assert {"package.json", "dist/esm/index.js", "dist/cjs/index.d.ts", "src/index.ts"} <= packed
    manifest = json.loads((vapi_ts / "package.json").read_text(encoding="utf-8"))
    assert manifest.get("dependencies") is None  # zero runtime dependencies


@needs_npm
def test_types_at_compile_time(tmp_path: Path) -> None:
    """tests/typescript/typing/*.ts: the API and the golden types used as a caller would, under
    the package's strict settings; each `@ts-expect-error` line must be an error (too loose a
    type fails: optional vs nullable, literal tags, closed enums, required arguments). Compiled
    in a copy of the repository's layout, the golden trees whole (tests/golden_trees.py)."""
    from tests.golden_trees import GOLDEN, expected_tree, write_tree

    shutil.copytree(TS_TESTS / "typing", tmp_path / "tests" / "typescript" / "typing")
    shutil.copytree(ROOT / "generated" / "typescript", tmp_path / "generated" / "typescript")
    for case in sorted(p.name for p in GOLDEN.iterdir() if (p / "expected_typescript").is_dir()):
        tree = expected_tree(case, "typescript")
        write_tree(tree, tmp_path / "tests" / "golden" / case / "expected_typescript")
    run([str(BIN / "tsc"), "-p", "tests/typescript/typing/tsconfig.json"], tmp_path)


@needs_npm
def test_typescript_set_passes_the_conformance_kit(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every case of the conformance kit (generator/conformance), built with the pinned tsc and
    driven by templates/typescript/conformance/driver.mjs."""
    from generator.conformance import runner

    monkeypatch.setenv("CLIENTGEN_TSC", str(BIN / "tsc"))
    report = runner.run("typescript")
    assert report.ok, report.text()
    assert {o.case for o in report.outcomes} == set(runner.case_names())
    assert report.passed == len(report.outcomes) >= 61


def _ir_has_security() -> bool:
    import dataclasses

    from generator.ir.model import Operation

    return "security" in {f.name for f in dataclasses.fields(Operation)}


@needs_npm
@pytest.mark.skipif(
    not _ir_has_security(), reason="needs the IR's per-operation security (issue 7)"
)
def test_security_and_form_encodings_on_the_wire(tmp_path: Path) -> None:
    """node --test: AND/OR/anonymous security requirements, several API keys side by side, OAuth2
    client credentials (token fetched once, cached), declared form encodings."""
    generate_ts(TS_TESTS / "specs" / "security.yaml", tmp_path / "src")
    built = build(tmp_path / "src", tmp_path / "built")
    run(
        ["node", "--test", "--test-reporter=spec", str(TS_TESTS / "security.test.mjs")],
        ROOT,
        env={"CLIENTGEN_TS_PACKAGE": str(built)},
    )
