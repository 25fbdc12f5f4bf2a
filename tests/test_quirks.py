"""Harmless real-world quirks: the generator warns and goes on, and the client behaves sensibly."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator import pipeline
from tests.conftest import generate_into

QUIRKS = """\
openapi: 3.1.0
info: {title: Quirks, version: "1"}
servers: [{url: "http://127.0.0.1:9"}]
paths:
  /a:
    get:
      operationId: getA
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {$ref: "#/components/schemas/A"}
components:
  schemas:
    Color: {type: object, enum: [red, green]}
    A:
      type: object
      properties:
        c: {$ref: "#/components/schemas/Color"}
        p: {type: string, pattern: "(unclosed"}
        e: {type: string, enum: []}
        f: {type: string, format: not-a-real-format}
"""


def test_quirks_generate_with_warnings_and_a_sensible_client(
    tmp_path: Path, import_generated
) -> None:  # type: ignore[no-untyped-def]
    spec = tmp_path / "quirks.yaml"
    spec.write_text(QUIRKS, encoding="utf-8")
    _, warnings = pipeline.build_ir(str(spec))
    messages = " | ".join(w.message for w in warnings)
    assert "probably meant type: string" in messages
    assert "left out of the generated models" in messages
    assert "empty enum" in messages
    assert "unknown format" in messages
    generate_into(spec, tmp_path / "out")
    pkg = import_generated(tmp_path / "out", "quirks")
    a = pkg.models.A.model_validate({"c": "red", "p": "(x", "e": "anything", "f": "z"})
    assert (a.c, a.p, a.e, a.f) == ("red", "(x", "anything", "z")
    assert pkg.models.A.model_validate({"c": "blue"}).c == "blue"  # a string enum, open like all
    with pytest.raises(Exception, match="warning|strict"):
        pipeline.build_ir(str(spec), strict=True)
