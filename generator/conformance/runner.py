"""The conformance kit's runner: generate each case with a template set, build it, drive it against
recording loopback servers, and compare the exchanges with what the case expects.

    clientgen conformance --lang python            # a built-in set
    clientgen conformance --templates DIR          # any set
    clientgen conformance --lang python --case unions --keep /tmp/conf   # one case, keep output

The protocol (case files, the driver's input and output) is in README.md beside this file.
"""

from __future__ import annotations

import base64
import json
import os
import re
import shlex
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, unquote

import jinja2

from generator import output, pipeline, targets
from generator.conformance.server import Recorded, Recorder, Reply
from generator.problems import UsageError
from generator.render import FILTERS
from generator.targets.manifest import Manifest

CASES = Path(__file__).with_name("cases")
DRIVER_TIMEOUT = 300
#: names the manifest's ``conformance.names`` may set (Jinja expressions), with defaults
NAME_DEFAULTS = {
    "package": "options.get('package-name')",
    "client": "'Client'",
    "resource": "resource | name('resource')",
    "method": "operation | name('method')",
    "operation_id": "operation.operation_id",
    "parameters": "operation.parameters",
    "parameter": "parameter | name('parameter')",
    "wire": "parameter.name",
    "credential": "scheme | name('parameter')",
    # anything else the driver needs to know about an operation (JSON), passed as the call's info
    "info": "none",
}


@dataclass
class Outcome:
    case: str
    scenario: str
    mode: str
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def id(self) -> str:
        return f"{self.case}/{self.scenario}/{self.mode}"


@dataclass
class Report:
    language: str
    outcomes: list[Outcome] = field(default_factory=list)

    @property
    def passed(self) -> int:
        return sum(o.ok for o in self.outcomes)

    @property
    def ok(self) -> bool:
        return bool(self.outcomes) and all(o.ok for o in self.outcomes)

    def text(self, verbose: bool = False) -> str:
        lines = []
        for o in self.outcomes:
            if o.ok and not verbose:
                continue
            lines.append(f"{'PASS' if o.ok else 'FAIL'} {o.id}")
            lines.extend(f"    {p}" for p in o.problems)
        cases = sorted({o.case for o in self.outcomes})
        failed_cases = sorted({o.case for o in self.outcomes if not o.ok})
        lines.append(
            f"{self.language}: {self.passed}/{len(self.outcomes)} scenarios passed in "
            f"{len(cases)} cases"
            + (f" (failing: {', '.join(failed_cases)})" if failed_cases else "")
        )
        return "\n".join(lines)


def case_names() -> list[str]:
    return sorted(p.parent.name for p in CASES.glob("*/scenarios.json"))


def load_case(name: str) -> tuple[Path, dict[str, Any]]:
    folder = CASES / name
    if not (folder / "scenarios.json").is_file():
        raise UsageError(f"unknown conformance case {name!r}; cases: {', '.join(case_names())}")
    data = json.loads((folder / "scenarios.json").read_text(encoding="utf-8"))
    specs = sorted(folder.glob("spec.*"))
    if len(specs) != 1:
        raise UsageError(f"{folder}: a case needs exactly one spec.yaml or spec.json")
    return specs[0], data


def run(
    lang: str | None = None,
    templates: Path | None = None,
    cases: list[str] | None = None,
    keep: Path | None = None,
) -> Report:
    manifest = targets.load_set(lang, templates)
    settings = manifest.conformance
    if not settings.get("driver"):
        raise UsageError(
            f"{manifest.path}: no 'conformance.driver': the set cannot be driven by the kit "
            "(see generator/conformance/README.md)"
        )
    report = Report(manifest.name)
    with tempfile.TemporaryDirectory(prefix="clientgen-conformance-") as tmp:
        work = keep if keep is not None else Path(tmp)
        for name in cases or case_names():
            report.outcomes.extend(_run_case(manifest, lang, templates, name, work / name))
    return report


def _argv(command: list[str], manifest: Manifest, out: Path, case: Path) -> list[str]:
    values = {
        "{python}": sys.executable,
        "{set}": str(manifest.root.resolve()),
        "{out}": str(out.resolve()),
        "{case}": str(case.resolve()),
    }
    argv = []
    for arg in command:
        for key, value in values.items():
            arg = arg.replace(key, value)
        argv.append(arg)
    return argv


