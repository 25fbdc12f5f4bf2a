"""Conformance driver for the python template set (see generator/conformance/README.md).

Reads the runner's JSON on stdin, imports the generated package from the client folder, makes each
call (sync or async, as the call's ``mode`` says) and prints ``{"results": {id: outcome}}``.
"""

from __future__ import annotations

import asyncio
import base64
import importlib
import inspect
import json
import sys
from typing import Any


def plain(value: Any) -> Any:
    """A result as wire-shaped JSON: models by alias, only the fields the server sent; a stream
    of events as the list of its events."""
    if type(value).__name__ == "Stream" and hasattr(value, "__iter__"):
        return [plain(event) for event in value]
    if hasattr(value, "model_dump"):
        return value.model_dump(mode="json", by_alias=True, exclude_unset=True)
    if isinstance(value, (bytes, bytearray)):
        return {"bytes_base64": base64.b64encode(bytes(value)).decode("ascii")}
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return value


def error(package: Any, exc: BaseException) -> dict[str, Any]:
    errors = getattr(package, "errors", package)
    out: dict[str, Any] = {"type": type(exc).__name__, "message": str(exc)[:500]}
    if isinstance(exc, errors.ApiStatusError):
        out["kind"] = "status"
        out["status"] = exc.status_code
        raw = getattr(exc, "raw_body", exc.body)
        if isinstance(raw, (bytes, str)):
            try:
                raw = json.loads(raw)
            except ValueError:
                raw = raw.decode("utf-8", "replace") if isinstance(raw, bytes) else raw
        out["body"] = plain(raw)
        # the body was given the type the spec declares for this status
        out["typed"] = exc.body is not getattr(exc, "raw_body", exc.body)
    elif isinstance(exc, errors.ApiTimeoutError):
        out["kind"] = "timeout"
    elif isinstance(exc, errors.ApiConnectionError):
        out["kind"] = "connection"
    elif isinstance(exc, errors.ResponseValidationError):
        out["kind"] = "validation"
        out["status"] = exc.status_code
    elif isinstance(exc, (TypeError, ValueError)):  # pydantic's ValidationError is a ValueError
        out["kind"] = "client"
    else:
        out["kind"] = "other"
    return out


def files(value: Any) -> Any:
    """``{"$file": {"filename", "content_type", "text"}}`` values as (filename, bytes, type)."""
    if isinstance(value, dict) and set(value) == {"$file"}:
        spec = value["$file"]
        content = spec.get("text", "").encode("utf-8")
        if "base64" in spec:
            content = base64.b64decode(spec["base64"])
        if "filename" not in spec:
            return content
        if "content_type" in spec:
            return (spec["filename"], content, spec["content_type"])
        return (spec["filename"], content)
    if isinstance(value, dict):
        return {k: files(v) for k, v in value.items()}
    if isinstance(value, list):
        return [files(v) for v in value]
    return value


def arguments(call: dict[str, Any]) -> dict[str, Any]:
    kwargs = {a["name"]: files(a["value"]) for a in call["args"]}
    if call.get("body") is not None:
        kwargs["body"] = files(call["body"]["value"])
    if call.get("options"):
        kwargs["request_options"] = dict(call["options"])
    return kwargs


def client_kwargs(cls: Any, call: dict[str, Any]) -> dict[str, Any]:
    kwargs: dict[str, Any] = {"base_url": call["base_url"], **call["credentials"]}
    if "max_retries" in inspect.signature(cls).parameters:
        kwargs["max_retries"] = call.get("max_retries", 0)
    return kwargs


def target(client: Any, call: dict[str, Any]) -> Any:
    owner = getattr(client, call["resource"]) if call["resource"] else client
    return getattr(owner, call["method"])


def run_sync(package: Any, client_name: str, call: dict[str, Any]) -> dict[str, Any]:
    cls = getattr(package, client_name)
    try:
        # the client may refuse its settings (a credential no header can carry, say)
        with cls(**client_kwargs(cls, call)) as client:
            return {"result": plain(target(client, call)(**arguments(call)))}
    except Exception as exc:  # noqa: BLE001 - every outcome is reported
        return {"error": error(package, exc)}


async def run_async(package: Any, client_name: str, call: dict[str, Any]) -> dict[str, Any]:
    cls = getattr(package, "Async" + client_name)
    try:
        # the client may refuse its settings (a credential no header can carry, say)
        async with cls(**client_kwargs(cls, call)) as client:
            result = await target(client, call)(**arguments(call))
            if type(result).__name__ == "AsyncStream":
                return {"result": [plain(event) async for event in result]}
            return {"result": plain(result)}
    except Exception as exc:  # noqa: BLE001 - every outcome is reported
        return {"error": error(package, exc)}


def main() -> None:
    doc = json.load(sys.stdin)
    sys.path.insert(0, doc["out"])
    package = importlib.import_module(doc["package"])
    results: dict[str, Any] = {}
    for call in doc["calls"]:
        if call["mode"] == "async":
            results[call["id"]] = asyncio.run(run_async(package, doc["client"], call))
        else:
            results[call["id"]] = run_sync(package, doc["client"], call)
    json.dump({"results": results}, sys.stdout)


if __name__ == "__main__":
    main()
