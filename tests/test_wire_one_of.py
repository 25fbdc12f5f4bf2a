"""oneOf without a discriminator on the wire (tests/golden/one_of), sync and async against a
loopback server: a request value matching more than one variant is refused before anything is
sent, with a message naming the variants; one that matches exactly one is sent; a response becomes
the first variant, left to right, that it matches without conversions; anyOf is left alone."""

from __future__ import annotations

import datetime
from collections.abc import Iterator
from types import ModuleType

import pydantic
import pytest
from pytest_httpserver import HTTPServer

from tests.wire import MODES, call, client_module, spec_module


@pytest.fixture(scope="module")
def pkg(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    yield from client_module(tmp_path_factory, "one_of", "golden_one_of")


#: a dog also matches Cat (which allows extra fields): ambiguous under oneOf
BOTH = {"name": "rex", "bark": True}


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(
    ("method", "body"),
    [
        ("create", BOTH),  # a named oneOf component
        ("create_either", BOTH),  # an inline oneOf request body
        ("create", {"name": "tom", "bark": False, "indoor": True}),
    ],
)
def test_ambiguous_request_is_refused_before_sending(
    pkg: ModuleType, httpserver: HTTPServer, mode: str, method: str, body: dict[str, object]
) -> None:
    with pytest.raises(pydantic.ValidationError) as info:
        call(
            pkg,
            "OneOf",
            mode,
            lambda c: getattr(c.pets, method)(body),
            base_url=httpserver.url_for("/"),
        )
    message = str(info.value)
    assert "ambiguous" in message and "Cat" in message and "Dog" in message, message
    assert httpserver.log == []


def test_ambiguous_nested_value_is_refused_when_the_model_is_built(pkg: ModuleType) -> None:
    with pytest.raises(pydantic.ValidationError, match="ambiguous Pet"):
        pkg.models.Owner(id=1, pets=[BOTH])
    owner = pkg.models.Owner(id=1, pets=[{"name": "tom"}], tag=1)  # anyOf 1: int or number
    assert owner.pets is not None and isinstance(owner.pets[0], pkg.models.Cat)


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(
    ("method", "path", "body"),
    [
        ("create", "/pets", {"name": "tom"}),  # only Cat: Dog needs bark
        ("create_either", "/pets/either", {"name": "tom", "indoor": True}),
    ],
)
def test_unambiguous_request_is_sent(
    pkg: ModuleType,
    httpserver: HTTPServer,
    mode: str,
    method: str,
    path: str,
    body: dict[str, object],
) -> None:
    httpserver.expect_request(path, method="POST").respond_with_json({"name": "tom"}, status=201)
    call(
        pkg,
        "OneOf",
        mode,
        lambda c: getattr(c.pets, method)(body),
        base_url=httpserver.url_for("/"),
    )
    assert httpserver.log[0][0].get_json() == body


@pytest.mark.parametrize("mode", MODES)
def test_response_takes_the_first_variant_that_matches_exactly(
    pkg: ModuleType, httpserver: HTTPServer, mode: str
) -> None:
    owners = [{"id": "5", "pets": [BOTH]}, {"id": 5, "pets": [{"name": "x", "bark": 1}]}]
    for owner in owners:
        httpserver.expect_ordered_request("/owners", method="POST").respond_with_json(
            owner, status=201
        )

    async def both_async(c):  # type: ignore[no-untyped-def]
        return [await c.owners.create({"id": 7}), await c.owners.create({"id": "x7"})]

    def both(c):  # type: ignore[no-untyped-def]
        if mode == "async":
            return both_async(c)
        return [c.owners.create({"id": 7}), c.owners.create({"id": "x7"})]

    first, second = call(pkg, "OneOf", mode, both, base_url=httpserver.url_for("/"))
    # "5" is a string as it is: not the integer a conversion would make of it (integer is first)
    assert first.id == "5" and isinstance(first.id, str)
    # the dog matches Cat too (extra fields allowed), and Cat comes first
    assert first.pets is not None and type(first.pets[0]) is pkg.models.Cat
    assert first.pets[0].model_extra == {"bark": True}
    assert second.id == 5
    # bark 1 is no boolean without a conversion: Cat matches as it is, before Dog's conversion
    assert second.pets is not None and type(second.pets[0]) is pkg.models.Cat
    assert [r.get_json() for r, _ in httpserver.log] == [{"id": 7}, {"id": "x7"}]


# -- an unnamed oneOf as the response type ---------------------------------------------------------

CAT = {
    "type": "object",
    "required": ["name"],
    "properties": {"name": {"type": "string"}, "indoor": {"type": "boolean"}},
}
DOG = {
    "type": "object",
    "required": ["name", "bark"],
    "properties": {"name": {"type": "string"}, "bark": {"type": "boolean"}},
}
PETS = {"oneOf": [{"$ref": "#/components/schemas/Cat"}, {"$ref": "#/components/schemas/Dog"}]}


def json_response(schema: dict[str, object]) -> dict[str, object]:
    return {"description": "ok", "content": {"application/json": {"schema": schema}}}


INLINE_SPEC: dict[str, object] = {
    "openapi": "3.1.0",
    "info": {"title": "Inline One Of", "version": "1"},
    "servers": [{"url": "https://pets.example.com"}],
    "paths": {
        "/pet": {
            "get": {
                "operationId": "getPet",
                "tags": ["pets"],
                "responses": {
                    "200": json_response(PETS),
                    "404": json_response(PETS),
                },
            }
        },
        "/maybe": {
            "get": {
                "operationId": "getMaybe",
                "tags": ["pets"],
                "responses": {
                    "200": json_response({"oneOf": [*PETS["oneOf"], {"type": "null"}]}),
                },
            }
        },
        "/number": {
            "get": {
                "operationId": "getNumber",
                "tags": ["pets"],
                "responses": {
                    "200": json_response({"oneOf": [{"type": "number"}, {"type": "integer"}]}),
                    "202": json_response({"type": "string"}),
                },
            }
        },
        "/any": {
            "get": {
                "operationId": "getAny",
                "tags": ["pets"],
                "responses": {
                    "200": json_response({"anyOf": [{"type": "number"}, {"type": "integer"}]}),
                },
            }
        },
    },
    "components": {"schemas": {"Cat": CAT, "Dog": DOG}},
}


@pytest.fixture(scope="module")
def inline(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    yield from spec_module(tmp_path_factory, INLINE_SPEC, "inline_one_of")


@pytest.mark.parametrize("mode", MODES)
def test_an_unnamed_one_of_response_takes_the_first_strict_match(
    inline: ModuleType, httpserver: HTTPServer, mode: str
) -> None:
    """An inline oneOf response follows the documented rule, as a named one does: the first
    variant, left to right, that the data matches without conversions (pydantic's smart mode
    would pick Dog, the closer match, and the integer 5)."""
    httpserver.expect_request("/pet").respond_with_json(BOTH)
    httpserver.expect_request("/maybe").respond_with_json(BOTH)
    httpserver.expect_request("/number").respond_with_json(5)
    httpserver.expect_request("/any").respond_with_json(5)
    url = httpserver.url_for("/")

    def get(name: str) -> object:
        return call(inline, "InlineOneOf", mode, lambda c: getattr(c.pets, name)(), base_url=url)

    pet = get("get")
    assert type(pet) is inline.models.Cat and pet.model_extra == {"bark": True}
    maybe = get("get_maybe")
    assert type(maybe) is inline.models.Cat
    number = get("get_number")  # number comes first, and 5 is a number as it is
    assert number == 5.0 and type(number) is float
    assert type(get("get_any")) is int  # anyOf: pydantic's best match, as documented


@pytest.mark.parametrize("mode", MODES)
def test_an_unnamed_one_of_error_body_and_other_statuses(
    inline: ModuleType, httpserver: HTTPServer, mode: str
) -> None:
    httpserver.expect_ordered_request("/pet").respond_with_json(BOTH, status=404)
    httpserver.expect_ordered_request("/number").respond_with_json("five", status=202)
    httpserver.expect_ordered_request("/maybe").respond_with_json(None)
    url = httpserver.url_for("/")
    with pytest.raises(inline.NotFoundError) as info:
        call(inline, "InlineOneOf", mode, lambda c: c.pets.get(), base_url=url)
    assert type(info.value.body) is inline.models.Cat
    assert call(inline, "InlineOneOf", mode, lambda c: c.pets.get_number(), base_url=url) == "five"
    assert call(inline, "InlineOneOf", mode, lambda c: c.pets.get_maybe(), base_url=url) is None


# -- form and multipart bodies that are a oneOf --------------------------------------------------


def post(media: str, schema: dict[str, object]) -> dict[str, object]:
    return {
        "post": {
            "operationId": "send",
            "tags": ["things"],
            "requestBody": {"required": True, "content": {media: {"schema": schema}}},
            "responses": {"204": {"description": "ok"}},
        }
    }


def refs(*names: str) -> dict[str, object]:
    return {"oneOf": [{"$ref": f"#/components/schemas/{n}"} for n in names]}


FORM = "application/x-www-form-urlencoded"
MULTIPART = "multipart/form-data"
BODIES_SPEC: dict[str, object] = {
    "openapi": "3.1.0",
    "info": {"title": "Union Bodies", "version": "1"},
    "servers": [{"url": "https://pets.example.com"}],
    "paths": {
        "/form": post(FORM, refs("Cat", "Dog")),
        "/form-named": post(FORM, {"$ref": "#/components/schemas/Pet"}),
        "/multipart": post(MULTIPART, refs("Doc", "Memo")),
        "/multipart-named": post(MULTIPART, {"$ref": "#/components/schemas/Paper"}),
    },
    "components": {
        "schemas": {
            "Cat": CAT,
            "Dog": DOG,
            "Pet": refs("Cat", "Dog"),
            "Doc": {
                "type": "object",
                "required": ["title", "file"],
                "properties": {
                    "title": {"type": "string"},
                    "file": {"type": "string", "format": "binary"},
                },
            },
            "Memo": {
                "type": "object",
                "required": ["title", "body"],
                "properties": {"title": {"type": "string"}, "body": {"type": "string"}},
            },
            "Paper": refs("Doc", "Memo"),
        }
    },
}


@pytest.fixture(scope="module")
def bodies(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    spec = dict(BODIES_SPEC)
    spec["paths"] = {
        path: {"post": {**op["post"], "operationId": "send " + path.strip("/")}}  # type: ignore[index, dict-item]
        for path, op in BODIES_SPEC["paths"].items()  # type: ignore[attr-defined]
    }
    yield from spec_module(tmp_path_factory, spec, "union_bodies")


def method(path: str) -> str:
    return "send_" + path.strip("/").replace("-", "_")


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(
    ("path", "body", "variants"),
    [
        ("/form", BOTH, "Cat, Dog"),
        ("/form-named", BOTH, "Cat, Dog"),
        ("/multipart", {"title": "t", "file": b"x", "body": "b"}, "Doc, Memo"),
        ("/multipart", {"title": "t", "file": ("a.txt", b"x"), "body": "b"}, "Doc, Memo"),
        ("/multipart-named", {"title": "t", "file": b"x", "body": "b"}, "Doc, Memo"),
    ],
)
def test_ambiguous_form_and_multipart_bodies_are_refused_before_sending(
    bodies: ModuleType,
    httpserver: HTTPServer,
    mode: str,
    path: str,
    body: dict[str, object],
    variants: str,
) -> None:
    with pytest.raises(pydantic.ValidationError, match=f"the value matches {variants}, and oneOf"):
        call(
            bodies,
            "UnionBodies",
            mode,
            lambda c: getattr(c.things, method(path))(body),
            base_url=httpserver.url_for("/"),
        )
    assert httpserver.log == []


@pytest.mark.parametrize("mode", MODES)
def test_unambiguous_form_and_multipart_union_bodies_are_sent(
    bodies: ModuleType, httpserver: HTTPServer, mode: str
) -> None:
    for path in ("/form", "/form-named", "/multipart", "/multipart-named"):
        httpserver.expect_request(path, method="POST").respond_with_data("", status=204)
    cases = [
        ("/form", {"name": "tom", "indoor": True}),
        ("/form-named", {"name": "tom", "indoor": False}),
        ("/multipart", {"title": "t", "file": ("a.txt", b"\xff\x00", "text/plain")}),
        ("/multipart", {"title": "t", "body": "b"}),
        ("/multipart-named", {"title": "t", "file": ("a.txt", b"x")}),
    ]
    url = httpserver.url_for("/")
    for path, body in cases:
        call(
            bodies,
            "UnionBodies",
            mode,
            lambda c, p=path, b=body: getattr(c.things, method(p))(b),
            base_url=url,
        )
    got = [r for r, _ in httpserver.log]
    assert got[0].get_data() == b"name=tom&indoor=true"
    assert got[1].form.to_dict() == {"name": "tom", "indoor": "false"}
    upload = got[2].files["file"]
    assert (upload.filename, upload.read(), upload.content_type) == (
        "a.txt",
        b"\xff\x00",
        "text/plain",
    )
    assert got[2].form.to_dict() == {"title": "t"}
    assert got[3].form.to_dict() == {"title": "t", "body": "b"} and not got[3].files
    assert got[4].files["file"].filename == "a.txt" and got[4].files["file"].read() == b"x"


# The request check matches a value as JSON, without pydantic's conversions (as the TypeScript
# client does): a value is refused only when more than one variant accepts it as it would go on
# the wire, and a value exactly one variant accepts is sent as that variant, unconverted. A class
# whose schema has additionalProperties false takes no property it does not name while matching
# (responses still keep unknown fields).

_AT = datetime.datetime(2024, 5, 1, 10, 30, tzinfo=datetime.UTC)
_ID = "5f0c7a52-1d9e-4a51-9a53-0f1a2b3c4d5e"


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(
    ("resource", "path", "body", "sent"),
    [
        # "yes" is no boolean as JSON: only Cat (extra fields allowed) accepts it; not made True
        ("pets", "/pets", {"name": "tom", "bark": "yes"}, {"name": "tom", "bark": "yes"}),
        ("pets", "/pets", {"name": "tom", "bark": 1}, {"name": "tom", "bark": 1}),
        # Closed has additionalProperties false: only Open takes a size
        ("coupons", "/coupons", {"code": "A1", "size": 3}, {"code": "A1", "size": 3}),
        # date-time, date and enum values, as text and as Python objects
        ("events", "/events", {"at": "2024-05-01T10:30:00Z"}, {"at": "2024-05-01T10:30:00Z"}),
        ("events", "/events", {"at": "2024-05-01", "room": "c"}, {"at": "2024-05-01", "room": "c"}),
        (
            "events",
            "/events",
            {"at": _AT, "room": "a"},
            {"at": "2024-05-01T10:30:00Z", "room": "a"},
        ),
        ("events", "/events", {"at": datetime.date(2024, 5, 1)}, {"at": "2024-05-01"}),
        # a nested closed class (Box's Tag) takes no colour: only Bag accepts it
        ("holders", "/holders", {"tag": {"label": "x", "colour": "red"}}, None),
        # Account (closed) takes no alias; its read-only id is accepted and never sent
        ("members", "/members", {"name": "n", "alias": "a"}, None),
        ("members", "/members", {"id": _ID, "name": "n"}, {"name": "n"}),
    ],
)
def test_request_is_matched_as_json_without_conversions(
    pkg: ModuleType,
    httpserver: HTTPServer,
    mode: str,
    resource: str,
    path: str,
    body: dict[str, object],
    sent: dict[str, object] | None,
) -> None:
    replies = {"pets": {"name": "n"}, "members": {"name": "n", "alias": "a"}}
    reply = replies.get(resource)
    if reply is None:
        httpserver.expect_request(path, method="POST").respond_with_data(status=204)
    else:
        httpserver.expect_request(path, method="POST").respond_with_json(reply, status=201)
    call(
        pkg,
        "OneOf",
        mode,
        lambda c: getattr(c, resource).create(body),
        base_url=httpserver.url_for("/"),
    )
    assert httpserver.log[0][0].get_json() == (body if sent is None else sent)


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(
    ("resource", "body", "variants"),
    [
        ("coupons", {"code": "A1"}, "Closed, Open"),  # both take a bare code
        ("holders", {"tag": {"label": "x"}}, "Box, Bag"),  # the closed tag has nothing extra
        ("members", {"name": "n", "alias": "a", "id": _ID}, None),  # only Alias: sent
    ],
)
def test_closed_variants_and_ambiguity(
    pkg: ModuleType,
    httpserver: HTTPServer,
    mode: str,
    resource: str,
    body: dict[str, object],
    variants: str | None,
) -> None:
    if variants is None:
        httpserver.expect_request("/members", method="POST").respond_with_json(
            {"name": "n", "alias": "a"}, status=201
        )
        call(pkg, "OneOf", mode, lambda c: c.members.create(body), base_url=httpserver.url_for("/"))
        assert httpserver.log[0][0].get_json() == body  # Alias has no read-only id
        return
    with pytest.raises(pydantic.ValidationError, match=f"matches {variants}"):
        call(
            pkg,
            "OneOf",
            mode,
            lambda c: getattr(c, resource).create(body),
            base_url=httpserver.url_for("/"),
        )
    assert httpserver.log == []


def test_a_model_built_as_one_variant_goes_out_as_the_one_its_json_matches(pkg: ModuleType) -> None:
    # a Dog matches Cat too as JSON: ambiguous however it was built
    with pytest.raises(pydantic.ValidationError, match="ambiguous Pet"):
        pkg.models.Owner(id=1, pets=[pkg.models.Dog(name="rex", bark=True)])
    owner = pkg.models.Owner(id=1, pets=[{"name": "tom", "bark": "yes"}])
    assert owner.pets is not None and type(owner.pets[0]) is pkg.models.Cat
    assert owner.pets[0].model_extra == {"bark": "yes"}


def test_closed_classes_still_keep_unknown_fields_of_a_response(pkg: ModuleType) -> None:
    closed = pkg.models.Closed.model_validate({"code": "A1", "size": 3})
    assert closed.model_extra == {"size": 3}
    assert "Closed" in pkg._unions.CLOSED and "AccountInput" in pkg._unions.CLOSED
    assert "Open" not in pkg._unions.CLOSED


# Open string enums (`Literal[...] | str`: the API may add values) take their known values first:
# a value only one variant's enum lists goes out as that variant; any other string counts for
# every open enum only when no variant lists the value (then it may be ambiguous). A union of
# inline enums (`Size`) keeps each enum a variant of its own.


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(
    ("method", "path", "body"),
    [
        ("create", "/lamps", {"mode": "on"}),  # only Light's enum lists it
        ("create", "/lamps", {"mode": "dim", "levels": ["low"]}),  # only Dark's
        ("create_size", "/lamps/size", "small"),
        ("create_size", "/lamps/size", "huge"),
    ],
)
def test_a_known_enum_value_picks_its_variant(
    pkg: ModuleType, httpserver: HTTPServer, mode: str, method: str, path: str, body: object
) -> None:
    httpserver.expect_request(path, method="POST").respond_with_json(body, status=201)
    call(
        pkg,
        "OneOf",
        mode,
        lambda c: getattr(c.lamps, method)(body),
        base_url=httpserver.url_for("/"),
    )
    assert httpserver.log[0][0].get_json() == body


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(
    ("method", "body", "variants"),
    [
        # "bright" is in neither enum: both open enums take it
        ("create", {"mode": "bright"}, "Light, Dark"),
        ("create_size", "medium", "Literal['small', 'big'], Literal['tiny', 'huge']"),
    ],
)
def test_a_value_no_enum_lists_is_matched_as_any_string(
    pkg: ModuleType, httpserver: HTTPServer, mode: str, method: str, body: object, variants: str
) -> None:
    with pytest.raises(pydantic.ValidationError) as info:
        call(
            pkg,
            "OneOf",
            mode,
            lambda c: getattr(c.lamps, method)(body),
            base_url=httpserver.url_for("/"),
        )
    assert f"the value matches {variants}, and oneOf" in str(info.value)
    assert httpserver.log == []


def test_known_values_count_at_any_depth_and_in_responses(pkg: ModuleType) -> None:
    ta = pydantic.TypeAdapter(pkg.models.Lamp)
    assert type(ta.validate_python({"mode": "off"})) is pkg.models.Light
    # an enum in an array: Dark takes "high" as a known level (Light keeps levels as extra)
    assert type(ta.validate_python({"mode": "dim", "levels": ["high"]})) is pkg.models.Dark
    assert type(ta.validate_python({"mode": "off", "levels": ["high"]})) is pkg.models.Light
    # a value counts by its known values only when every enum value in it is known: "max" is
    # not, so both variants take it as any string
    with pytest.raises(pydantic.ValidationError, match="ambiguous Lamp"):
        ta.validate_python({"mode": "dim", "levels": ["max"]})
    # responses: the first variant that takes the data with known values, else the first match
    context = {pkg._unions.RESPONSE_CONTEXT: True}
    assert type(ta.validate_python({"mode": "dim"}, context=context)) is pkg.models.Dark
    assert type(ta.validate_python({"mode": "new"}, context=context)) is pkg.models.Light


# A request value that no variant accepts as JSON is refused before sending, as an ambiguous one
# is (it was converted by pydantic's lax rules: an epoch number became a date-time), with the
# union's name and why each variant refuses it.


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(
    ("resource", "body", "why"),
    [
        (
            "events",
            {"at": 1714566600},  # a number is no date-time (nor date) as JSON
            "no variant of Event accepts the value: Meeting (at: Input should be a valid "
            "datetime); Holiday (at: Input should be a valid date); oneOf needs exactly one",
        ),
        (
            "pets",
            {"indoor": True},
            "no variant of Pet accepts the value: Cat (name: Field required); Dog (name: Field "
            "required)",
        ),
        (
            "holders",
            {"tag": {"label": "x", "colour": 5}},
            "Box (takes no property 'colour'); Bag (tag.colour: Input should be a valid string)",
        ),
        ("owners", {"id": 1.5}, "no variant of OwnerId accepts the value: int (Input should be"),
    ],
)
def test_a_value_no_variant_accepts_is_refused_before_sending(
    pkg: ModuleType, httpserver: HTTPServer, mode: str, resource: str, body: object, why: str
) -> None:
    with pytest.raises(pydantic.ValidationError) as info:
        call(
            pkg,
            "OneOf",
            mode,
            lambda c: getattr(c, resource).create(body),
            base_url=httpserver.url_for("/"),
        )
    assert why in str(info.value)
    assert httpserver.log == []


def test_an_inline_union_body_no_variant_accepts_is_refused(pkg: ModuleType) -> None:
    with pytest.raises(pydantic.ValidationError, match=r"no variant of request body accepts"):
        with pkg.OneOfClient(base_url="http://127.0.0.1:9") as client:
            client.pets.create_either({"name": 7})


# A class built with allOf of closed parts (Whole), or closed with unevaluatedProperties (Sealed),
# is closed as a whole while matching: it takes the properties of every part and nothing else.


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(
    "body",
    [
        {"a": "x", "b": "y"},  # only Whole (Sealed names no b, Other needs c)
        {"a": "x", "s": 1},  # only Sealed
        {"a": "x", "c": 1},  # only Other: Whole and Sealed take no c
    ],
)
def test_classes_closed_through_all_of(
    pkg: ModuleType, httpserver: HTTPServer, mode: str, body: dict[str, object]
) -> None:
    httpserver.expect_request("/things", method="POST").respond_with_data(status=204)
    call(pkg, "OneOf", mode, lambda c: c.things.create(body), base_url=httpserver.url_for("/"))
    assert httpserver.log[0][0].get_json() == body


def test_closed_through_all_of_refuses_and_says_why(pkg: ModuleType) -> None:
    ta = pydantic.TypeAdapter(pkg.models.Thing)
    with pytest.raises(pydantic.ValidationError, match="the value matches Whole, Sealed, and"):
        ta.validate_python({"a": "x"})
    with pytest.raises(pydantic.ValidationError) as info:
        ta.validate_python({"a": "x", "s": 1, "b": "y"})
    assert (
        "no variant of Thing accepts the value: Whole (takes no property 's'); Sealed (takes no "
        "property 'b'); Other (c: Field required)"
    ) in str(info.value)
    assert {"Whole", "Sealed"} <= pkg._unions.CLOSED and "Base" not in pkg._unions.CLOSED
