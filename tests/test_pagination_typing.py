"""Pages are typed: mypy --strict sees the item type when user code iterates a page (sync `for`,
async `async for`), the page type from `iter_pages()`, and the envelope's fields as before."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from tests.conftest import generate_into

ROOT = Path(__file__).resolve().parent.parent

USER_CODE = textwrap.dedent(
    """
    from paging import AsyncPagingClient, PagingClient, models

    client = PagingClient(base_url="http://127.0.0.1:9")
    people = client.paging.list_people(limit=10)
    for person in people:
        reveal_type(person)  # people-item
    for page in people.iter_pages():
        reveal_type(page)  # people-page
    reveal_type(people.metadata.current_page)  # envelope-field
    envelope: models.PersonPage = people
    for event in client.paging.list_events(limit=2):
        reveal_type(event)  # events-item
    events = client.paging.list_events()
    reveal_type(events[0])  # events-index
    reveal_type(client.paging.list_charges().get_next_page())  # charges-next
    reveal_type(client.paging.list_charges().has_next_page())  # charges-more


    async def main() -> None:
        async with AsyncPagingClient(base_url="http://127.0.0.1:9") as aclient:
            logs = await aclient.paging.list_logs()
            async for line in logs:
                reveal_type(line)  # logs-item
            async for page in logs.iter_pages():
                reveal_type(page)  # logs-page
            async for commit in await aclient.paging.list_commits():
                reveal_type(commit)  # commits-item
            reveal_type(await logs.get_next_page())  # logs-next
    """
)

# models.Item is defined in a module of its own (_models/item.py), which mypy names
EXPECTED = {
    "people-item": "paging._models.item.Item",
    "people-page": "paging.resources.paging.PersonPagePage",
    "envelope-field": "builtins.float",
    "events-item": "paging._models.item.Item",
    "events-index": "paging._models.item.Item",
    "charges-next": "paging.resources.paging.ListChargesResponsePage | None",
    "charges-more": "builtins.bool",
    "logs-item": "paging._models.item.Item",
    "logs-page": "paging.resources.paging.AsyncListLogsResponsePage",
    "commits-item": "paging._models.item.Item",
    "logs-next": "paging.resources.paging.AsyncListLogsResponsePage | None",
}


def test_pages_are_typed_for_user_code(tmp_path: Path) -> None:
    out = tmp_path / "client"
    generate_into(ROOT / "tests" / "golden" / "pagination" / "spec.yaml", out)
    user = tmp_path / "user.py"
    user.write_text(USER_CODE, encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if not k.startswith("MYPY")}
    env["MYPYPATH"] = str(out)
    proc = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--python-version", "3.10", "--no-incremental"]
        + ["--show-error-codes", str(user), str(out / "paging")],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    lines = USER_CODE.splitlines()
    revealed: dict[str, str] = {}
    for match in re.finditer(r"user\.py:(\d+): note: Revealed type is \"(.*)\"", proc.stdout):
        tag = lines[int(match.group(1)) - 1].split("# ")[-1]
        revealed[tag] = match.group(2)
    errors = [line for line in proc.stdout.splitlines() if ": error:" in line]
    assert errors == [], proc.stdout
    assert revealed, proc.stdout + proc.stderr
    if revealed != EXPECTED:  # mypy may spell builtins without the module
        assert {k: v.replace("builtins.", "") for k, v in revealed.items()} == {
            k: v.replace("builtins.", "") for k, v in EXPECTED.items()
        }, proc.stdout


@pytest.mark.parametrize("name", ["_pagination.py"])
def test_the_runtime_is_its_own_module(tmp_path: Path, name: str) -> None:
    tree = generate_into(ROOT / "tests" / "golden" / "pagination" / "spec.yaml", tmp_path)
    runtime = tree[f"paging/{name}"]
    assert "class Page(" in runtime and "class AsyncListPage(" in runtime
    resource = tree["paging/resources/paging.py"]
    assert "_pagination.first_page(" in resource and "_pagination.first_page_async(" in resource
