"""Servers (tests/golden/servers): variables become keyword arguments (default from the spec, listed
values checked), every server is selectable by name, `base_url=` wins; a spec with only a relative
server needs `base_url`, and the constructor says so."""

from __future__ import annotations

import asyncio
import importlib
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest
from pytest_httpserver import HTTPServer

from tests.conftest import generate_into

GOLDEN = Path(__file__).resolve().parent / "golden"


@pytest.fixture(scope="module")
def pkg(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    out = tmp_path_factory.mktemp("servers")
    generate_into(GOLDEN / "servers" / "spec.yaml", out)
    sys.path.insert(0, str(out))
    try:
        yield importlib.import_module("servers")
    finally:
        sys.path.remove(str(out))
        for name in [m for m in sys.modules if m == "servers" or m.startswith("servers.")]:
            del sys.modules[name]


@pytest.mark.parametrize("cls", ["ServersClient", "AsyncServersClient"])
def test_server_variables_and_names(pkg: ModuleType, cls: str) -> None:
    client = getattr(pkg, cls)
    assert client().base_url == "https://us.api.example.com/v2"
    assert client(region="eu").base_url == "https://eu.api.example.com/v2"
    assert client(region="ap", version="v3").base_url == "https://ap.api.example.com/v3"
    assert client(server="staging").base_url == "https://staging.example.com/v2"
    assert client(server="production", region="eu").base_url == "https://eu.api.example.com/v2"
    with pytest.raises(
        ValueError, match=r"region='mars' is not a value server 'production' allows: us, eu, ap"
    ):
        client(region="mars")
    with pytest.raises(
        ValueError, match="unknown server 'prod'; the API lists: production, staging"
    ):
        client(server="prod")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="server 'staging' has no variable 'region'"):
        client(server="staging", region="eu")
    with pytest.raises(ValueError, match="relative.*pass base_url"):
        client(server="same_host_as_the_page")
    assert (
        client(base_url="https://override.test/x/", region="eu").base_url
        == "https://override.test/x"
    )


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_base_url_wins_on_the_wire(pkg: ModuleType, httpserver: HTTPServer, mode: str) -> None:
    httpserver.expect_request("/ping").respond_with_json({"ok": True})
    url = httpserver.url_for("/")
    if mode == "sync":
        with pkg.ServersClient(base_url=url, server="staging") as client:
            assert client.health.ping().ok is True
    else:

        async def run() -> None:
            async with pkg.AsyncServersClient(base_url=url, server="staging") as client:
                assert (await client.health.ping()).ok is True

        asyncio.run(run())
    assert len(httpserver.log) == 1


def test_relative_server_requires_base_url(
    tmp_path: Path, import_generated, httpserver: HTTPServer
) -> None:
    spec = (GOLDEN / "servers" / "spec.yaml").read_text(encoding="utf-8")
    head, _, rest = spec.partition("servers:\n")
    spec = head + "servers:\n  - url: /api/v3\npaths:\n" + rest.partition("paths:\n")[2]
    (tmp_path / "spec.yaml").write_text(spec, encoding="utf-8")
    generate_into(tmp_path / "spec.yaml", tmp_path / "out", package_name="relative_srv")
    pkg = import_generated(tmp_path / "out", "relative_srv")
    for cls in (pkg.ServersClient, pkg.AsyncServersClient):
        with pytest.raises(
            ValueError, match=r"base_url is required: .*relative server \('/api/v3'\)"
        ):
            cls()
    httpserver.expect_request("/api/v3/ping").respond_with_json({"ok": True})
    with pkg.ServersClient(base_url=httpserver.url_for("/api/v3")) as client:
        assert client.health.ping().ok is True
