"""Form and multipart bodies on the wire (tests/golden/bodies), sync and async, and Stripe's
POST /v1/customers from the real spec, trimmed to that path, end to end."""

from __future__ import annotations

import io
import json
import re
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest
from pytest_httpserver import HTTPServer

from tests.wire import MODES, call, client_module, raw_target


@pytest.fixture(scope="module")
def pkg(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    yield from client_module(tmp_path_factory, "bodies", "golden_bodies")


def only(httpserver: HTTPServer):  # type: ignore[no-untyped-def]
    assert len(httpserver.log) == 1
    return httpserver.log[0][0]


CUSTOMER = {
    "name": "Ann Lee",
    "balance": 20,
    "tax_exempt": False,
    "metadata": {"order_id": "6735"},
    "address": {"line1": "1 Main", "city": "Oslo"},
    "expand": ["a", "b"],
    "invoice_settings": {"custom_fields": [{"name": "n", "value": "v&w"}]},
    "tags": ["x", "y"],
}
CUSTOMER_WIRE = (
    "name=Ann+Lee&balance=20&tax_exempt=false&metadata[order_id]=6735"
    "&address[line1]=1+Main&address[city]=Oslo&expand[0]=a&expand[1]=b"
    "&invoice_settings[custom_fields][0][name]=n&invoice_settings[custom_fields][0][value]=v%26w"
    "&tags=x&tags=y"
)


@pytest.mark.parametrize("mode", MODES)
def test_form_body_nested_objects_and_arrays(
    pkg: ModuleType, httpserver: HTTPServer, mode: str
) -> None:
    httpserver.expect_request("/customers", method="POST").respond_with_data("")
    call(
        pkg,
        "Bodies",
        mode,
        lambda c: c.customers.create(CUSTOMER),
        base_url=httpserver.url_for("/"),
    )
    req = only(httpserver)
    assert req.headers["Content-Type"] == "application/x-www-form-urlencoded"
    assert req.get_data(as_text=True) == CUSTOMER_WIRE
    assert req.form["metadata[order_id]"] == "6735" and req.form["address[line1]"] == "1 Main"


@pytest.mark.parametrize("mode", MODES)
def test_no_content_type_without_a_body(pkg: ModuleType, httpserver: HTTPServer, mode: str) -> None:
    httpserver.expect_request("/customers", method="GET").respond_with_data("")
    call(pkg, "Bodies", mode, lambda c: c.customers.list(), base_url=httpserver.url_for("/"))
    req = only(httpserver)
    assert "Content-Type" not in req.headers and req.get_data() == b""


def parts(req) -> list[tuple[str, str | None, str | None, bytes]]:  # type: ignore[no-untyped-def]
    """(name, filename, content type, content) of each part, in order, from the raw body."""
    boundary = re.search(r"boundary=(\S+)", req.headers["Content-Type"]).group(1)  # type: ignore[union-attr]
    out = []
    for chunk in req.get_data().split(b"--" + boundary.encode())[1:-1]:
        head, _, content = chunk[2:-2].partition(b"\r\n\r\n")
        text = head.decode()
        name = re.search(r' name="([^"]*)"', text).group(1)  # type: ignore[union-attr]
        filename = re.search(r'filename="([^"]*)"', text)
        ctype = re.search(r"Content-Type: (\S+)", text)
        out.append(
            (
                name,
                filename.group(1) if filename else None,
                ctype.group(1) if ctype else None,
                content,
            )
        )
    return out


@pytest.mark.parametrize("mode", MODES)
def test_multipart_files_from_every_kind_of_input(
    pkg: ModuleType, httpserver: HTTPServer, mode: str, tmp_path: Path
) -> None:
    httpserver.expect_request("/uploads", method="POST").respond_with_data("")
    report = tmp_path / "report.pdf"
    report.write_bytes(b"%PDF-1")
    handle = open(report, "rb")  # noqa: SIM115 (closed below)
    body = {
        "file": ("photo.jpg", b"\xff\xd8\xff\xe0", "image/jpeg"),  # httpx-style tuple
        "attachments": [report, io.BytesIO(b"\x00\x01"), handle],
        "image": b"\x89PNG",  # bytes: the field name, the declared part type
        "avatar": ("me.jpg", b"\xff\xfe"),  # 3.1 contentMediaType string: a file, not str
        "purpose": "assistants",
        "count": 3,
        "meta": {"source": "test"},
    }
    try:
        call(
            pkg, "Bodies", mode, lambda c: c.uploads.upload(body), base_url=httpserver.url_for("/")
        )
    finally:
        handle.close()
    assert parts(only(httpserver)) == [
        ("file", "photo.jpg", "image/jpeg", b"\xff\xd8\xff\xe0"),
        ("attachments", "report.pdf", "application/pdf", b"%PDF-1"),
        ("attachments", "attachments", "application/octet-stream", b"\x00\x01"),
        ("attachments", "report.pdf", "application/pdf", b"%PDF-1"),
        ("image", "image", "image/png", b"\x89PNG"),
        ("avatar", "me.jpg", "image/jpeg", b"\xff\xfe"),
        ("purpose", None, None, b"assistants"),
        ("count", None, None, b"3"),
        ("meta", None, "application/json", b'{"source":"test"}'),
    ]


@pytest.mark.parametrize("mode", MODES)
def test_multipart_model_body_takes_the_same_file_inputs(
    pkg: ModuleType, httpserver: HTTPServer, mode: str, tmp_path: Path
) -> None:
    """A model body's file fields take what a mapping body takes: tuples, paths, file objects."""
    httpserver.expect_request("/uploads", method="POST").respond_with_data("")
    report = tmp_path / "report.pdf"
    report.write_bytes(b"%PDF-1")
    with open(report, "rb") as handle:
        body = pkg.models.UploadBody(
            file=("photo.jpg", b"\xff\xd8\xff\xe0", "image/jpeg"),
            attachments=[report, io.BytesIO(b"\x00\x01"), handle, ("a.txt", b"hi")],
            image=bytearray(b"\x89PNG"),
            avatar=("me.jpg", io.BytesIO(b"\xff\xfe")),
            purpose="assistants",
            count=3,
            meta=pkg.models.UploadBodyMeta(source="test"),
        )
        call(
            pkg, "Bodies", mode, lambda c: c.uploads.upload(body), base_url=httpserver.url_for("/")
        )
    assert parts(only(httpserver)) == [
        ("file", "photo.jpg", "image/jpeg", b"\xff\xd8\xff\xe0"),
        ("attachments", "report.pdf", "application/pdf", b"%PDF-1"),
        ("attachments", "attachments", "application/octet-stream", b"\x00\x01"),
        ("attachments", "report.pdf", "application/pdf", b"%PDF-1"),
        ("attachments", "a.txt", "text/plain", b"hi"),
        ("image", "image", "image/png", b"\x89PNG"),
        ("avatar", "me.jpg", "image/jpeg", b"\xff\xfe"),
        ("purpose", None, None, b"assistants"),
        ("count", None, None, b"3"),
        ("meta", None, "application/json", b'{"source":"test"}'),
    ]


def test_multipart_model_file_field_refuses_what_is_not_a_file(pkg: ModuleType) -> None:
    import pydantic

    with pytest.raises(pydantic.ValidationError, match="a file object, a path"):
        pkg.models.UploadBody(file=12)
    # what a response could hold is still bytes
    assert pkg.models.UploadBody(file="text").file == b"text"


def test_multipart_model_file_inputs_type_check(tmp_path: Path) -> None:
    from tests.wire import golden_package, mypy_strict

    good = """
        import io
        from pathlib import Path
        from golden_bodies import BodiesClient, models

        def send(client: BodiesClient, path: Path) -> None:
            with open(path, "rb") as fh:
                client.uploads.upload(models.UploadBody(file=fh, attachments=[path, b"x"]))
            client.uploads.upload(models.UploadBody(file=("a.txt", io.BytesIO(b"a"), "text/plain")))
    """
    assert mypy_strict(golden_package("bodies", tmp_path), good, tmp_path) == ""
    bad = """
        from golden_bodies import models

        models.UploadBody(file=12)
    """
    assert "arg-type" in mypy_strict(golden_package("bodies", tmp_path), bad, tmp_path)


@pytest.mark.parametrize("mode", MODES)
def test_multipart_required_file_is_checked(
    pkg: ModuleType, httpserver: HTTPServer, mode: str
) -> None:
    import pydantic

    with pytest.raises(pydantic.ValidationError):
        call(
            pkg,
            "Bodies",
            mode,
            lambda c: c.uploads.upload({"purpose": "x"}),
            base_url=httpserver.url_for("/"),
        )
    assert httpserver.log == []


# -- Stripe ---------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def stripe(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    """The real Stripe spec, trimmed to POST /v1/customers and the components it references."""
    from tests.conftest import CORPUS

    source = CORPUS / "stripe_spec3_2022-04-12.json"
    if not source.is_file():
        pytest.skip(f"{source} is missing")
    spec = json.loads(source.read_text(encoding="utf-8"))
    spec["paths"] = {"/v1/customers": {"post": spec["paths"]["/v1/customers"]["post"]}}
    schemas = spec["components"]["schemas"]
    keep: set[str] = set()
    todo = [spec["paths"]]
    while todo:
        node = todo.pop()
        if isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str) and ref.startswith("#/components/schemas/"):
                name = ref.rsplit("/", 1)[1]
                if name not in keep:
                    keep.add(name)
                    todo.append(schemas[name])
            todo.extend(node.values())
        elif isinstance(node, list):
            todo.extend(node)
    spec["components"]["schemas"] = {k: v for k, v in schemas.items() if k in keep}
    folder = tmp_path_factory.mktemp("stripe_spec")
    (folder / "stripe.json").write_text(json.dumps(spec), encoding="utf-8")
    out = tmp_path_factory.mktemp("stripe")
    import importlib
    import sys

    from tests.conftest import generate_into

    generate_into(folder / "stripe.json", out, package_name="stripe_customers")
    sys.path.insert(0, str(out))
    try:
        yield importlib.import_module("stripe_customers")
    finally:
        sys.path.remove(str(out))
        for name in [m for m in sys.modules if m.startswith("stripe_customers")]:
            del sys.modules[name]


