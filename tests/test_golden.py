"""Golden cases: small specs for edge cases, each with the full output tree it must produce.

tests/golden/<case>/spec.yaml is generated into a temporary folder and compared byte for byte with
the tree tests/golden/<case>/expected/ and the runtime modules pinned once for every case make
(tests/golden_trees.py). After a deliberate change to the output, refresh them with

    CLIENTGEN_REFRESH_GOLDEN=1 .venv/bin/python -m pytest tests/test_golden.py

and review the diff of tests/golden/ before committing it.
"""

from __future__ import annotations

import datetime
import difflib
import os
from pathlib import Path
from typing import Any

import pydantic
import pytest
import yaml
from pytest_httpserver import HTTPServer

from generator import cli
from tests.conftest import ROOT, generate_into
from tests.golden_trees import REFERENCE, expected_tree, pin, read_tree, store

GOLDEN = Path(__file__).resolve().parent / "golden"
CASES = sorted(p.name for p in GOLDEN.iterdir() if (p / "spec.yaml").is_file())
REFRESH = os.environ.get("CLIENTGEN_REFRESH_GOLDEN") == "1"


def test_every_case_has_expected_output() -> None:
    assert set(CASES) >= {"discriminated_union", "nullable", "enums", "naming"}
    if not REFRESH:
        for case in CASES:
            assert (GOLDEN / case / "expected").is_dir(), (
                f"{case}: run with CLIENTGEN_REFRESH_GOLDEN=1"
            )


@pytest.fixture(scope="module")
def pinned(tmp_path_factory: pytest.TempPathFactory) -> None:
    """When refreshing, the reference case's runtime modules are pinned before any case is
    stored against them."""
    if REFRESH:
        out = tmp_path_factory.mktemp("reference")
        generate_into(GOLDEN / REFERENCE / "spec.yaml", out)
        pin("python", read_tree(out))


@pytest.mark.parametrize("case", CASES)
def test_golden(case: str, tmp_path: Path, pinned: None) -> None:
    out = tmp_path / "out"
    generate_into(GOLDEN / case / "spec.yaml", out)
    actual = read_tree(out)
    if REFRESH:
        store(case, "python", actual)
        return
    expected = expected_tree(case, "python")
    assert sorted(actual) == sorted(expected), "the set of files changed"
    for rel in sorted(actual):
        if actual[rel] != expected[rel]:
            diff = "".join(
                difflib.unified_diff(
                    expected[rel].decode("utf-8", "replace").splitlines(keepends=True),
                    actual[rel].decode("utf-8", "replace").splitlines(keepends=True),
                    f"expected/{rel}",
                    f"actual/{rel}",
                )
            )
            pytest.fail(
                f"{case}: {rel} differs from the golden file "
                f"(CLIENTGEN_REFRESH_GOLDEN=1 refreshes on purpose):\n{diff[:6000]}"
            )


def test_generated_python_is_up_to_date(capsys: pytest.CaptureFixture[str]) -> None:
    """`clientgen check` with the project's [tool.clientgen]: generated/python matches its spec."""
    status = cli.run(["check", "--config", str(ROOT / "pyproject.toml")])
    captured = capsys.readouterr()
    assert status == 0, captured.out[-6000:] + captured.err[-2000:]


