"""Request bodies that may be null (tests/golden/nullable), sync and async against a loopback
server: None sends the JSON body `null` (with its Content-Type); an optional body that may be null
defaults to NOT_GIVEN, which sends no body at all; an optional body that may not be null keeps
None as "no body"."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from pytest_httpserver import HTTPServer

from tests.wire import MODES, call, client_module, golden_package, mypy_strict


@pytest.fixture(scope="module")
def pkg(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    yield from client_module(tmp_path_factory, "nullable", "golden_nullable")


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(
    ("method", "args", "body", "content_type"),
    [
        ("set_owner", (None,), b"null", "application/json"),  # required: None is null
        ("set_owner", ({"name": "Ann"},), b'{"name":"Ann"}', "application/json"),
        ("touch", (None,), b"null", "application/json"),  # optional: None is null too
        ("touch", ({"note": "n"},), b'{"note":"n"}', "application/json"),
        ("touch", (), b"", None),  # left out: no body, no Content-Type
        ("touch", ("NOT_GIVEN",), b"", None),  # the sentinel, given explicitly
    ],
)
def test_a_body_that_may_be_null(
    pkg: ModuleType,
    httpserver: HTTPServer,
    mode: str,
    method: str,
    args: tuple[Any, ...],
    body: bytes,
    content_type: str | None,
) -> None:
    given = tuple(pkg.NOT_GIVEN if a == "NOT_GIVEN" else a for a in args)
    httpserver.expect_request("/records/r1/owner").respond_with_data(status=204)
    call(
        pkg,
        "Nullable",
        mode,
        lambda c: getattr(c.records, method)("r1", *given),
        base_url=httpserver.url_for("/"),
    )
    ((request, _),) = httpserver.log
    assert request.get_data() == body
    assert request.headers.get("Content-Type") == content_type


def test_not_given_is_one_typed_value(pkg: ModuleType) -> None:
    assert pkg.NOT_GIVEN is pkg.NotGiven.NOT_GIVEN and repr(pkg.NOT_GIVEN) == "NOT_GIVEN"
    assert "NOT_GIVEN" in pkg.__all__ and "NotGiven" in pkg.__all__


def test_the_signatures_type_check(tmp_path: Path) -> None:
    """mypy --strict: None and NOT_GIVEN are accepted where the body may be null; a required body
    that may be null cannot be left out."""
    good = """
        from golden_nullable import NOT_GIVEN, NullableClient, models

        def use(c: NullableClient) -> None:
            c.records.set_owner("r1", None)
            c.records.set_owner("r1", models.Owner(name="Ann"))
            c.records.touch("r1")
            c.records.touch("r1", None)
            c.records.touch("r1", NOT_GIVEN)
            c.records.touch("r1", {"note": "n"})
    """
    assert mypy_strict(golden_package("nullable", tmp_path), good, tmp_path) == ""
    bad = """
        from golden_nullable import NOT_GIVEN, NullableClient

        def use(c: NullableClient) -> None:
            c.records.set_owner("r1", NOT_GIVEN)
    """
    assert "arg-type" in mypy_strict(golden_package("nullable", tmp_path), bad, tmp_path)
