"""readOnly and writeOnly on the wire (tests/golden/write_only), sync and async against a loopback
server. A required writeOnly property is sent in the request and not required in the response, so
a 201 without the password parses. A required readOnly property is required in the response (the
model `User` keeps it required) but neither required nor sent in a request: the request view
`UserInput` (and `ProfileInput` inside it) leaves it optional and never sends it, and a `User`
(read back from a response, say) passed as a body is sent without its read-only fields."""

from __future__ import annotations

import datetime
import json
import re
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from pytest_httpserver import HTTPServer

from tests.wire import MODES, call, client_module, golden_package, mypy_strict, spec_module

CREATED = {"id": "u1", "name": "ada", "profile": {"createdAt": "2024-05-01T12:30:00Z"}}


@pytest.fixture(scope="module")
def pkg(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    yield from client_module(tmp_path_factory, "write_only", "write_only")


def sent(httpserver: HTTPServer) -> Any:
    assert len(httpserver.log) == 1
    return httpserver.log[0][0].get_json()


@pytest.mark.parametrize("mode", MODES)
def test_a_201_without_the_write_only_password_parses(
    pkg: ModuleType, httpserver: HTTPServer, mode: str
) -> None:
    httpserver.expect_request("/users", method="POST").respond_with_json(CREATED, status=201)
    body = pkg.models.UserInput(name="ada", password="s3cret", profile=pkg.models.ProfileInput())
    created = call(
        pkg, "WriteOnly", mode, lambda c: c.users.create(body), base_url=httpserver.url_for("/")
    )
    assert created.name == "ada" and created.password is None
    assert sent(httpserver) == {"name": "ada", "password": "s3cret", "profile": {}}
    assert "s3cret" not in repr(body)


@pytest.mark.parametrize("mode", MODES)
def test_read_only_is_required_in_responses(
    pkg: ModuleType, httpserver: HTTPServer, mode: str
) -> None:
    httpserver.expect_request("/users", method="POST").respond_with_json(CREATED, status=201)
    body = {"name": "ada", "password": "pw", "profile": {"bio": "hi"}}
    created = call(
        pkg, "WriteOnly", mode, lambda c: c.users.create(body), base_url=httpserver.url_for("/")
    )
    assert created.id == "u1"
    assert created.profile.created_at == datetime.datetime(2024, 5, 1, 12, 30, tzinfo=datetime.UTC)
    httpserver.clear_log()
    httpserver.clear_all_handlers()
    httpserver.expect_request("/users", method="POST").respond_with_json(
        {"name": "ada", "profile": {}}, status=201
    )
    with pytest.raises(pkg.errors.ResponseValidationError, match="id"):
        call(
            pkg, "WriteOnly", mode, lambda c: c.users.create(body), base_url=httpserver.url_for("/")
        )


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("shape", ["model", "mapping", "view"])
def test_read_only_fields_are_never_sent(
    pkg: ModuleType, httpserver: HTTPServer, mode: str, shape: str
) -> None:
    """A User read back from a response, a mapping with the read-only keys, or a view given
    them: the server sees no read-only field, at any depth."""
    httpserver.expect_request("/users", method="POST").respond_with_json(CREATED, status=201)
    data = {**CREATED, "password": "pw", "tags": [{"label": "x"}]}
    body = {
        "model": lambda: pkg.models.User.model_validate(data),
        "mapping": lambda: data,
        "view": lambda: pkg.models.UserInput.model_validate(data),
    }[shape]()
    call(pkg, "WriteOnly", mode, lambda c: c.users.create(body), base_url=httpserver.url_for("/"))
    assert sent(httpserver) == {
        "name": "ada",
        "password": "pw",
        "profile": {},
        "tags": [{"label": "x"}],
    }


@pytest.mark.parametrize("mode", MODES)
def test_read_only_fields_of_list_bodies_are_never_sent(
    pkg: ModuleType, httpserver: HTTPServer, mode: str
) -> None:
    httpserver.expect_request("/users/batch", method="POST").respond_with_data("", status=204)
    data = {**CREATED, "password": "pw"}
    body = [
        pkg.models.User.model_validate(data),
        data,
        pkg.models.UserInput(name="bo", password="x", profile=pkg.models.ProfileInput(bio="b")),
    ]
    call(
        pkg,
        "WriteOnly",
        mode,
        lambda c: c.batch.create_users(body),
        base_url=httpserver.url_for("/"),
    )
    assert sent(httpserver) == [
        {"name": "ada", "password": "pw", "profile": {}},
        {"name": "ada", "password": "pw", "profile": {}},
        {"name": "bo", "password": "x", "profile": {"bio": "b"}},
    ]


def parts(req: Any) -> list[tuple[str, bytes]]:
    boundary = re.search(r"boundary=(\S+)", req.headers["Content-Type"]).group(1)  # type: ignore[union-attr]
    out = []
    for chunk in req.get_data().split(b"--" + boundary.encode())[1:-1]:
        head, _, content = chunk[2:-2].partition(b"\r\n\r\n")
        out.append((re.search(r' name="([^"]*)"', head.decode()).group(1), content))  # type: ignore[union-attr]
    return out


@pytest.mark.parametrize("mode", MODES)
def test_multipart_read_only_part_is_never_sent(
    pkg: ModuleType, httpserver: HTTPServer, mode: str, tmp_path: Path
) -> None:
    httpserver.expect_request("/users/u1/avatar", method="PUT").respond_with_data("", status=204)
    image = tmp_path / "me.png"
    image.write_bytes(b"\x89PNG")
    when = datetime.datetime(2024, 1, 1, tzinfo=datetime.UTC)
    for body in (
        pkg.models.AvatarInput(image=image),
        pkg.models.Avatar(image=image, uploaded_at=when),  # the class itself, as before
        {"image": image, "uploadedAt": when.isoformat()},
    ):
        call(
            pkg,
            "WriteOnly",
            mode,
            lambda c, b=body: c.users.set_avatar("u1", b),
            base_url=httpserver.url_for("/"),
        )
    assert [parts(r) for r, _ in httpserver.log] == [[("image", b"\x89PNG")]] * 3


def test_request_views_type_check(tmp_path: Path) -> None:
    """mypy --strict on user code: the view needs no read-only field, the response keeps them
    (typed, not optional), and the class itself is still accepted as a body."""
    good = """
        from write_only import WriteOnlyClient, models

        def make(client: WriteOnlyClient) -> str:
            created = client.users.create(
                models.UserInput(name="a", password="p", profile=models.ProfileInput(bio="b"))
            )
            again = client.users.create(created)
            client.batch.create_users([created, again])
            client.batch.create_users([models.UserInput(name="b", profile=models.ProfileInput())])
            ident: str = again.id
            return ident + again.profile.created_at.isoformat()
    """
    assert mypy_strict(golden_package("write_only", tmp_path), good, tmp_path) == ""
    bad = """
        from write_only import models

        models.UserInput(password="p", profile=models.ProfileInput())
    """
    assert 'Missing named argument "name"' in mypy_strict(
        golden_package("write_only", tmp_path), bad, tmp_path
    )


# -- read-only fields in map, nullable and nested array bodies ----------------------------------

USER = {"$ref": "#/components/schemas/User"}
NULL = {"type": "null"}
SHAPES_SPEC: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "Read Only Shapes", "version": "1"},
    "servers": [{"url": "https://users.example.com"}],
    "paths": {
        f"/{name}": {
            "put": {
                "operationId": name,
                "tags": ["shapes"],
                "requestBody": {"required": True, "content": {"application/json": {"schema": s}}},
                "responses": {"204": {"description": "Stored."}},
            }
        }
        for name, s in {
            "by_name": {"type": "object", "additionalProperties": USER},
            "nullable": {"oneOf": [USER, NULL]},
            "nullable_items": {"type": "array", "items": {"anyOf": [USER, NULL]}},
            "groups": {"type": "object", "additionalProperties": {"type": "array", "items": USER}},
            "nested": {"type": "array", "items": {"type": "array", "items": USER}},
        }.items()
    },
    "components": {
        "schemas": {
            "User": {
                "type": "object",
                "required": ["id", "name"],
                "properties": {
                    "id": {"type": "string", "readOnly": True},
                    "name": {"type": "string"},
                },
            }
        }
    },
}


