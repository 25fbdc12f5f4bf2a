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


UNDECLARED = """\
openapi: 3.1.0
info: {title: Calls, version: "1"}
servers: [{url: "http://127.0.0.1:9"}]
paths:
  /call/{id}:
    delete:
      operationId: deleteCall
      responses:
        "200": {description: The deleted call.}
  /org/{orgId}/call/{callId}:
    parameters:
      - {name: orgId, in: path, required: true, schema: {type: integer}}
    get:
      operationId: getOrgCall
      responses:
        "200": {description: The call.}
"""


def test_undeclared_path_parameter_is_inferred_with_a_located_warning(
    tmp_path: Path, import_generated, httpserver
) -> None:  # type: ignore[no-untyped-def]
    spec = tmp_path / "calls.yaml"
    spec.write_text(UNDECLARED, encoding="utf-8")
    api, warnings = pipeline.build_ir(str(spec))
    inferred = [w for w in warnings if "is inferred as a required string" in w.message]
    assert [(w.pointer, w.line) for w in inferred] == [
        ("/paths/~1call~1{id}/delete", 7),
        ("/paths/~1org~1{orgId}~1call~1{callId}/get", 14),
    ]
    ops = {op.operation_id: op for r in api.resources for op in r.operations}
    (p,) = ops["deleteCall"].parameters
    assert (p.name, p.location, p.required, p.type.primitive) == ("id", "path", True, "string")
    assert [(q.name, q.type.primitive) for q in ops["getOrgCall"].parameters] == [
        ("orgId", "integer"),
        ("callId", "string"),
    ]
    with pytest.raises(Exception, match="inferred as a required string"):
        pipeline.build_ir(str(spec), strict=True)

    generate_into(spec, tmp_path / "out")
    pkg = import_generated(tmp_path / "out", "calls")
    httpserver.expect_request("/call/c-1", method="DELETE").respond_with_data("")
    httpserver.expect_request("/org/7/call/c-2", method="GET").respond_with_data("")
    with pkg.CallsClient(base_url=httpserver.url_for("/")) as client:
        client.call.delete("c-1")
        client.org.get_call(7, "c-2")
    assert [r.path for r, _ in httpserver.log] == ["/call/c-1", "/org/7/call/c-2"]
