"""`clientgen diff`: pairs of specs under tests/diff/ (one per class of change, with the expected
reports as snapshots), the CLI's exit codes and formats, per-target names, and pairs made from the
real Stripe and OpenAI specs by known edits."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import types
from pathlib import Path
from typing import Any

import pytest

from generator import cli, pipeline, targets
from generator.diff.changes import CLASSES
from generator.diff.report import Report, Side, build_report, render
from generator.targets.names import ConventionalNames, client_names
from tests.conftest import GENERATED, VAPI_SPEC

CASES = Path(__file__).parent / "diff"
REFRESH = os.environ.get("CLIENTGEN_REFRESH_SNAPSHOTS") == "1"
SLOW = os.environ.get("CLIENTGEN_SLOW") == "1"
slow = pytest.mark.skipif(not SLOW, reason="slow (a big real-world spec); set CLIENTGEN_SLOW=1")


def _case_report(
    case: str, monkeypatch: pytest.MonkeyPatch, langs: list[str] | None = None
) -> Report:
    monkeypatch.chdir(CASES / case)
    return pipeline.diff("old.yaml", "new.yaml", langs)


def _snapshot(path: Path, text: str) -> None:
    if REFRESH or not path.exists():
        path.write_text(text, encoding="utf-8")
    assert text == path.read_text(encoding="utf-8"), (
        f"{path} differs (refresh on purpose with CLIENTGEN_REFRESH_SNAPSHOTS=1)"
    )


def _rules(report: Report) -> dict[str, set[str]]:
    """{class: {rule, ...}}."""
    out: dict[str, set[str]] = {}
    for change in report.changes:
        out.setdefault(change.cls, set()).add(change.rule)
    return out


# -- one pair per class, with snapshots ------------------------------------------------------


@pytest.mark.parametrize("case", ["breaking", "wire", "compatible", "docs", "inline_vs_ref"])
def test_snapshot(case: str, monkeypatch: pytest.MonkeyPatch) -> None:
    report = _case_report(case, monkeypatch, ["python"])
    _snapshot(CASES / case / "expected.txt", render(report, "text"))


def test_breaking_json_and_markdown_snapshots(monkeypatch: pytest.MonkeyPatch) -> None:
    report = _case_report("breaking", monkeypatch, ["python"])
    _snapshot(CASES / "breaking" / "expected.json", render(report, "json"))
    _snapshot(CASES / "breaking" / "expected.md", render(report, "markdown"))
    data = json.loads(render(report, "json"))
    assert data["semver"] == "major"
    for change in data["changes"]:
        # every change points into both specs (the missing side at the parent it would be in)
        assert change["old"]["pointer"].startswith("/") and change["new"]["pointer"].startswith("/")
        assert change["old"]["line"] > 0 and change["new"]["line"] > 0


def test_breaking_case(monkeypatch: pytest.MonkeyPatch) -> None:
    report = _case_report("breaking", monkeypatch, ["python"])
    assert report.semver() == "major"
    assert set(_rules(report)) == {"breaking"}
    assert _rules(report)["breaking"] == {
        "operation-removed",
        "operation-id-changed",
        "parameter-required",
        "property-removed",
        "property-optional",
        "property-required",
        "property-added",
        "type-changed",
        "type-narrowed",
        "enum-value-removed",
    }
    renamed = next(c for c in report.changes if c.rule == "operation-id-changed")
    # oasdiff calls this "info"; every generated method is named from the operationId
    assert renamed.effects["python"] == {
        "class": "breaking",
        "old": "pets.create",
        "new": "pets.add",
    }
    optional = next(c for c in report.changes if c.rule == "property-optional")
    assert optional.note == "old clients reject responses without it"


def test_wire_case(monkeypatch: pytest.MonkeyPatch) -> None:
    report = _case_report("wire", monkeypatch, ["python"])
    rules = _rules(report)
    assert rules["wire"] == {
        "base-url-changed",
        "parameter-renamed",
        "body-media-type-changed",
        "path-changed",
        "property-renamed",
    }
    # bearer -> api key: the client's constructor argument changes too
    assert rules["breaking"] == {"auth-changed"}
    # a wire name change where the Python name stays is a wire change for Python
    prop = next(c for c in report.changes if c.rule == "property-renamed")
    assert prop.effects["python"]["old"] == prop.effects["python"]["new"] == "Pet.created_at"
    assert prop.effects["python"]["class"] == "wire"


def test_compatible_case(monkeypatch: pytest.MonkeyPatch) -> None:
    report = _case_report("compatible", monkeypatch, ["python"])
    assert report.semver() == "minor"
    assert _rules(report) == {
        "compatible": {
            "operation-added",
            "parameter-added",
            "property-added",
            "property-optional",
            "enum-value-added",
            "type-added",
        }
    }


def test_docs_case(monkeypatch: pytest.MonkeyPatch) -> None:
    report = _case_report("docs", monkeypatch, ["python"])
    assert report.semver() == "patch"
    assert set(_rules(report)) == {"docs"}
    assert "property-examples-changed" in _rules(report)["docs"]
    assert "schema-description-changed" in _rules(report)["docs"]
    assert "schema-examples-changed" in _rules(report)["docs"]


def test_inline_vs_ref_is_no_change(monkeypatch: pytest.MonkeyPatch) -> None:
    report = _case_report("inline_vs_ref", monkeypatch)
    assert report.changes == [] and report.semver() == "none"
    # and the other way round
    monkeypatch.chdir(CASES / "inline_vs_ref")
    assert pipeline.diff("new.yaml", "old.yaml").changes == []


def test_inline_shape_change_is_still_seen(tmp_path: Path) -> None:
    """Inline schemas are compared by shape: a change inside one is found, with its pointers."""
    old = (CASES / "inline_vs_ref" / "old.yaml").read_text(encoding="utf-8")
    new = old.replace("quantity: {type: integer}", "quantity: {type: string}")
    assert new != old
    (tmp_path / "a.yaml").write_text(old, encoding="utf-8")
    (tmp_path / "b.yaml").write_text(new, encoding="utf-8")
    report = pipeline.diff(str(tmp_path / "a.yaml"), str(tmp_path / "b.yaml"), ["python"])
    [change] = report.changes
    assert change.rule == "type-changed" and change.cls == "breaking"
    assert change.effects["python"]["old"] == "orders.create(body).items[].quantity"
    old_loc, new_loc = report.locations[0]
    assert old_loc is not None and new_loc is not None
    assert old_loc["pointer"].endswith("/items/properties/quantity") and old_loc["line"] == 23


def test_same_spec_no_changes() -> None:
    report = pipeline.diff(str(VAPI_SPEC), str(VAPI_SPEC))
    assert report.changes == []
    assert render(report, "text").endswith("no changes that affect the clients; semver: none\n")


# -- the CLI ---------------------------------------------------------------------------------


def _run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = cli.run(args)
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize(
    ("case", "fail_on", "expected"),
    [
        ("breaking", "breaking", 1),
        ("wire", "breaking", 1),  # its auth change breaks the constructor too
        ("compatible", "breaking", 0),
        ("compatible", "wire", 0),
        ("compatible", "any", 1),
        ("docs", "wire", 0),
        ("docs", "any", 1),
        ("inline_vs_ref", "any", 0),
    ],
)
def test_fail_on(
    case: str,
    fail_on: str,
    expected: int,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.chdir(CASES / case)
    code, out, _ = _run(["diff", "old.yaml", "new.yaml", "--fail-on", fail_on], capsys)
    assert code == expected
    assert out.startswith("clientgen diff old.yaml -> new.yaml\n")
    code, _, _ = _run(["diff", "old.yaml", "new.yaml"], capsys)
    assert code == 0  # no --fail-on: a report, never a failure


def test_fail_on_wire_without_compile_break(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    old = (CASES / "wire" / "old.yaml").read_text(encoding="utf-8")
    new = old.replace("/pets/{petId}:", "/animals/{petId}:")
    (tmp_path / "a.yaml").write_text(old, encoding="utf-8")
    (tmp_path / "b.yaml").write_text(new, encoding="utf-8")
    a, b = str(tmp_path / "a.yaml"), str(tmp_path / "b.yaml")
    assert _run(["diff", a, b, "--fail-on", "breaking"], capsys)[0] == 0
    assert _run(["diff", a, b, "--fail-on", "wire"], capsys)[0] == 1


def test_formats_from_cli(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(CASES / "compatible")
    code, out, _ = _run(["diff", "old.yaml", "new.yaml", "--format", "json"], capsys)
    data = json.loads(out)
    assert code == 0 and data["semver"] == "minor" and data["counts"]["compatible"] == 7
    assert set(data["counts"]) == set(CLASSES)
    code, out, _ = _run(["diff", "old.yaml", "new.yaml", "--format", "markdown"], capsys)
    assert out.startswith("### clientgen diff: semver **minor**")
    # additions are folded in a PR comment; breaking and wire changes are not
    assert "<details><summary>Compatible" in out and "`pets.replace` (new)" in out
    assert out.rstrip().endswith("</details>")


def test_markdown_stays_under_the_comment_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    from generator.diff import report as report_module

    report = _case_report("docs", monkeypatch, ["python"])
    full = render(report, "markdown")
    monkeypatch.setattr(report_module, "MARKDOWN_LIMIT", len(full) // 2)
    short = render(report, "markdown")
    assert len(short) <= len(full) // 2
    assert "… and " in short and "more (`clientgen diff --format json` lists all)" in short


def test_lang_option(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A wire-name change fails --fail-on breaking for TypeScript, not for Python."""
    old = (CASES / "wire" / "old.yaml").read_text(encoding="utf-8")
    new = old.replace("createdAt:", "created_at:")
    assert new != old
    (tmp_path / "a.yaml").write_text(old, encoding="utf-8")
    (tmp_path / "b.yaml").write_text(new, encoding="utf-8")
    a, b = str(tmp_path / "a.yaml"), str(tmp_path / "b.yaml")
    assert _run(["diff", a, b, "--lang", "python", "--fail-on", "breaking"], capsys)[0] == 0
    assert _run(["diff", a, b, "--lang", "python", "--fail-on", "wire"], capsys)[0] == 1
    code, out, _ = _run(["diff", a, b, "--lang", "typescript", "--fail-on", "breaking"], capsys)
    assert code == 1 and "typescript  breaking: `Pet.createdAt` -> `Pet.created_at`" in out
    code, out, _ = _run(["diff", a, b, "--format", "json"], capsys)
    assert set(json.loads(out)["targets"]) == {"python", "typescript"}
    code, _, err = _run(["diff", a, b, "--lang", "cobol"], capsys)
    assert code == 2 and "unknown language 'cobol'" in err