@pytest.fixture(scope="module")
def shapes(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    yield from spec_module(tmp_path_factory, SHAPES_SPEC, "read_only_shapes")


@pytest.mark.parametrize("mode", MODES)
def test_read_only_fields_of_map_nullable_and_nested_bodies_are_never_sent(
    shapes: ModuleType, httpserver: HTTPServer, mode: str
) -> None:
    """A User read back from a response, a mapping with `id`, or the view: wherever the class
    sits in the body's type, `id` is neither required nor sent."""
    for path in SHAPES_SPEC["paths"]:
        httpserver.expect_request(path, method="PUT").respond_with_data("", status=204)
    read = shapes.models.User(id="u1", name="ada")  # as read back from a response
    data = {"id": "u2", "name": "bo"}
    view = shapes.models.UserInput(name="cy")
    calls = [
        lambda c: c.shapes.by_name({"a": read, "b": data, "c": view}),
        lambda c: c.shapes.nullable(read),
        lambda c: c.shapes.nullable(data),
        lambda c: c.shapes.nullable(None),
        lambda c: c.shapes.nullable_items([read, None, data, view]),
        lambda c: c.shapes.groups({"x": [read, data], "y": [view]}),
        lambda c: c.shapes.nested([[read], [data, view]]),
    ]
    for fn in calls:
        call(shapes, "ReadOnlyShapes", mode, fn, base_url=httpserver.url_for("/"))
    got = [r.get_data() for r, _ in httpserver.log]
    assert got[3] == b"null"  # None: the JSON body null (tests/test_wire_null_body.py)
    assert [json.loads(g or b"null") for g in got] == [
        {"a": {"name": "ada"}, "b": {"name": "bo"}, "c": {"name": "cy"}},
        {"name": "ada"},
        {"name": "bo"},
        None,
        [{"name": "ada"}, None, {"name": "bo"}, {"name": "cy"}],
        {"x": [{"name": "ada"}, {"name": "bo"}], "y": [{"name": "cy"}]},
        [[{"name": "ada"}], [{"name": "bo"}, {"name": "cy"}]],
    ]


def test_read_only_shapes_type_check(shapes: ModuleType, tmp_path: Path) -> None:
    """The methods take the view, the class and mappings, typed (mypy --strict)."""
    code = """
        from read_only_shapes import ReadOnlyShapesClient, models

        def send(client: ReadOnlyShapesClient, read: models.User) -> None:
            view = models.UserInput(name="a")
            client.shapes.by_name({"a": view, "b": read})
            client.shapes.nullable(view)
            client.shapes.nullable(read)
            client.shapes.nullable(None)
            client.shapes.nullable_items([view, None, read])
            client.shapes.groups({"x": [view], "y": [read]})
            rows: list[list[models.UserInput | models.User]] = [[view, read], [view]]
            client.shapes.nested(rows)
            client.shapes.nested([[read]])
    """
    package_dir = Path(shapes.__file__).parent.parent
    assert mypy_strict(package_dir, code, tmp_path) == ""
