"""The conformance kit: the python set passes every case (sync and async); the kit tells a set
that falls short exactly where (the minipy set in tests/ has no text bodies); the comparisons
catch each kind of difference."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from generator import cli
from generator.conformance import runner
from generator.conformance.server import Recorded
from tests.conftest import ROOT

MINIPY = ROOT / "tests" / "template_sets" / "minipy"


def test_python_set_passes_every_case_sync_and_async() -> None:
    report = runner.run("python")
    assert report.ok, report.text()
    cases = {o.case for o in report.outcomes}
    assert cases == set(runner.case_names()) and len(cases) >= 12
    assert {o.mode for o in report.outcomes} == {"sync", "async"}
    assert report.passed == len(report.outcomes) >= 120


def test_the_kit_shows_where_a_set_falls_short(capsys: Any) -> None:
    code = cli.run(["conformance", "--templates", str(MINIPY), "--case", "errors", "-v"])
    out = capsys.readouterr().out
    assert code == 1
    assert "PASS errors/a declared 404/default" in out
    assert "FAIL errors/a 503 the spec does not name, with a text body/default" in out
    assert "error kind: expected 'status', got 'other'" in out
    assert out.rstrip().endswith("minipy: 3/4 scenarios passed in 1 cases (failing: errors)")


def test_a_user_set_passes_the_cases_it_supports() -> None:
    report = runner.run(None, MINIPY, ["basics", "enums", "nullables", "unions"])
    assert report.ok, report.text()


def test_usage_errors(tmp_path: Path, capsys: Any) -> None:
    assert cli.run(["conformance", "--case", "no-such-case"]) == 2
    assert "unknown conformance case 'no-such-case'" in capsys.readouterr().err
    bare = tmp_path / "bare"
    bare.mkdir()
    (bare / "manifest.yaml").write_text("name: bare\nir: 1\nfiles: [{template: a.j2, path: a}]\n")
    (bare / "a.j2").write_text("a\n")
    assert cli.run(["conformance", "--templates", str(bare)]) == 2
    assert "no 'conformance.driver'" in capsys.readouterr().err


def _recorded(**kw: Any) -> Recorded:
    base: dict[str, Any] = {
        "method": "POST",
        "target": "/a%2fb?x=1",
        "path": "/a%2fb",
        "query": [("x", "1")],
        "raw_query": "x=1",
        "headers": [("content-type", "application/json"), ("x-k", "v")],
        "body": b'{"a": 1}',
    }
    return Recorded(**{**base, **kw})


def test_comparisons_catch_each_difference() -> None:
    got = _recorded()
    ok = {
        "method": "POST",
        "path": "/a%2Fb",
        "query": [["x", "1"]],
        "headers": {"X-K": "v"},
        "absent_headers": ["authorization"],
        "body": {"content_type": "application/json", "json": {"a": 1}},
    }
    assert runner._compare_request(ok, got) == []
    for change, message in (
        ({"method": "GET"}, "method: expected GET, sent POST"),
        ({"path": "/a/b"}, "path: expected '/a/b'"),
        ({"query": [["x", "2"]]}, "query: expected"),
        ({"raw_query": "x=2"}, "query string: expected 'x=2'"),
        ({"headers": {"x-k": "w"}}, "header x-k: expected 'w', sent 'v'"),
        ({"headers": {"x-missing": "1"}}, "header x-missing: expected '1', not sent"),
        ({"absent_headers": ["x-k"]}, "header x-k: must not be sent"),
        ({"body": {"json": {"a": 2}}}, "body: expected {'a': 2}"),
        ({"body": {"empty": True}}, "body: expected none"),
        ({"body": {"content_type": "text/plain"}}, "Content-Type: expected 'text/plain'"),
    ):
        problems = runner._compare_request({**ok, **change}, got)
        assert len(problems) == 1 and message in problems[0], (change, problems)
    assert runner._compare_result({"result": [1]}, {"result": [1]}) == []
    assert "result: expected [1]" in runner._compare_result({"result": [1]}, {"result": [2]})[0]
    assert "unexpected error" in runner._compare_result({"result": 1}, {"error": {"kind": "x"}})[0]
    assert (
        "expected an error" in runner._compare_result({"error": {"status": 404}}, {"result": 1})[0]
    )
    assert runner._compare({"requests": 2}, [got], {"result": None}) == [
        "expected 2 request(s), the server got 1"
    ]


def test_multipart_and_cookie_comparisons() -> None:
    boundary = "b0undary"
    body = (
        f'--{boundary}\r\nContent-Disposition: form-data; name="title"\r\n\r\nReport\r\n'
        f'--{boundary}\r\nContent-Disposition: form-data; name="file"; filename="a.txt"\r\n'
        f"Content-Type: text/plain\r\n\r\nhello\r\n--{boundary}--\r\n"
    ).encode()
    got = _recorded(
        headers=[
            ("content-type", f"multipart/form-data; boundary={boundary}"),
            ("cookie", "session=a%20b%3Bc; theme=dark"),
        ],
        body=body,
    )
    parts = [
        {"name": "title", "filename": None, "text": "Report"},
        {"name": "file", "filename": "a.txt", "content_type": "text/plain", "text": "hello"},
    ]
    ok = {
        "cookies": {"session": "a b;c", "theme": "dark"},
        "body": {"content_type": "multipart/form-data", "multipart": parts},
    }
    assert runner._compare_request(ok, got) == []
    for change, message in (
        ({"cookies": {"session": "a b"}}, "cookies: expected"),
        ({"body": {"multipart": parts[:1]}}, "multipart: expected 1 parts, sent 2"),
        ({"body": {"multipart": [parts[0], {**parts[1], "filename": "b.txt"}]}}, "filename"),
        ({"body": {"multipart": [parts[0], {**parts[1], "content_type": "image/png"}]}}, "type"),
        ({"body": {"multipart": [parts[0], {**parts[1], "text": "bye"}]}}, "expected 'bye'"),
        ({"body": {"multipart": [{**parts[0], "filename": "t"}, parts[1]]}}, "filename"),
    ):
        problems = runner._compare_request({**ok, **change}, got)
        assert len(problems) == 1 and message in problems[0], (change, problems)
    assert runner._compare_result(
        {"error": {"kind": "status", "typed": True}}, {"error": {"kind": "status", "typed": False}}
    ) == ["error typed: expected True, got False ({'kind': 'status', 'typed': False})"]
