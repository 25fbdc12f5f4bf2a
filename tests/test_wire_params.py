"""Parameters on the wire, by the spec's style and explode (OpenAPI 3.1 section 4.8.12), through
the sync and async clients of tests/golden/params, against a loopback server."""

from __future__ import annotations

import datetime
import warnings
from collections.abc import Iterator
from types import ModuleType

import pytest
from pytest_httpserver import HTTPServer

from tests.wire import MODES, call, client_module, raw_target


@pytest.fixture(scope="module")
def pkg(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    yield from client_module(tmp_path_factory, "params", "golden_params")


def sent(httpserver: HTTPServer):  # type: ignore[no-untyped-def]
    assert len(httpserver.log) == 1, httpserver.log
    return httpserver.log[0][0]


@pytest.mark.parametrize("mode", MODES)
def test_query_styles(pkg: ModuleType, httpserver: HTTPServer, mode: str) -> None:
    httpserver.expect_request("/search").respond_with_json({})
    since = datetime.datetime(2024, 5, 1, 12, 30, tzinfo=datetime.UTC)
    call(
        pkg,
        "Params",
        mode,
        lambda c: c.search.search(
            ids=[1, 2, 3],
            tags=["a b", "c,d"],
            filter=pkg.models.SearchFilter(status="open", min_price=9.5),
            pipes=["x", "y"],
            spaces=["x", "y"],
            active=True,
            price=20.0,
            since=since,
            day=datetime.date(2024, 5, 1),
            sort="desc",
            redirect="https://e.com/a?b",
            where={"k": [1, True]},
        ),
        base_url=httpserver.url_for("/"),
    )
    req = sent(httpserver)
    assert raw_target(req) == (
        "/search?ids=1,2,3&tags=a%20b&tags=c%2Cd&filter[status]=open&filter[min_price]=9.5"
        "&pipes=x%7Cy&spaces=x%20y&active=true&price=20&since=2024-05-01T12%3A30%3A00Z"
        "&day=2024-05-01&sort=desc&redirect=https://e.com/a?b"
        "&where=%7B%22k%22%3A%5B1%2Ctrue%5D%7D"
    )
    assert "Content-Type" not in req.headers  # no body, no Content-Type


@pytest.mark.parametrize("mode", MODES)
def test_deep_object_from_a_mapping_and_unset_parameters(
    pkg: ModuleType, httpserver: HTTPServer, mode: str
) -> None:
    httpserver.expect_request("/search").respond_with_json({})
    call(
        pkg,
        "Params",
        mode,
        lambda c: c.search.search(filter={"status": "closed"}, ids=[7]),
        base_url=httpserver.url_for("/"),
    )
    assert raw_target(sent(httpserver)) == "/search?ids=7&filter[status]=closed"


@pytest.mark.parametrize("mode", MODES)
def test_path_header_and_cookie_styles(pkg: ModuleType, httpserver: HTTPServer, mode: str) -> None:
    httpserver.expect_request("/users/1,2,3").respond_with_data("")
    call(
        pkg,
        "Params",
        mode,
        lambda c: c.users.get(
            [1, 2, 3],
            x_flags=["f1", "f2"],
            x_point=pkg.models.GetUsersXPoint(x=1.0, y=2.5),
            session_id='abc;admin=1, "x"',
            tracking=["a", "b c"],
        ),
        base_url=httpserver.url_for("/"),
    )
    req = sent(httpserver)
    assert raw_target(req) == "/users/1,2,3"
    assert req.headers["X-Flags"] == "f1,f2"
    assert req.headers["X-Point"] == "x=1,y=2.5"
    # a value can never add a cookie: ; , space and quotes are percent-encoded
    assert req.headers["Cookie"] == "session_id=abc%3Badmin=1%2C%20%22x%22; tracking=a,b%20c"
    assert set(req.cookies) == {"session_id", "tracking"}


@pytest.mark.parametrize("mode", MODES)
def test_label_and_matrix_path_styles(pkg: ModuleType, httpserver: HTTPServer, mode: str) -> None:
    httpserver.expect_request(
        "/labels/.a,b c/matrix/;matrix=x,y/exploded/;exploded=1;exploded=2"
    ).respond_with_data("")
    call(
        pkg,
        "Params",
        mode,
        lambda c: c.users.get_styled(["a", "b c"], ["x", "y"], ["1", "2"]),
        base_url=httpserver.url_for("/"),
    )
    assert raw_target(sent(httpserver)) == (
        "/labels/.a,b%20c/matrix/;matrix=x,y/exploded/;exploded=1;exploded=2"
    )


@pytest.mark.parametrize("mode", MODES)
def test_path_values_cannot_add_segments(
    pkg: ModuleType, httpserver: HTTPServer, mode: str
) -> None:
    httpserver.expect_request("/users/..%2Fadmin").respond_with_data("")
    httpserver.expect_request("/users/../admin").respond_with_data("")
    call(
        pkg,
        "Params",
        mode,
        lambda c: c.users.get(["../admin"]),
        base_url=httpserver.url_for("/"),
    )
    assert raw_target(sent(httpserver)) == "/users/..%2Fadmin"


@pytest.mark.parametrize("mode", MODES)
def test_header_values_cannot_inject_lines(
    pkg: ModuleType, httpserver: HTTPServer, mode: str
) -> None:
    with pytest.raises(ValueError, match="control characters"):
        call(
            pkg,
            "Params",
            mode,
            lambda c: c.users.get([1], x_flags=["ok\r\nX-Admin: 1"]),
            base_url=httpserver.url_for("/"),
        )
    assert httpserver.log == []


@pytest.mark.parametrize("mode", MODES)
def test_scalars_render_alike_in_every_location(
    pkg: ModuleType, httpserver: HTTPServer, mode: str
) -> None:
    httpserver.expect_request("/search").respond_with_json({})
    since = datetime.datetime(2024, 5, 1, 12, 30, tzinfo=datetime.UTC)
    call(
        pkg,
        "Params",
        mode,
        lambda c: c.search.search(active=False, since=since, x_active=False, x_since=since),
        base_url=httpserver.url_for("/"),
    )
    req = sent(httpserver)
    assert req.args["active"] == req.headers["X-Active"] == "false"
    assert req.args["since"] == req.headers["X-Since"] == "2024-05-01T12:30:00Z"


@pytest.mark.parametrize("mode", MODES)
def test_deprecated_operation_and_parameter_warn(
    pkg: ModuleType, httpserver: HTTPServer, mode: str
) -> None:
    httpserver.expect_request("/legacy").respond_with_data("", status=204)
    httpserver.expect_request("/search").respond_with_json({})
    url = httpserver.url_for("/")
    with pytest.warns(DeprecationWarning, match=r"legacy_list\(\) is deprecated"):
        call(pkg, "Params", mode, lambda c: c.search.legacy_list(), base_url=url)
    with pytest.warns(DeprecationWarning, match=r"search\(\): old is deprecated"):
        call(pkg, "Params", mode, lambda c: c.search.search(old="x"), base_url=url)
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # not passing the deprecated parameter: no warning
        call(pkg, "Params", mode, lambda c: c.search.search(sort="asc"), base_url=url)