# -- importing the golden clients ------------------------------------------------------------------


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Each case generated once for the import tests below."""
    root = tmp_path_factory.mktemp("golden")
    folders = {}
    for case in CASES:
        generate_into(GOLDEN / case / "spec.yaml", root / case)
        folders[case] = root / case
    return folders


def spec_of(case: str) -> dict[str, Any]:
    return yaml.safe_load((GOLDEN / case / "spec.yaml").read_text(encoding="utf-8"))


def sample(schema: dict[str, Any], name: str) -> Any:
    kind = schema.get("type")
    return {"string": f"v-{name}", "integer": 7, "number": 1.5, "boolean": True}.get(kind, ["x"])


def test_naming_round_trip(built: dict[str, Path], import_generated) -> None:
    pkg = import_generated(built["naming"], "golden_naming")
    m = pkg.models
    props = spec_of("naming")["components"]["schemas"]["Weird"]["properties"]
    wire = {name: sample(schema, name) for name, schema in props.items()}
    wire.update({"when": "2024-01-02T03:04:05Z", "kind": "a", "at": {"iso": None}})
    weird = m.Weird.model_validate(wire)
    when = datetime.datetime(2024, 1, 2, 3, 4, 5, tzinfo=datetime.UTC)
    assert weird.model_dump(by_alias=True) == {**wire, "when": when}
    assert weird.model_dump(mode="json", by_alias=True) == wire
    assert m.Weird.model_validate_json(weird.model_dump_json(by_alias=True)) == weird
    assert weird.class_ == "v-class" and weird.model_config_ == "v-model_config"
    assert weird.field_model_dump == "v-model_dump"
    assert weird.model_extra == {}  # every property became a field, none fell into extras
    for cls, data in [
        (m.Class, {"def": "d", "lambda": 1}),
        (m.NoneModel, {"value": "v"}),
        (m.ImportResponse, {"None": {"value": "v"}, "str": "s"}),
        (m.M2faSettings, {"enabled": False}),
        (m.UserProfile, {"handle": "h"}),
        (m.UserName, {"upper": "u"}),
        (m.UserName2, {"snake": "s"}),
        (m.UserName3, {"dashed": "d"}),
        (m.Model, {"big": "b"}),
        (m.Model2, {"small": "s"}),
        (m.BaseModelModel, {"field": "f"}),
        (m.Cafe, {"crème": "c"}),
    ]:
        assert cls.model_validate(data).model_dump(by_alias=True) == data, cls


def test_naming_parameters_keep_wire_names(
    built: dict[str, Path], import_generated, httpserver: HTTPServer
) -> None:
    pkg = import_generated(built["naming"], "golden_naming")
    weird = {"class": "c", "model_config": "m"}
    httpserver.expect_request(
        "/class/a b",
        query_string={
            "from": "f",
            "self": "1",
            "None": "true",
            "type": "t",
            "id": "2",
            "request_options": "r",
            "body": "b",
            "user-name": "u1",
            "user.name": "u2",
            "userName": "u3",
            "1st": "x",
            "größe": "g",
        },
        headers={"X-Request-ID": "rid"},
    ).respond_with_json(weird)
    httpserver.expect_request("/models/m.1").respond_with_json({"handle": "h"})
    with pkg.NamingTheEdgeCasesClient(base_url=httpserver.url_for("/")) as client:
        got = client.class_.class_(
            "a b",
            from_="f",
            self_=1,
            none=True,
            type="t",
            id=2,
            request_options_="r",
            body_="b",
            user_name="u1",
            user_name_2="u2",
            user_name_3="u3",
            n_1st="x",
            grosse="g",
            x_request_id="rid",
        )
        assert got.class_ == "c"
        assert client.models_.get_by_id("m.1").handle == "h"
        httpserver.expect_request(
            "/search", query_string="list=a&list=b&dict=d&str=s&models=m&cast=c&result=r&Any=y"
        ).respond_with_json([weird])
        found = client.class_.search(
            list_=["a", "b"], dict_="d", str_="s", models_="m", cast_="c", result_="r", any="y"
        )
        assert found[0].class_ == "c"
        for attr in ("import_", "n_2fa", "self", "users", "users_2"):
            assert hasattr(client, attr)


def test_discriminated_union_round_trip(built: dict[str, Path], import_generated) -> None:
    m = import_generated(built["discriminated_union"], "golden_shapes").models
    wire = {
        "id": 1,
        "shapes": [
            {"kind": "circle", "radius": 1.0},
            {"kind": "square", "side": 2.0},
            {"kind": "tri", "a": 3.0, "b": 4.0, "c": 5.0},
        ],
        "focus": None,
        "background": {"kind": "square", "side": 9.0},
    }
    drawing = m.Drawing.model_validate(wire)
    assert [type(s).__name__ for s in drawing.shapes] == ["Circle", "Square", "Triangle"]
    assert drawing.model_dump(by_alias=True) == wire
    with pytest.raises(pydantic.ValidationError):
        m.Drawing.model_validate({**wire, "shapes": [{"kind": "hexagon"}]})
    with pytest.raises(pydantic.ValidationError):  # focus is required, though nullable
        m.Drawing.model_validate({k: v for k, v in wire.items() if k != "focus"})
    outline = pydantic.TypeAdapter(m.GetShapeOutlineResponse).validate_python(
        {"kind": "circle", "radius": 2}
    )
    assert isinstance(outline, m.Circle)


def test_nullable_required_vs_optional(built: dict[str, Path], import_generated) -> None:
    m = import_generated(built["nullable"], "golden_nullable").models
    wire = {
        "id": "r1",
        "required_nullable": None,
        "required_nullable_ref": None,
        "required_nullable_anyof": None,
    }
    record = m.Record.model_validate(wire)
    assert record.model_dump(by_alias=True, exclude_unset=True) == wire
    for key in ("required_nullable", "required_nullable_ref", "required_nullable_anyof"):
        with pytest.raises(pydantic.ValidationError):
            m.Record.model_validate({k: v for k, v in wire.items() if k != key})
    full = {
        **wire,
        "optional_nullable": None,
        "optional": 3,
        "nullable_items": ["a", None],
        "nullable_map": {"x": None, "y": 1.5},
        "nullable_union": 4,
    }
    assert m.Record.model_validate(full).model_dump(by_alias=True, exclude_unset=True) == full
    # optional fields default to None (and are typed `X | None`); unset, they are not sent
    assert m.Record.model_validate(wire).optional is None
    patch = m.RecordPatch(owner=None)
    assert patch.model_dump(by_alias=True, exclude_unset=True) == {"owner": None}


def test_enums(built: dict[str, Path], import_generated, httpserver: HTTPServer) -> None:
    pkg = import_generated(built["enums"], "golden_enums")
    m = pkg.models
    wire = {
        "id": 1,
        "status": "in-progress",
        "priority": 2,
        "kind": "task",
        "color": "red",
        "shade": None,
    }
    assert m.Task.model_validate(wire).model_dump(by_alias=True, exclude_unset=True) == wire
    for bad in ({"priority": 4}, {"kind": "bug"}):  # integer enums and constants stay closed
        with pytest.raises(pydantic.ValidationError):
            m.Task.model_validate({**wire, **bad})
    for new in (
        {"status": "doing"},
        {"color": "pink"},
    ):  # string enums are open: new values are kept
        task = m.Task.model_validate({**wire, **new})
        assert task.model_dump(by_alias=True, exclude_unset=True) == {**wire, **new}
    httpserver.expect_request(
        "/tasks", query_string="order=desc&status=todo&status=None&priority=3&level=10"
    ).respond_with_json([wire])
    with pkg.EnumClient(base_url=httpserver.url_for("/")) as client:
        tasks = client.tasks.list(order="desc", status=["todo", "None"], priority=3, level=10)
    assert tasks[0].status == "in-progress"


def test_collisions_keep_each_component_its_class(
    built: dict[str, Path], import_generated, httpserver: HTTPServer
) -> None:
    pkg = import_generated(built["collisions"], "golden_collisions")
    m = pkg.models
    assert set(m.Address.model_fields) == {"street", "city"}
    assert set(m.Customer.model_fields) == {"id", "name"}
    assert set(m.Payment.model_fields) == {"amount"}
    order = {
        "id": "o1",
        "address": {"line": "1 Main St"},
        "customer": {"id": "c1", "name": "Ann"},
        "tags": ["a"],
        "payment": {"kind": "bank", "iban": "DE00"},
    }
    httpserver.expect_request("/orders/o1").respond_with_json(order)
    httpserver.expect_request("/addresses/a1").respond_with_json(
        {"street": "Main St", "city": "Oslo"}
    )
    with pkg.CollisionsClient(base_url=httpserver.url_for("/")) as client:
        got = client.orders.get("o1")
        address = client.addresses.get("a1")
    assert isinstance(got.address, m.OrderAddress) and isinstance(got.customer, m.Customer)
    assert isinstance(got.payment, m.OrderPaymentBank)
    assert isinstance(address, m.Address) and address.city == "Oslo"
    assert got.model_dump(by_alias=True, exclude_unset=True) == order
    assert m.Order.model_validate({**order, "customer": "c1"}).customer == "c1"
    with pytest.raises(pydantic.ValidationError):
        m.Order.model_validate({**order, "customer": "c" * 65})


@pytest.mark.parametrize("case", CASES)
def test_golden_ir(case: str) -> None:
    """The serialised IR, the contract between core and language back ends, is stable too."""
    from generator import pipeline

    api, _ = pipeline.build_ir(str(GOLDEN / case / "spec.yaml"))
    actual = api.to_json()
    path = GOLDEN / case / "ir.json"
    if REFRESH:
        path.write_text(actual, encoding="utf-8")
        return
    assert path.is_file(), f"{case}: run with CLIENTGEN_REFRESH_GOLDEN=1"
    expected = path.read_text(encoding="utf-8")
    if actual != expected:
        diff = "".join(
            difflib.unified_diff(
                expected.splitlines(keepends=True),
                actual.splitlines(keepends=True),
                "expected",
                "actual",
            )
        )
        pytest.fail(
            f"{case}: the IR changed (CLIENTGEN_REFRESH_GOLDEN=1 refreshes on purpose):\n{diff[:6000]}"
        )


def test_a_runtime_diff_gives_back_the_copy_byte_for_byte() -> None:
    """tests/golden_trees.py stores each case's runtime modules as hunks against the pinned copy:
    whatever the lines hold (diff-like text, form feeds, CR), the copy comes back exactly."""
    from tests.golden_trees import _diff, _parse, _patch

    pinned = b"a\n--- b\n@@ -1,1 +1,1 @@\nc\x0cd\ne\r\nf\n"
    for copy in (
        pinned,
        b"x\n" + pinned,  # added before the first line
        pinned + b"+++ g\n",  # added after the last
        b"a\n--- B\n@@ -1,1 +1,1 @@\nc\x0cD\ne\r\n",  # changed, and the last line gone
        b"",
    ):
        hunks = _diff(pinned, copy)
        assert _patch(pinned, hunks) == copy
        text = "".join(["--- runtime/python/_x.py\n", "+++ pkg/_x.py\n", *hunks])
        assert _parse(text) == {"pkg/_x.py": hunks}
    with pytest.raises(AssertionError, match="the pinned copy changed"):
        _patch(b"other\n" + pinned, _diff(pinned, b"x\n"))