def _run_case(
    manifest: Manifest, lang: str | None, templates: Path | None, name: str, work: Path
) -> list[Outcome]:
    spec, data = load_case(name)
    modes = [str(m) for m in manifest.conformance.get("modes", ["default"])]
    outcomes = [Outcome(name, str(s["name"]), mode) for s in data["scenarios"] for mode in modes]

    def fail_all(problem: str) -> list[Outcome]:
        for o in outcomes:
            o.problems.append(problem)
        return outcomes

    package = "conformance_" + re.sub(r"[^a-z0-9]", "_", name.lower())
    options = {"package-name": package}
    out = work / "client"
    try:
        result = pipeline.render(str(spec), lang or manifest.name, options, templates=manifest.root)
        output.write(result.tree, out, force=True)
        names = _names(manifest, spec, options)
    except Exception as exc:  # noqa: BLE001 - reported per scenario, the kit goes on
        return fail_all(f"generation failed: {exc}")

    build = manifest.conformance.get("build")
    if build:
        proc = subprocess.run(
            _argv(build, manifest, out, spec.parent),
            cwd=out,
            capture_output=True,
            text=True,
            check=False,
            timeout=DRIVER_TIMEOUT,
        )
        if proc.returncode != 0:
            return fail_all(
                f"build failed ({proc.returncode}): {(proc.stderr or proc.stdout)[-2000:]}"
            )

    servers: dict[str, Recorder] = {}
    calls: list[dict[str, Any]] = []
    by_id: dict[str, tuple[Outcome, dict[str, Any]]] = {}
    try:
        for outcome, scenario in zip(
            outcomes, [s for s in data["scenarios"] for _ in modes], strict=True
        ):
            replies = scenario.get("replies") or [scenario.get("reply") or {"status": 204}]
            server = Recorder([Reply.from_scenario(r) for r in replies]).__enter__()
            servers[outcome.id] = server
            try:
                call = _call(outcome, scenario, names, server.url)
            except KeyError as exc:
                outcome.problems.append(f"the scenario names something the spec lacks: {exc}")
                continue
            calls.append(call)
            by_id[outcome.id] = (outcome, scenario)
        driver_input = {
            "out": str(out.resolve()),
            "package": names["package"],
            "client": names["client"],
            "calls": calls,
        }
        results = _drive(manifest, out, spec.parent, driver_input)
        if isinstance(results, str):
            for outcome, _ in by_id.values():
                outcome.problems.append(results)
        else:
            for oid, (outcome, scenario) in by_id.items():
                outcome.problems.extend(_compare(scenario, servers[oid].requests, results.get(oid)))
    finally:
        for server in servers.values():
            server.__exit__(None, None, None)
    return outcomes


def _names(manifest: Manifest, spec: Path, options: dict[str, str]) -> dict[str, Any]:
    """The emitted names, from the manifest's ``conformance.names`` expressions."""
    api, _ = pipeline.build_ir(str(spec))
    rendering = targets.prepare(manifest, api, options)
    exprs = {**NAME_DEFAULTS, **(manifest.conformance.get("names") or {})}
    env = jinja2.Environment(undefined=jinja2.StrictUndefined)
    env.filters.update(FILTERS)
    env.filters.update(rendering.filters)
    env.globals.update(rendering.functions)
    compiled = {
        k: env.compile_expression(str(v), undefined_to_none=False) for k, v in exprs.items()
    }
    base = {**rendering.context}
    ops: dict[str, dict[str, Any]] = {}
    for resource in rendering.each["resource"]:
        for operation in resource["operations"]:
            scope = {**base, "resource": resource, "operation": operation}
            params = {}
            for parameter in compiled["parameters"](**scope) or ():
                pscope = {**scope, "parameter": parameter}
                params[str(compiled["wire"](**pscope))] = str(compiled["parameter"](**pscope))
            ops[str(compiled["operation_id"](**scope))] = {
                "resource": str(compiled["resource"](**scope)),
                "method": str(compiled["method"](**scope)),
                "params": params,
                "info": compiled["info"](**scope),
            }
    credentials: dict[str, str] = {}
    for scheme in rendering.context["ir"]["auth"]:
        try:
            credentials[scheme["name"]] = str(compiled["credential"](**base, scheme=scheme))
        except jinja2.TemplateError:
            continue  # the set does not support this scheme: scenarios using it fail clearly
    locations = {
        op["operation_id"]: {p["name"]: p["location"] for p in op["parameters"]}
        for res in rendering.context["ir"]["resources"]
        for op in res["operations"]
    }
    return {
        "locations": locations,
        "package": str(compiled["package"](**base)),
        "client": str(compiled["client"](**base)),
        "operations": ops,
        "credentials": credentials,
    }


