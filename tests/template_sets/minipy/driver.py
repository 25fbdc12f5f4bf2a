"""Conformance driver for the minipy template set: one flat, synchronous client."""

from __future__ import annotations

import importlib
import json
import sys
from typing import Any


def main() -> None:
    doc = json.load(sys.stdin)
    sys.path.insert(0, doc["out"])
    package = importlib.import_module(doc["package"])
    results: dict[str, Any] = {}
    for call in doc["calls"]:
        client = getattr(package, doc["client"])(base_url=call["base_url"], **call["credentials"])
        kwargs = {a["name"]: a["value"] for a in call["args"]}
        if call["body"] is not None:
            kwargs["body"] = call["body"]["value"]
        try:
            results[call["id"]] = {"result": getattr(client, call["method"])(**kwargs)}
        except package.ApiError as exc:
            results[call["id"]] = {
                "error": {"kind": "status", "status": exc.status, "body": exc.body}
            }
        except Exception as exc:  # noqa: BLE001 - every outcome is reported
            results[call["id"]] = {"error": {"kind": "other", "message": repr(exc)}}
    json.dump({"results": results}, sys.stdout)


if __name__ == "__main__":
    main()
