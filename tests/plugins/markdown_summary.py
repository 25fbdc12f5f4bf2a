"""A clientgen plugin: reads the IR JSON on stdin, prints {path: contents} with a Markdown summary
of the API (one page, plus one page per resource). Standard library only, like any plugin may be.

    clientgen generate SPEC --plugin "python tests/plugins/markdown_summary.py --title-prefix API:" --out DIR
"""

from __future__ import annotations

import argparse
import json
import os
import sys


def cell(text: object) -> str:
    return " ".join(str(text or "").split()).replace("|", "\\|")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--title-prefix", default="")
    args = parser.parse_args()
    ir = json.load(sys.stdin)
    major = os.environ.get("CLIENTGEN_IR_VERSION", "0").split(".")[0]
    if major != "1" or not str(ir.get("ir_version", "")).startswith("1."):
        print(f"markdown_summary understands IR 1.x, got {ir.get('ir_version')}", file=sys.stderr)
        sys.exit(3)
    options = json.loads(os.environ.get("CLIENTGEN_OPTIONS", "{}"))
    title = (args.title_prefix + " " + ir["title"]).strip()
    lines = [f"# {title}", "", f"Version {ir['version']} (IR {ir['ir_version']}).", ""]
    if options:
        lines += [f"Options: {json.dumps(options, sort_keys=True)}", ""]
    lines += ["| resource | operation | method | path |", "|---|---|---|---|"]
    files: dict[str, str] = {}
    for res in ir["resources"]:
        page = [f"# {res['name']}", ""]
        for op in res["operations"]:
            lines.append(
                f"| {cell(res['name'])} | {cell(op['operation_id'])} | {op['method']} "
                f"| `{cell(op['path'])}` |"
            )
            params = ", ".join(f"{p['name']} ({p['location']})" for p in op["parameters"])
            page.append(f"- `{op['method']} {op['path']}`: {params or 'no parameters'}")
        files[f"resources/{'-'.join(res['words']) or 'default'}.md"] = "\n".join(page) + "\n"
    lines += ["", f"{len(ir['schemas'])} schemas."]
    files["API.md"] = "\n".join(lines) + "\n"
    json.dump(files, sys.stdout)


if __name__ == "__main__":
    main()
