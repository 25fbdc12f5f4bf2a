"""Fast paths of the load and write stages give exactly what the general code gives: the path
checks of the write stage without a PurePosixPath per file, the surrogate check with a search for
``\\u`` escapes, the nesting check a level at a time. Each is compared with the general form it
replaced, on every string of a small alphabet up to some length and on edge cases."""

from __future__ import annotations

import itertools
import json
import re
from pathlib import Path, PurePosixPath

import pytest

from generator import output
from generator.problems import UserError
from generator.spec import load as load_mod


def _reference_relpath(rel: str) -> str:
    p = PurePosixPath(rel)
    if (
        p.is_absolute()
        or not p.parts
        or any(part in ("..", "", ".") for part in p.parts)
        or "\\" in rel
        or "\x00" in rel
        or rel.startswith("~")
    ):
        raise output.OutputError(f"refusing to write {rel!r}: outside the output folder")
    return str(p)


def _outcome(fn, *args):  # type: ignore[no-untyped-def]
    try:
        return ("ok", fn(*args))
    except (output.OutputError, UserError) as exc:
        return ("error", str(exc))


def _strings(alphabet: list[str], longest: int) -> list[str]:
    return [
        "".join(combo)
        for n in range(longest + 1)
        for combo in itertools.product(alphabet, repeat=n)
    ]


def test_output_paths_match_pathlib() -> None:
    for rel in _strings(["a", "/", ".", "~", "\\", "\x00", "b.py"], 5):
        assert _outcome(output.safe_relpath, rel) == _outcome(_reference_relpath, rel), repr(rel)
        assert tuple(output._parts(rel)) == PurePosixPath(rel).parts, repr(rel)


def test_temporary_names_match_pathlib(tmp_path: Path) -> None:
    for rel in ("x.txt", "pkg/_models/a.py", ".hidden", "dir/sub/ünï.py"):
        path = tmp_path / rel
        old = path.with_name(output._tmp_name(path).name)
        assert output._tmp_path(str(path)) == str(old) == str(output._tmp_name(path))
        assert output._tmp_name(path).parent == path.parent


_OLD_ESCAPE = re.compile(r"(\\+)u([dD][89a-fA-F][0-9a-fA-F]{2})")


def _reference_surrogates(text: str) -> tuple[str, tuple[int, int]] | None:
    """What the check refused before (the escape's digits, line and column), or None."""
    pending_high = None
    last_end = -1
    for m in _OLD_ESCAPE.finditer(text):
        if len(m.group(1)) % 2 == 0:
            continue
        low = m.group(2)[1].lower() in "cdef"
        if pending_high is not None and low and m.start() == last_end:
            pending_high = None
        elif pending_high is None and not low:
            pending_high = m
        else:
            bad = pending_high or m
            break
        last_end = m.end()
    else:
        if pending_high is None:
            return None
        bad = pending_high
    start = bad.start() + len(bad.group(1)) - 1
    return bad.group(2), _line_col(text, start)


def _refused(text: str) -> tuple[str, tuple[int | None, int | None]] | None:
    """None when the check accepts ``text``, else the escape's digits and where it is."""
    try:
        load_mod._check_surrogates(text, "x.json")
    except UserError as exc:
        problem = exc.problems[0]
        return problem.message.split("\\u")[1][:4], (problem.line, problem.column)
    return None


def _line_col(text: str, start: int) -> tuple[int, int]:
    return text.count("\n", 0, start) + 1, start - (text.rfind("\n", 0, start) + 1) + 1


@pytest.mark.parametrize("longest", [5])
def test_surrogate_check_matches_the_general_form(longest: int) -> None:
    pieces = ["\\", "u", "x", "\n", "\\ud83d", "\\ude00", "\\udc00", "\\\\ud800", "\\ud800"]
    for text in _strings(pieces, longest):
        assert _refused(text) == _reference_surrogates(text), repr(text)


def _reference_depth(data: object) -> bool:
    stack: list[tuple[object, int]] = [(data, 0)]
    while stack:
        value, depth = stack.pop()
        if depth > load_mod.MAX_DEPTH:
            return True
        if isinstance(value, dict):
            stack.extend((v, depth + 1) for v in value.values() if isinstance(v, (dict, list)))
        elif isinstance(value, list):
            stack.extend((v, depth + 1) for v in value if isinstance(v, (dict, list)))
    return False


def test_nesting_is_measured_a_level_at_a_time() -> None:
    def nested(depth: int, kinds: str) -> object:
        value: object = 1
        for i in range(depth):
            value = [value] if kinds[i % len(kinds)] == "l" else {"k": value}
        return value

    limit = load_mod.MAX_DEPTH
    for kinds in ("l", "d", "ld"):
        for depth in range(limit - 2, limit + 3):
            data = {"a": [1, {"b": nested(depth, kinds)}], "c": "x"}
            # the document at level 0, "a" 1, its object 2, "b"'s levels from 3
            expected = depth + 2 > limit
            assert _reference_depth(data) is expected
            assert load_mod._depth_exceeds(data) is expected, (kinds, depth)
            assert load_mod._depth_exceeds(json.loads(json.dumps(data))) is expected


@pytest.mark.parametrize("spec", ["specs/vapi-phone-numbers.yaml", "tests/golden/one_of/spec.yaml"])
def test_the_ir_as_data_is_its_json_read_back(spec: str) -> None:
    """Api.to_dict lets json's encoder walk the IR (asking only for the dataclasses' fields); the
    data must be what reading ``clientgen ir``'s JSON back gives."""
    from generator.ir.build import build
    from generator.spec.load import load
    from tests.conftest import ROOT

    api, _ = build(load(str(ROOT / spec)))
    assert api.to_dict() == json.loads(api.to_json())
    assert json.dumps(api.to_dict()) == json.dumps(json.loads(api.to_json()))