def _call(
    outcome: Outcome, scenario: dict[str, Any], names: dict[str, Any], url: str
) -> dict[str, Any]:
    call = scenario["call"]
    op = names["operations"][call["operation"]]
    args = []
    for wire, value in (call.get("args") or {}).items():
        location = names["locations"][call["operation"].removesuffix(":stream")][wire]
        args.append(
            {"wire": wire, "name": op["params"][wire], "location": location, "value": value}
        )
    credentials = {}
    for scheme, value in (call.get("credentials") or {}).items():
        credentials[names["credentials"][scheme]] = value
    return {
        "id": outcome.id,
        "mode": outcome.mode,
        "base_url": url,
        "operation": call["operation"],
        "resource": op["resource"],
        "method": op["method"],
        "args": args,
        "info": op["info"],
        "body": {"value": call["body"]} if "body" in call else None,
        "credentials": credentials,
        "max_retries": int((call.get("client") or {}).get("max_retries", 0)),
        "options": dict(call.get("options") or {}),
    }


def _drive(
    manifest: Manifest, out: Path, case: Path, driver_input: dict[str, Any]
) -> dict[str, Any] | str:
    argv = _argv(list(manifest.conformance["driver"]), manifest, out, case)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("HTTP_PROXY", "HTTPS_PROXY"))}
    env["NO_PROXY"] = env["no_proxy"] = "127.0.0.1,localhost"
    try:
        proc = subprocess.run(
            argv,
            input=json.dumps(driver_input),
            capture_output=True,
            text=True,
            cwd=out,
            env=env,
            timeout=DRIVER_TIMEOUT,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        return f"driver {shlex.join(argv)} could not run: {exc}"
    if proc.returncode != 0:
        return f"driver exited with {proc.returncode}: {proc.stderr[-3000:]}"
    try:
        data = json.loads(proc.stdout)
        results = data["results"]
        assert isinstance(results, dict)
    except (ValueError, KeyError, AssertionError):
        return f'driver output is not {{"results": {{id: ...}}}}: {proc.stdout[-1000:]!r}'
    return results


def _norm_path(path: str) -> str:
    return re.sub(r"%[0-9a-fA-F]{2}", lambda m: m.group(0).upper(), path)


def _compare(
    scenario: dict[str, Any], requests: list[Recorded], result: dict[str, Any] | None
) -> list[str]:
    problems: list[str] = []
    expect_request = scenario.get("expect_request")
    want_count = scenario.get("requests", 1 if expect_request is not None else None)
    if want_count is not None and len(requests) != want_count:
        problems.append(f"expected {want_count} request(s), the server got {len(requests)}")
    if expect_request is not None and requests:
        problems.extend(_compare_request(expect_request, requests[0]))
    problems.extend(_compare_result(scenario.get("expect") or {}, result))
    return problems


def _compare_request(want: dict[str, Any], got: Recorded) -> list[str]:
    problems = []
    if "method" in want and got.method != want["method"]:
        problems.append(f"method: expected {want['method']}, sent {got.method}")
    if "path" in want and _norm_path(got.path) != _norm_path(want["path"]):
        problems.append(f"path: expected {want['path']!r}, sent {got.path!r}")
    if "query" in want:
        expected = [tuple(map(str, pair)) for pair in want["query"]]
        if sorted(got.query) != sorted(expected):
            problems.append(f"query: expected {expected}, sent {got.query} ({got.raw_query!r})")
    if "raw_query" in want and got.raw_query != want["raw_query"]:
        problems.append(f"query string: expected {want['raw_query']!r}, sent {got.raw_query!r}")
    for name, value in (want.get("headers") or {}).items():
        sent = got.header(name)
        if sent is None:
            problems.append(f"header {name}: expected {value!r}, not sent")
        elif value is not None and sent != value:
            problems.append(f"header {name}: expected {value!r}, sent {sent!r}")
    if "cookies" in want:
        # decoded name/value pairs: clients may percent-encode more or fewer characters
        sent_cookies = sorted(
            (unquote(k), unquote(v))
            for pair in (got.header("cookie") or "").split(";")
            if pair.strip()
            for k, _, v in [pair.strip().partition("=")]
        )
        expected_cookies = sorted((str(k), str(v)) for k, v in want["cookies"].items())
        if sent_cookies != expected_cookies:
            problems.append(
                f"cookies: expected {expected_cookies}, sent {sent_cookies} "
                f"({got.header('cookie')!r})"
            )
    for name in want.get("absent_headers") or []:
        if got.header(name) is not None:
            problems.append(f"header {name}: must not be sent, sent {got.header(name)!r}")
    body = want.get("body")
    if body is not None:
        problems.extend(_compare_body(body, got))
    return problems


def _compare_body(want: dict[str, Any], got: Recorded) -> list[str]:
    ctype = got.header("content-type") or ""
    if "content_type" in want and ctype.split(";")[0].strip() != want["content_type"]:
        return [f"Content-Type: expected {want['content_type']!r}, sent {ctype!r}"]
    if want.get("empty"):
        return [] if not got.body else [f"body: expected none, sent {got.body[:200]!r}"]
    if "json" in want:
        try:
            sent = json.loads(got.body)
        except ValueError:
            return [f"body: expected JSON {want['json']!r}, sent {got.body[:200]!r}"]
        return [] if sent == want["json"] else [f"body: expected {want['json']!r}, sent {sent!r}"]
    if "form" in want:
        sent_pairs = parse_qsl(got.body.decode("utf-8", "replace"), keep_blank_values=True)
        expected = [tuple(map(str, p)) for p in want["form"]]
        if sorted(sent_pairs) != sorted(expected):
            return [f"form body: expected {expected}, sent {sent_pairs}"]
        return []
    if "text" in want:
        text = got.body.decode("utf-8", "replace")
        return [] if text == want["text"] else [f"body: expected {want['text']!r}, sent {text!r}"]
    if "multipart" in want:
        return _compare_parts(want["multipart"], ctype, got.body)
    return []


def multipart_parts(content_type: str, body: bytes) -> list[dict[str, Any]] | None:
    """The parts of a multipart/form-data body: name, filename (None for a plain field), content
    type (None when the part has none) and the bytes; None when the body cannot be parsed."""
    from email.parser import BytesParser
    from email.policy import HTTP

    message = BytesParser(policy=HTTP).parsebytes(
        b"Content-Type: " + content_type.encode("latin-1") + b"\r\n\r\n" + body
    )
    if not message.is_multipart():
        return None
    parts = []
    for part in message.iter_parts():
        disposition = part.get("content-disposition")
        if disposition is None:
            return None
        payload = part.get_payload(decode=True)
        parts.append(
            {
                "name": part.get_param("name", header="content-disposition"),
                "filename": part.get_filename(),
                "content_type": part.get("content-type"),
                "bytes": payload if isinstance(payload, bytes) else b"",
            }
        )
    return parts


def _compare_parts(want: list[dict[str, Any]], ctype: str, body: bytes) -> list[str]:
    """Each expected part, in order: its name, its filename ("filename": null for a plain field),
    its media type (when given; parameters ignored) and its content (text or JSON)."""
    parts = multipart_parts(ctype, body)
    if parts is None:
        return [f"body: expected multipart/form-data parts, sent {body[:200]!r} ({ctype!r})"]
    shown = [
        {k: (v.decode("utf-8", "replace") if isinstance(v, bytes) else v) for k, v in p.items()}
        for p in parts
    ]
    if len(parts) != len(want):
        return [f"multipart: expected {len(want)} parts, sent {len(parts)}: {shown}"]
    problems = []
    for i, (w, got) in enumerate(zip(want, parts, strict=True)):
        label = f"multipart part {i} ({w.get('name')!r})"
        if got["name"] != w.get("name"):
            problems.append(f"{label}: sent with name {got['name']!r}")
        if "filename" in w and got["filename"] != w["filename"]:
            problems.append(
                f"{label}: filename expected {w['filename']!r}, sent {got['filename']!r}"
            )
        sent_type = (got["content_type"] or "").split(";")[0].strip() or None
        if "content_type" in w and sent_type != w["content_type"]:
            problems.append(
                f"{label}: content type expected {w['content_type']!r}, sent {sent_type!r}"
            )
        if "text" in w and got["bytes"].decode("utf-8", "replace") != w["text"]:
            problems.append(f"{label}: expected {w['text']!r}, sent {got['bytes'][:200]!r}")
        if "base64" in w and got["bytes"] != base64.b64decode(w["base64"]):
            problems.append(f"{label}: expected bytes {w['base64']!r}, sent {got['bytes'][:200]!r}")
        if "json" in w:
            try:
                sent = json.loads(got["bytes"])
            except ValueError:
                sent = got["bytes"][:200]
            if sent != w["json"]:
                problems.append(f"{label}: expected JSON {w['json']!r}, sent {sent!r}")
    return problems


def _compare_result(want: dict[str, Any], got: dict[str, Any] | None) -> list[str]:
    if got is None:
        return ["the driver reported nothing for this call"]
    if "error" in want:
        err = got.get("error")
        if err is None:
            return [f"expected an error {want['error']!r}, the call returned {got.get('result')!r}"]
        problems = []
        for key, value in want["error"].items():
            if err.get(key) != value:
                problems.append(f"error {key}: expected {value!r}, got {err.get(key)!r} ({err})")
        return problems
    if "error" in got:
        return [f"unexpected error: {got['error']}"]
    if "result" in want and got.get("result") != want["result"]:
        return [f"result: expected {want['result']!r}, got {got.get('result')!r}"]
    return []
