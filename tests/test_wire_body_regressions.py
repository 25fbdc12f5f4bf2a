"""Form and multipart bodies: regressions for what tests/test_fuzz_wire.py found, each on the wire
against a loopback server, sync and async."""

from __future__ import annotations

from collections.abc import Iterator
from types import ModuleType
from typing import Any

import pytest
from pytest_httpserver import HTTPServer

from tests.wire import MODES, call, spec_module


def post(media: str, schema: dict[str, Any], path: str = "/things") -> dict[str, Any]:
    return {
        path: {
            "post": {
                "operationId": "send" + path.strip("/").title(),
                "tags": ["things"],
                "requestBody": {"required": True, "content": {media: {"schema": schema}}},
                "responses": {"204": {"description": "done"}},
            }
        }
    }


SPEC: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "Body Regressions", "version": "1"},
    "servers": [{"url": "https://api.example.com"}],
    "paths": {
        **post(
            "multipart/form-data",
            {"type": "object", "properties": {"note": {"type": ["string", "null"]}}},
            "/empty",
        ),
    },
}


@pytest.fixture(scope="module")
def pkg(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    yield from spec_module(tmp_path_factory, SPEC, "body_regressions")


@pytest.mark.parametrize("mode", MODES)
def test_a_multipart_body_without_parts_is_still_multipart(
    pkg: ModuleType, httpserver: HTTPServer, mode: str
) -> None:
    """Every property None (or none set): an empty multipart body, `--boundary--`, with its
    Content-Type; it was sent as no body and no Content-Type at all."""
    httpserver.expect_request("/empty", method="POST").respond_with_data("", status=204)
    url = httpserver.url_for("/")
    call(pkg, "BodyRegressions", mode, lambda c: c.things.send_empty({"note": None}), base_url=url)
    call(pkg, "BodyRegressions", mode, lambda c: c.things.send_empty({}), base_url=url)
    for request, _ in httpserver.log:
        content_type = request.headers["Content-Type"]
        assert content_type.startswith("multipart/form-data; boundary=")
        boundary = content_type.split("boundary=", 1)[1]
        assert request.get_data() == f"--{boundary}--\r\n".encode()
        assert not request.form and not request.files
    assert len(httpserver.log) == 2
