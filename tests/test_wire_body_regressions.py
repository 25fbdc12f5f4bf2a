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
        **post(
            "application/x-www-form-urlencoded",
            {
                "type": "object",
                "properties": {
                    "items": {
                        "type": "array",
                        "items": {
                            "type": "object",
                            "properties": {
                                "price": {"type": "string"},
                                "quantity": {"type": "integer"},
                            },
                        },
                    },
                    "grid": {
                        "type": "array",
                        "items": {"type": "array", "items": {"type": "integer"}},
                    },
                    "tags": {"type": "array", "items": {"type": "string"}},
                },
            },
            "/orders",
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


@pytest.mark.parametrize("mode", MODES)
def test_a_form_array_of_objects_goes_in_brackets(
    pkg: ModuleType, httpserver: HTTPServer, mode: str
) -> None:
    """With no encoding declared, an array of objects (or of arrays) is indexed in brackets,
    Stripe's way (`items[0][price]=p1`), as objects are; it went out as JSON text
    (`items=%7B%22price%22...`). Arrays of scalars still repeat the name."""
    httpserver.expect_request("/orders", method="POST").respond_with_data("", status=204)
    body = {
        "items": [{"price": "p 1", "quantity": 2}, {"price": "p2"}],
        "grid": [[1, 2], [3]],
        "tags": ["a", "b"],
    }
    call(
        pkg,
        "BodyRegressions",
        mode,
        lambda c: c.things.send_orders(body),
        base_url=httpserver.url_for("/"),
    )
    ((request, _),) = httpserver.log
    assert request.get_data() == (
        b"items[0][price]=p+1&items[0][quantity]=2&items[1][price]=p2"
        b"&grid[0][0]=1&grid[0][1]=2&grid[1][0]=3&tags=a&tags=b"
    )
