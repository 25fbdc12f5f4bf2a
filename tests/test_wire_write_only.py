"""A required writeOnly property (tests/golden/write_only): sent in the request, not required in
the response, so a 201 without the password parses; sync and async against a loopback server."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import pytest
from pytest_httpserver import HTTPServer

from tests.conftest import generate_into

GOLDEN = Path(__file__).resolve().parent / "golden"


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_a_201_without_the_write_only_password_parses(
    tmp_path: Path, import_generated: Any, httpserver: HTTPServer, mode: str
) -> None:
    generate_into(GOLDEN / "write_only" / "spec.yaml", tmp_path, package_name=f"wo_{mode}")
    pkg = import_generated(tmp_path, f"wo_{mode}")
    httpserver.expect_request("/users", method="POST").respond_with_json(
        {"name": "ada"}, status=201
    )
    body = pkg.models.User(name="ada", password="s3cret")
    url = httpserver.url_for("/")
    if mode == "sync":
        with pkg.WriteOnlyClient(base_url=url) as client:
            created = client.users.create(body)
    else:

        async def run() -> Any:
            async with pkg.AsyncWriteOnlyClient(base_url=url) as client:
                return await client.users.create(body)

        created = asyncio.run(run())
    assert created.name == "ada" and created.password is None
    assert httpserver.log[0][0].get_json() == {"name": "ada", "password": "s3cret"}
    assert "s3cret" not in repr(body)
