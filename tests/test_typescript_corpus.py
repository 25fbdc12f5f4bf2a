"""The TypeScript target on the real-world specs in ../shared/corpus: every package compiles under
tsc --strict (exactOptionalPropertyTypes, noUncheckedIndexedAccess) and is prettier-clean, without
a formatter. The small specs run always (one tsc run over all of them); OpenAI and Stripe only with
CLIENTGEN_SLOW=1.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from generator import output, pipeline
from tests.test_typescript import BIN, needs_npm, run

SMALL = [
    "petstore3.yaml",
    "opc_3.1_enums.yaml",
    "opc_3.1_specific.yaml",
    "opc_baseline_3.0.json",
    "opc_baseline_3.1.yaml",
]
BIG = ["openai.yaml", "stripe_spec3_2022-04-12.json"]
SLOW = os.environ.get("CLIENTGEN_SLOW") == "1"


def check_all(corpus: Path, names: list[str], root: Path) -> None:
    folders = []
    for name in names:
        spec = corpus / name
        if not spec.is_file():
            pytest.skip(f"{spec} is missing")
        folder = root / Path(name).stem.replace(".", "_")
        output.write(pipeline.render(str(spec), "typescript").tree, folder)
        folders.append(folder.name)
    config = json.loads((root / folders[0] / "tsconfig.json").read_text(encoding="utf-8"))
    config["compilerOptions"].pop("rootDir", None)
    config["include"] = [f"{f}/src" for f in folders]
    (root / "tsconfig.json").write_text(json.dumps(config), encoding="utf-8")
    run([str(BIN / "tsc"), "-p", "tsconfig.json"], root)
    prettier_config = str(root / folders[0] / ".prettierrc.json")
    out = run(
        [
            str(BIN / "prettier"),
            "--config",
            prettier_config,
            "--check",
            *(f"{f}/src" for f in folders),
        ],
        root,
    )
    assert "All matched files use Prettier code style" in out


@needs_npm
def test_small_corpus_specs_compile_and_need_no_formatter(corpus: Path, tmp_path: Path) -> None:
    check_all(corpus, SMALL, tmp_path)


@needs_npm
@pytest.mark.slow
@pytest.mark.skipif(not SLOW, reason="slow (big real-world specs); set CLIENTGEN_SLOW=1 to run")
def test_openai_and_stripe_compile_and_need_no_formatter(corpus: Path, tmp_path: Path) -> None:
    check_all(corpus, BIG, tmp_path)