@pytest.mark.parametrize("mode", MODES)
def test_stripe_create_customer_on_the_wire(
    stripe: ModuleType, httpserver: HTTPServer, mode: str
) -> None:
    httpserver.expect_request("/v1/customers", method="POST").respond_with_json(
        {"id": "cus_1", "object": "customer", "created": 1, "livemode": False}
    )
    client_cls = next(
        getattr(stripe, n)
        for n in dir(stripe)
        if n.endswith("Client") and not n.startswith("Async")
    )
    async_cls = getattr(stripe, "Async" + client_cls.__name__)
    body = {
        "email": "ann@example.com",
        "metadata": {"order_id": "6735"},
        "address": {"line1": "1 Main", "city": "Oslo"},
        "expand": ["a", "b"],
        "preferred_locales": ["en", "nb"],
    }
    import asyncio

    url = httpserver.url_for("/")
    if mode == "sync":
        with client_cls(token="sk_test", base_url=url) as c:
            try:
                c.customers.post(body)
            except (
                Exception
            ) as exc:  # the trimmed response may not validate; the request is what counts
                assert "Validation" in type(exc).__name__
    else:

        async def main() -> None:
            async with async_cls(token="sk_test", base_url=url) as c:
                try:
                    await c.customers.post(body)
                except Exception as exc:
                    assert "Validation" in type(exc).__name__

        asyncio.run(main())
    req = only(httpserver)
    assert req.headers["Authorization"] == "Bearer sk_test"
    assert req.headers["Content-Type"] == "application/x-www-form-urlencoded"
    assert req.get_data(as_text=True) == (
        "address[city]=Oslo&address[line1]=1+Main&email=ann%40example.com"
        "&expand[0]=a&expand[1]=b&metadata[order_id]=6735&preferred_locales[0]=en"
        "&preferred_locales[1]=nb"
    )
    assert raw_target(req) == "/v1/customers"