def test_bad_input_exits_2_with_located_messages(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = CASES / "docs" / "old.yaml"
    broken = tmp_path / "broken.yaml"
    broken.write_text(
        good.read_text(encoding="utf-8").replace(
            '$ref: "#/components/schemas/Kind"', '$ref: "#/components/schemas/Nope"', 1
        ),
        encoding="utf-8",
    )
    code, out, err = _run(["diff", str(good), str(broken)], capsys)
    assert code == 2 and out == ""
    assert re.search(r"broken\.yaml:\d+:\d+: error: .*Nope", err), err
    code, _, err = _run(["diff", str(good), str(tmp_path / "missing.yaml")], capsys)
    assert code == 2 and "missing.yaml: error: file not found" in err
    code, _, err = _run(["diff", str(good), str(good), "--fail-on", "sometimes"], capsys)
    assert code == 2 and "invalid choice" in err
    code, _, err = _run(["diff", "git:HEAD", str(good)], capsys)
    assert code == 2 and "expected git:REV:path" in err


def test_git_revisions(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def git(*args: str) -> None:
        subprocess.run(
            ["git", *args],
            cwd=tmp_path,
            check=True,
            capture_output=True,
            env={
                **os.environ,
                "GIT_AUTHOR_NAME": "t",
                "GIT_AUTHOR_EMAIL": "t@example.com",
                "GIT_COMMITTER_NAME": "t",
                "GIT_COMMITTER_EMAIL": "t@example.com",
            },
        )

    git("init", "-q")
    spec = tmp_path / "specs" / "api.yaml"
    spec.parent.mkdir()
    spec.write_text(
        (CASES / "compatible" / "old.yaml").read_text(encoding="utf-8"), encoding="utf-8"
    )
    git("add", ".")
    git("commit", "-q", "-m", "one")
    spec.write_text(
        (CASES / "compatible" / "new.yaml").read_text(encoding="utf-8"), encoding="utf-8"
    )
    git("commit", "-q", "-am", "two")
    monkeypatch.chdir(tmp_path)
    code, out, _ = _run(
        ["diff", "git:HEAD~1:specs/api.yaml", "git:HEAD:specs/api.yaml", "--fail-on", "any"], capsys
    )
    assert code == 1
    assert out.startswith("clientgen diff git:HEAD~1:specs/api.yaml -> git:HEAD:specs/api.yaml\n")
    assert "7 changes (7 compatible); semver: minor" in out
    # the working copy against a revision
    code, out, _ = _run(["diff", "git:HEAD:specs/api.yaml", "specs/api.yaml"], capsys)
    assert code == 0 and "no changes" in out
    # from a subfolder, ./path is relative to it (as git show has it)
    monkeypatch.chdir(tmp_path / "specs")
    code, out, _ = _run(["diff", "git:HEAD~1:./api.yaml", "api.yaml", "--fail-on", "any"], capsys)
    assert code == 1 and "semver: minor" in out
    monkeypatch.chdir(tmp_path)
    code, _, err = _run(["diff", "git:nosuchrev:specs/api.yaml", "specs/api.yaml"], capsys)
    assert code == 2 and "git:nosuchrev:specs/api.yaml: git show failed" in err


def test_spec_strings_are_escaped_in_reports(tmp_path: Path) -> None:
    old = (CASES / "docs" / "old.yaml").read_text(encoding="utf-8")
    new = old.replace("operationId: deletePet", 'operationId: "delete`Pet\\e[31m"')
    (tmp_path / "a.yaml").write_text(old, encoding="utf-8")
    (tmp_path / "b.yaml").write_text(new, encoding="utf-8")
    report = pipeline.diff(str(tmp_path / "a.yaml"), str(tmp_path / "b.yaml"), ["python"])
    text = render(report, "text")
    assert "\x1b" not in text and "\\u001b[31m" in text
    markdown = render(report, "markdown")
    assert "``delete`Pet\\u001b[31m``" in markdown


# -- per-target names --------------------------------------------------------------------------


GOLDEN = Path(__file__).parent / "golden"
GOLDEN_CASES = sorted(p.name for p in GOLDEN.iterdir() if (p / "spec.yaml").is_file())


def _python_tree(spec: Path, folder: Path) -> tuple[Any, Any, Path]:
    api, _ = pipeline.build_ir(str(spec))
    names = client_names(api, "python")
    return api, names, folder / names.package()


def _check_python_names(api: Any, names: Any, package: Path) -> None:
    resources = {
        p.stem: p.read_text(encoding="utf-8") for p in (package / "resources").glob("*.py")
    }
    models = "\n".join(
        p.read_text(encoding="utf-8") for p in sorted((package / "_models").glob("*.py"))
    )
    client = (package / "client.py").read_text(encoding="utf-8")
    assert f"class {names.client()}" in client
    for res in api.resources:
        for op in res.operations:
            method = names.operation(op.operation_id)
            assert method is not None
            attr, name = method.split(".")
            assert f"    def {attr}(self) -> " in client, method
            assert re.search(rf"^    (async )?def {name}\(", "\n".join(resources.values()), re.M), (
                method
            )
            for p in op.parameters:
                arg = names.parameter(op.operation_id, p.location, p.name)
                assert re.search(rf"\b{arg}: ", "\n".join(resources.values())), (method, arg)
    for schema in api.schemas:
        cls = names.type(schema.name)
        assert re.search(rf"^(class {cls}\b|{cls} = )", models, re.M), schema.name
        python = [names.field(f.name) for f in schema.fields]
        for f in schema.fields:
            # clashes get numbered by models.py, and odd spellings ("@type") follow its own rules:
            # names.field is exact for identifier-like wire names only
            plain = re.fullmatch(r"[A-Za-z][A-Za-z0-9_]*", f.name)
            if plain and python.count(names.field(f.name)) == 1:
                assert re.search(rf"^    {names.field(f.name)}: ", models, re.M), (
                    schema.name,
                    f.name,
                )


def test_python_names_match_the_emitted_client() -> None:
    """The names diff reports are the ones generated/python really has."""
    _check_python_names(*_python_tree(VAPI_SPEC, GENERATED / "python"))


@pytest.mark.parametrize("case", GOLDEN_CASES)
def test_names_match_the_golden_clients(case: str) -> None:
    """Python and TypeScript names against the committed golden trees (collisions included)."""
    spec = GOLDEN / case / "spec.yaml"
    expected = GOLDEN / case / "expected"
    _check_python_names(*_python_tree(spec, expected))
    ts = GOLDEN / case / "expected_typescript" / "src"
    if not ts.is_dir():
        pytest.skip("no TypeScript golden tree")
    api, _ = pipeline.build_ir(str(spec))
    names = client_names(api, "typescript")
    assert names.exact
    client = (ts / "client.ts").read_text(encoding="utf-8")
    types_ts = (ts / "types.ts").read_text(encoding="utf-8")
    resources = "\n".join(p.read_text(encoding="utf-8") for p in (ts / "resources").glob("*.ts"))
    assert f"class {names.client()} " in client
    for res in api.resources:
        for op in res.operations:
            method = names.operation(op.operation_id)
            assert method is not None
            attr, name = method.split(".")
            assert f"readonly {attr}: " in client, method
            assert re.search(rf"^  {re.escape(name)}\(", resources, re.M), method
            for p in op.parameters:
                arg = names.parameter(op.operation_id, p.location, p.name)
                assert arg is not None
                if p.location == "path":
                    assert re.search(rf"\b{re.escape(arg)}\??: ", resources), (method, arg)
    for schema in api.schemas:
        assert re.search(
            rf"^export (interface|type) {names.type(schema.name)}\b", types_ts, re.M
        ), schema.name


def test_per_target_classes(monkeypatch: pytest.MonkeyPatch) -> None:
    """One change, two classes: TypeScript keeps wire names, Python snake_cases them."""
    report = _case_report("wire", monkeypatch, ["python", "typescript"])
    assert report.targets == {"python": True, "typescript": True}
    prop = next(c for c in report.changes if c.rule == "property-renamed")
    assert prop.effects["typescript"] == {
        "class": "breaking",
        "old": "Pet.createdAt",
        "new": "Pet.created_at",
    }
    assert prop.effects["python"]["class"] == "wire"
    assert prop.cls == "breaking"
    param = next(c for c in report.changes if c.rule == "parameter-renamed")
    assert param.effects["typescript"]["old"] == "pets.list(params.createdAfter)"
    assert param.effects["python"] == {
        "class": "wire",
        "old": "pets.list(created_after)",
        "new": "pets.list(created_after)",
    }
    # by default every target is reported
    assert set(_case_report("wire", monkeypatch).targets) == {"python", "typescript"}


def test_fallback_names_for_a_target_without_a_names_module(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setitem(sys.modules, "generator.targets.typescript.names", None)
    report = _case_report("wire", monkeypatch, ["python", "typescript"])
    assert report.targets == {"python": True, "typescript": False}
    prop = next(c for c in report.changes if c.rule == "property-renamed")
    assert prop.effects["typescript"]["class"] == "breaking"
    assert "(names guessed)" in render(report, "text")
    param = next(c for c in report.changes if c.rule == "parameter-renamed")
    assert param.effects["typescript"]["old"] == "pets.list(createdAfter)"


def test_a_target_names_module_is_picked_up(monkeypatch: pytest.MonkeyPatch) -> None:
    """A target that provides generator/targets/<lang>/names.py is asked for its names."""

    class Shouting(ConventionalNames):
        exact = True

        def operation(self, operation_id: str) -> str | None:
            found = super().operation(operation_id)
            return found.upper() if found else None

    package = types.ModuleType("generator.targets.shouting")
    package.__path__ = []  # type: ignore[attr-defined]
    module = types.ModuleType("generator.targets.shouting.names")
    module.client_names = lambda api: Shouting(api, "shouting")  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "generator.targets.shouting", package)
    monkeypatch.setitem(sys.modules, "generator.targets.shouting.names", module)
    monkeypatch.setattr(targets, "available", lambda: ["python", "typescript", "shouting"])
    report = _case_report("breaking", monkeypatch, ["python", "shouting"])
    renamed = next(c for c in report.changes if c.rule == "operation-id-changed")
    assert renamed.effects["shouting"]["old"] == "PETS.CREATE"
    assert report.targets["shouting"] is True


# -- pairs made from real specs by known edits ----------------------------------------------------


def _side(path: Path) -> Side:
    api, _warnings, doc = pipeline._build(str(path), strict=False)
    return Side(path.name, api, doc)


def _edited(corpus_file: Path, tmp_path: Path, edit: Any) -> Path:
    data = json.loads(corpus_file.read_text(encoding="utf-8"))
    edit(data)
    out = tmp_path / ("edited-" + corpus_file.name)
    out.write_text(json.dumps(data), encoding="utf-8")
    return out


def _find(report: Report, rule: str, **effect: str) -> Any:
    for change in report.changes:
        if change.rule == rule and all(
            change.effects["python"].get(k) == v for k, v in effect.items()
        ):
            return change
    raise AssertionError(f"no {rule} {effect} in:\n{render(report, 'text')}")


def _stripe_edits(data: dict[str, Any]) -> None:
    paths = data["paths"]
    del paths["/v1/coupons/{coupon}"]["delete"]  # remove an operation
    paths["/v1/customers"]["post"]["operationId"] = "CreateCustomer"  # rename an operationId
    for p in paths["/v1/charges"]["get"]["parameters"]:
        if p["name"] == "customer":
            p["required"] = True  # make a parameter required
    data["components"]["schemas"]["charge"]["properties"]["status"]["enum"].append("disputed")
    data["components"]["schemas"]["charge"]["description"] = "A charge, described anew."


def _openai_edits(data: dict[str, Any]) -> None:
    paths = data["paths"]
    del paths["/models/{model}"]["delete"]
    paths["/files"]["get"]["operationId"] = "listAllFiles"
    for p in paths["/files"]["get"]["parameters"]:
        if p["name"] == "purpose":
            p["required"] = True
    data["components"]["schemas"]["FineTuningJob"]["properties"]["status"]["enum"].append("paused")
    data["components"]["schemas"]["FineTuningJob"]["description"] = "A job, described anew."


def _check_stripe(report: Report) -> None:
    assert _find(report, "operation-removed", old="coupons.delete_coupon").cls == "breaking"
    assert _find(report, "operation-id-changed").effects["python"]["new"] == "customers.create"
    assert _find(report, "operation-id-changed").cls == "breaking"
    assert _find(report, "parameter-required", old="charges.get(customer)").cls == "breaking"
    added = _find(report, "enum-value-added")
    assert added.cls == "compatible" and "disputed" in added.args
    assert _find(report, "schema-description-changed", old="Charge").cls == "docs"
    assert len(report.changes) == 5, render(report, "text")
    assert report.semver() == "major"


@slow
@pytest.mark.slow
def test_stripe_self_diff_and_edits(corpus: Path, tmp_path: Path) -> None:
    """Stripe (417 operations, 921 schemas): itself gives nothing; known edits give just them.

    About 9 s here (three IR builds and two comparisons), so behind the slow marker."""
    original = corpus / "stripe_spec3_2022-04-12.json"
    old = _side(original)
    assert build_report(old, _side(original), ["python"]).changes == []
    _check_stripe(build_report(old, _side(_edited(original, tmp_path, _stripe_edits)), ["python"]))


def _petstore_edits(data: dict[str, Any]) -> None:
    paths = data["paths"]
    del paths["/pet/{petId}"]["delete"]
    paths["/pet"]["put"]["operationId"] = "replacePet"
    paths["/pet/findByStatus"]["get"]["parameters"][0]["required"] = True
    data["components"]["schemas"]["Pet"]["properties"]["status"]["enum"].append("lost")
    data["components"]["schemas"]["Pet"]["properties"]["name"]["description"] = "Its name."


def test_petstore_edits(corpus: Path, tmp_path: Path) -> None:
    """The real petstore3 spec (cheap enough for the default run) with the same kinds of edits."""
    original = corpus / "petstore3.json"
    old = _side(original)
    assert build_report(old, _side(original), ["python"]).changes == []
    report = build_report(old, _side(_edited(original, tmp_path, _petstore_edits)), ["python"])
    assert _find(report, "operation-removed", old="pet.delete").cls == "breaking"
    renamed = _find(report, "operation-id-changed", old="pet.update", new="pet.replace")
    assert renamed.cls == "breaking"
    assert _find(report, "parameter-required", old="pet.find_by_status(status)").cls == "breaking"
    assert _find(report, "enum-value-added", old="Pet.status").cls == "compatible"
    assert _find(report, "property-description-changed", old="Pet.name").cls == "docs"
    assert len(report.changes) == 5, render(report, "text")
    assert report.semver() == "major"


@slow
@pytest.mark.slow
def test_openai_self_diff_and_edits(corpus: Path, tmp_path: Path) -> None:
    original = corpus / "openai.json"
    old = _side(original)
    assert build_report(old, _side(original), ["python"]).changes == []
    report = build_report(old, _side(_edited(original, tmp_path, _openai_edits)), ["python"])
    assert _find(report, "operation-removed").effects["python"]["old"] == "models_.delete"
    renamed = _find(report, "operation-id-changed")
    assert (
        renamed.cls == "breaking"
        and renamed.effects["python"]["old"] != renamed.effects["python"]["new"]
    )
    assert _find(report, "parameter-required").cls == "breaking"
    assert _find(report, "enum-value-added").cls == "compatible"
    assert _find(report, "schema-description-changed").cls == "docs"
    assert len(report.changes) == 5, render(report, "text")


def test_corpus_is_not_copied_into_the_repo() -> None:
    """The real specs are read in place and edited in tmp_path; the committed pairs stay small."""
    assert all(p.stat().st_size < 20_000 for p in CASES.rglob("*") if p.is_file())


def test_refactorings_that_change_no_client(tmp_path: Path) -> None:
    """3.0 `nullable` against 3.1 `type: [.., null]`, and a parameter moved to components."""
    old = """openapi: 3.0.3
info: {title: T, version: "1"}
paths:
  /things:
    get:
      operationId: listThings
      parameters:
        - {name: limit, in: query, schema: {type: integer}}
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {$ref: "#/components/schemas/Thing"}
components:
  schemas:
    Thing:
      type: object
      properties:
        note: {type: string, nullable: true}
"""
    new = """openapi: 3.1.0
info: {title: T, version: "1"}
paths:
  /things:
    get:
      operationId: listThings
      parameters:
        - $ref: "#/components/parameters/Limit"
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {$ref: "#/components/schemas/Thing"}
components:
  parameters:
    Limit: {name: limit, in: query, schema: {type: integer}}
  schemas:
    Thing:
      type: object
      properties:
        note: {type: [string, "null"]}
"""
    (tmp_path / "a.yaml").write_text(old, encoding="utf-8")
    (tmp_path / "b.yaml").write_text(new, encoding="utf-8")
    assert pipeline.diff(str(tmp_path / "a.yaml"), str(tmp_path / "b.yaml")).changes == []
    (tmp_path / "c.yaml").write_text(new.replace('[string, "null"]', "string"), encoding="utf-8")
    [change] = pipeline.diff(str(tmp_path / "a.yaml"), str(tmp_path / "c.yaml")).changes
    assert change.rule == "nullable-changed"  # an optional field: its Python type has None already


RESPONSES_SPEC = """openapi: 3.1.0
info: {title: T, version: "1"}
paths:
  /jobs:
    post:
      operationId: createJob
      responses:
        "200":
          description: done
          content:
            application/json:
              schema:
                type: object
                properties: {id: {type: string}}
        "404":
          description: not found
          content:
            application/json:
              schema:
                type: object
                required: [message]
                properties: {message: {type: string}}
"""


def test_other_responses_error_bodies_and_streams(tmp_path: Path) -> None:
    """Every 2xx is part of the return type; an error's body is typed; streams are methods."""
    new = RESPONSES_SPEC.replace(
        "properties: {message: {type: string}}", "properties: {message: {type: integer}}"
    ).replace(
        '        "404":',
        """        "202":
          description: accepted
          content:
            application/json:
              schema:
                type: object
                properties: {queued: {type: boolean}}
            text/event-stream:
              schema:
                type: object
                properties: {progress: {type: integer}}
        "404":""",
    )
    (tmp_path / "a.yaml").write_text(RESPONSES_SPEC, encoding="utf-8")
    (tmp_path / "b.yaml").write_text(new, encoding="utf-8")
    report = pipeline.diff(str(tmp_path / "a.yaml"), str(tmp_path / "b.yaml"), ["python"])
    rules = {c.rule: c for c in report.changes}
    assert rules["type-changed"].effects["python"]["old"] == "jobs.create() error 404 body.message"
    assert rules["response-added"].cls == "breaking"
    assert rules["stream-added"].cls == "compatible"
    back = pipeline.diff(str(tmp_path / "b.yaml"), str(tmp_path / "a.yaml"), ["python"])
    assert {c.rule: c.cls for c in back.changes}["stream-removed"] == "breaking"


ALL_SMALL = [GOLDEN / c / "spec.yaml" for c in GOLDEN_CASES] + [CASES / "breaking" / "new.yaml"]


@pytest.fixture(scope="module")
def small_sides() -> dict[str, Side]:
    return {f"{p.parent.name}/{p.name}": _side(p) for p in ALL_SMALL}


def test_any_pair_of_specs_compares(small_sides: dict[str, Side]) -> None:
    """Unrelated specs give a report, never a crash; every one against itself gives nothing."""
    for a_name, a in small_sides.items():
        for b_name, b in small_sides.items():
            report = build_report(a, b)
            if a_name == b_name:
                assert report.changes == [], a_name
                continue
            assert report.changes, (a_name, b_name)
            for fmt in ("text", "json", "markdown"):
                assert render(report, fmt)
            json.loads(render(report, "json"))
            # what one pair calls added, the reverse calls removed
            added = sum(c.rule == "operation-added" for c in report.changes)
            assert added == sum(c.rule == "operation-removed" for c in build_report(b, a).changes)


SERVERS_SPEC = """openapi: 3.1.0
info: {title: T, version: "1"}
servers:
  - url: https://{region}.api.example.com/{version}
    description: Production
    variables:
      region: {default: eu, enum: [eu, us, ap]}
      version: {default: v1}
  - url: https://sandbox.example.com
    description: Sandbox
paths:
  /ping:
    get:
      operationId: ping
      responses:
        "204": {description: pong}
"""


def test_servers_and_their_variables(tmp_path: Path) -> None:
    """Servers are chosen by name and their variables are client arguments."""
    new = (
        SERVERS_SPEC.replace("enum: [eu, us, ap]", "enum: [eu, us, sa]")
        .replace("version: {default: v1}", "version: {default: v2}")
        .replace("    description: Sandbox", "    description: Staging")
    )
    (tmp_path / "a.yaml").write_text(SERVERS_SPEC, encoding="utf-8")
    (tmp_path / "b.yaml").write_text(new, encoding="utf-8")
    report = pipeline.diff(str(tmp_path / "a.yaml"), str(tmp_path / "b.yaml"), ["python"])
    got = {(c.rule, c.cls) for c in report.changes}
    assert got == {
        ("server-removed", "breaking"),
        ("server-added", "compatible"),
        ("server-variable-narrowed", "breaking"),
        ("server-variable-widened", "compatible"),
        ("server-variable-default-changed", "wire"),
    }, render(report, "text")
    narrowed = next(c for c in report.changes if c.rule == "server-variable-narrowed")
    assert narrowed.text(lambda s: s) == "server variable region: values no longer allowed: ap"
    assert report.locations[report.changes.index(narrowed)][0] == {
        "pointer": "/servers/0/variables/region",
        "line": 7,
    }


def test_lines_in_json_specs(tmp_path: Path) -> None:
    """JSON specs get lines too: each pointer's line holds the key it ends in."""
    import yaml

    paths = {}
    for side in ("old", "new"):
        data = yaml.safe_load((CASES / "breaking" / f"{side}.yaml").read_text(encoding="utf-8"))
        paths[side] = tmp_path / f"{side}.json"
        paths[side].write_text(json.dumps(data, indent=2), encoding="utf-8")
    report = pipeline.diff(str(paths["old"]), str(paths["new"]), ["python"])
    assert len(report.changes) == 10
    checked = 0
    for old_loc, new_loc in report.locations:
        for side, loc in (("old", old_loc), ("new", new_loc)):
            assert loc is not None and loc["line"] > 1
            lines = paths[side].read_text(encoding="utf-8").splitlines()
            key = loc["pointer"].rsplit("/", 1)[-1].replace("~1", "/").replace("~0", "~")
            if not key.isdigit():
                assert json.dumps(key) + ":" in lines[loc["line"] - 1], (side, loc)
                checked += 1
    assert checked >= 15


def test_a_new_title_renames_the_package_and_the_client(tmp_path: Path) -> None:
    """Names derived from info.title are what users import and construct."""
    old = (CASES / "docs" / "old.yaml").read_text(encoding="utf-8")
    (tmp_path / "a.yaml").write_text(old, encoding="utf-8")
    (tmp_path / "b.yaml").write_text(
        old.replace("title: Pets", "title: Pet Store"), encoding="utf-8"
    )
    (tmp_path / "c.yaml").write_text(
        old.replace(
            "title: Pets",
            "title: Pet Store\n  x-clientgen: {package-name: pets, client-name: Pets}",
        ),
        encoding="utf-8",
    )
    report = pipeline.diff(str(tmp_path / "a.yaml"), str(tmp_path / "b.yaml"))
    rules = {c.rule: c for c in report.changes}
    assert rules["package-renamed"].effects["python"] == {
        "class": "breaking",
        "old": "pets",
        "new": "pet_store",
    }
    assert rules["package-renamed"].effects["typescript"]["new"] == "pet-store"
    assert rules["client-renamed"].effects["python"]["new"] == "PetStoreClient"
    assert rules["info-title-changed"].cls == "docs"
    # pinned by x-clientgen: the title is documentation only
    pinned = pipeline.diff(str(tmp_path / "a.yaml"), str(tmp_path / "c.yaml"), ["python"])
    assert [c.rule for c in pinned.changes] == ["info-title-changed"]


PAGED_SPEC = """openapi: 3.1.0
info: {title: T, version: "1"}
paths:
  /items:
    get:
      operationId: listItems
      parameters:
        - {name: cursor, in: query, schema: {type: string}}
        - {name: limit, in: query, schema: {type: integer}}
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema:
                type: object
                required: [data]
                properties:
                  data:
                    type: array
                    items: {type: object, properties: {id: {type: string}}}
                  next_cursor: {type: [string, "null"]}
"""


def test_pagination_changes(tmp_path: Path) -> None:
    """Paging is part of the client: losing it breaks code, changing its steering breaks paging."""
    unpaged = PAGED_SPEC.replace('next_cursor: {type: [string, "null"]}', "total: {type: integer}")
    unpaged = unpaged.replace("        - {name: cursor, in: query, schema: {type: string}}\n", "")
    offset = PAGED_SPEC.replace(
        "name: cursor, in: query, schema: {type: string}",
        "name: offset, in: query, schema: {type: integer}",
    )
    offset = offset.replace('next_cursor: {type: [string, "null"]}', "has_more: {type: boolean}")
    for name, text in (("paged", PAGED_SPEC), ("unpaged", unpaged), ("offset", offset)):
        (tmp_path / f"{name}.yaml").write_text(text, encoding="utf-8")

    def rules(a: str, b: str) -> dict[str, str]:
        report = pipeline.diff(str(tmp_path / f"{a}.yaml"), str(tmp_path / f"{b}.yaml"), ["python"])
        return {c.rule: c.cls for c in report.changes}

    assert rules("paged", "paged") == {}
    assert rules("paged", "unpaged")["pagination-removed"] == "breaking"
    assert rules("unpaged", "paged")["pagination-added"] == "compatible"
    changed = rules("paged", "offset")
    assert changed["pagination-changed"] == "wire", changed
