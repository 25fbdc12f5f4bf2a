"""Every declared response on the wire: each 2xx parsed with its own schema, error bodies parsed
into their declared models (raw body kept), and Accept naming the declared media types. Sync and
async clients against a loopback server (tests/golden/responses)."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Response

from tests.conftest import generate_into

GOLDEN = Path(__file__).resolve().parent / "golden"
MODES = ["sync", "async"]


@pytest.fixture(scope="module")
def pkg(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    import importlib
    import sys

    out = tmp_path_factory.mktemp("responses")
    generate_into(GOLDEN / "responses" / "spec.yaml", out)
    sys.path.insert(0, str(out))
    try:
        yield importlib.import_module("responses")
    finally:
        sys.path.remove(str(out))
        for name in [m for m in sys.modules if m == "responses" or m.startswith("responses.")]:
            del sys.modules[name]


def call(pkg: ModuleType, mode: str, url: str, method: str, *args: Any, **kwargs: Any) -> Any:
    if mode == "sync":
        with pkg.ResponsesClient(base_url=url, max_retries=0) as client:
            return getattr(client.jobs, method)(*args, **kwargs)

    async def run() -> Any:
        async with pkg.AsyncResponsesClient(base_url=url, max_retries=0) as client:
            return await getattr(client.jobs, method)(*args, **kwargs)

    return asyncio.run(run())


@pytest.mark.parametrize("mode", MODES)
def test_each_2xx_parses_with_its_own_schema(
    pkg: ModuleType, httpserver: HTTPServer, mode: str
) -> None:
    url = httpserver.url_for("/")
    httpserver.expect_oneshot_request("/jobs", method="POST").respond_with_json({"value": 3})
    done = call(pkg, mode, url, "submit", {"queue": "q"})
    assert isinstance(done, pkg.models.Result) and done.value == 3
    httpserver.expect_oneshot_request("/jobs", method="POST").respond_with_json(
        {"job_id": "j-1", "state": "queued"}, status=202
    )
    accepted = call(pkg, mode, url, "submit", {"queue": "q"})
    assert isinstance(accepted, pkg.models.Job) and accepted.job_id == "j-1"
    httpserver.expect_oneshot_request("/jobs", method="POST").respond_with_data("", status=204)
    assert call(pkg, mode, url, "submit", {"queue": "q"}) is None
    accept = {r.headers["Accept"] for r, _ in httpserver.log}
    assert accept == {"application/json, application/problem+json"}


@pytest.mark.parametrize("mode", MODES)
def test_error_bodies_are_parsed_into_their_models(
    pkg: ModuleType, httpserver: HTTPServer, mode: str
) -> None:
    url = httpserver.url_for("/")
    errors = pkg.errors
    httpserver.expect_oneshot_request("/jobs", method="POST").respond_with_json(
        {"message": "no queue q", "resource": "queue"}, status=404
    )
    with pytest.raises(errors.NotFoundError) as info:
        call(pkg, mode, url, "submit", {"queue": "q"})
    assert isinstance(info.value.body, pkg.models.NotFound)
    assert info.value.body.resource == "queue"
    assert info.value.raw_body == {"message": "no queue q", "resource": "queue"}
    assert "no queue q" in str(info.value)
    # 4XX range (application/problem+json), then default
    httpserver.expect_oneshot_request("/jobs", method="POST").respond_with_json(
        {"title": "too big", "status": 413}, status=413, content_type="application/problem+json"
    )
    with pytest.raises(errors.ApiStatusError) as info:
        call(pkg, mode, url, "submit", {"queue": "q"})
    assert type(info.value.body).__name__ == "SubmitJob4xxResponse"
    assert info.value.body.title == "too big"
    httpserver.expect_oneshot_request("/jobs", method="POST").respond_with_json(
        {"code": 7, "message": "boom"}, status=500
    )
    with pytest.raises(errors.InternalServerError) as info:
        call(pkg, mode, url, "submit", {"queue": "q"})
    assert isinstance(info.value.body, pkg.models.Error) and info.value.body.code == 7
    # a body that does not match the declared schema stays raw (no second error)
    httpserver.expect_oneshot_request("/jobs", method="POST").respond_with_json(
        {"unexpected": True}, status=404
    )
    with pytest.raises(errors.NotFoundError) as info:
        call(pkg, mode, url, "submit", {"queue": "q"})
    assert info.value.body == info.value.raw_body == {"unexpected": True}
    httpserver.expect_oneshot_request("/jobs", method="POST").respond_with_data(
        "<html>bad gateway</html>", status=502, content_type="text/html"
    )
    with pytest.raises(errors.InternalServerError) as info:
        call(pkg, mode, url, "submit", {"queue": "q"})
    assert info.value.body == info.value.raw_body == "<html>bad gateway</html>"


@pytest.mark.parametrize("mode", MODES)
def test_accept_names_the_declared_media_types(
    pkg: ModuleType, httpserver: HTTPServer, mode: str
) -> None:
    url = httpserver.url_for("/")
    httpserver.expect_oneshot_request("/jobs/j 1/report").respond_with_response(
        Response(b"%PDF-\xff", content_type="application/pdf")
    )
    assert call(pkg, mode, url, "get_report", "j 1") == b"%PDF-\xff"
    httpserver.expect_oneshot_request("/jobs/j1/log").respond_with_data("line 1\n")
    assert call(pkg, mode, url, "get_log", "j1") == "line 1\n"
    sent = [r.headers.get("Accept") for r, _ in httpserver.log]
    assert sent == ["application/pdf, application/json", "text/plain"]
