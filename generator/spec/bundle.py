"""Bundle a spec split over several files into one document.

Relative external references (``./schemas/pet.yaml#/Pet``, ``common.yaml#/components/...``) are
read with the same loader (same budgets, same located messages, naming the file they are in) and
copied into the root document under ``components``, each once; the references are rewritten to
point at the copies, so the rest of the pipeline (validator, IR) sees one document, with its
reference-cycle and size checks applying across files. A problem inside a bundled part is located
in the file it came from (``Document.problem`` maps the pointer back).

What is never read: URLs (``https://...``; no network) and files outside the spec's folder tree
(``../other/x.yaml``, or a symlink leading out). Those references are refused with a clear error.
A reference to a file that does not exist is left for the validator to report.
"""

from __future__ import annotations

import copy
import hashlib
import os
import re
from typing import Any
from urllib.parse import unquote

from generator.problems import UserError, join_pointer
from generator.spec.load import MAX_BYTES, Document
from generator.spec.walk import decode_pointer, iter_ref_values, lookup, split_ref

#: Most files one spec may be spread over.
MAX_FILES = 500

_URL = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:|^//")
#: sections of ``components`` a reference's position tells apart (the rest hold schemas)
_SECTION_OF_PARENT = {
    "parameters": "parameters",
    "responses": "responses",
    "headers": "headers",
    "examples": "examples",
    "links": "links",
    "callbacks": "callbacks",
    "securitySchemes": "securitySchemes",
}


def bundle(root: Document, load_file: Any) -> Document:
    """Copy every relative external reference's target into ``root`` (in place); return it.

    ``load_file(path) -> Document`` reads one file (raising UserError on unreadable input).
    """
    root.files = [root.path]
    root.file_hashes = [root.sha256]
    if not any(isinstance(ref, str) and split_ref(ref)[0] for ref, _ in iter_ref_values(root.data)):
        return root
    _Bundler(root, load_file).run()
    if len(root.files) > 1:
        digest = hashlib.sha256()
        for doc_hash in root.file_hashes:
            digest.update(doc_hash.encode("ascii"))
        root.sha256 = digest.hexdigest()
    return root


class _Bundler:
    def __init__(self, root: Document, load_file: Any) -> None:
        self.root = root
        self.load_file = load_file
        self.root_real = os.path.realpath(root.path)
        self.root_dir = os.path.dirname(self.root_real)
        self.docs: dict[str, Document] = {self.root_real: root}
        self.failed: set[str] = set()
        self.placed: dict[tuple[str, str], str] = {}
        self.total_bytes = len(root._text or "")

    def run(self) -> None:
        work: list[tuple[Document, Any, str]] = [(self.root, self.root.data, "")]
        while work:
            doc, node, base = work.pop()
            for ref, pointer in list(iter_ref_values(node)):
                if not isinstance(ref, str):
                    continue
                file_part, fragment = split_ref(ref)
                if doc is self.root and not file_part:
                    continue  # a local reference of the root document: nothing to do
                holder = lookup(node, pointer)
                if not isinstance(holder, dict):
                    continue
                where = join_pointer(base + pointer, "$ref")
                local = self.place(doc, ref, file_part, fragment, where, base + pointer, work)
                if local is not None:
                    holder["$ref"] = local

    def refuse(self, doc: Document, where: str, message: str) -> None:
        problem = doc.problem(where, message)
        self.root.problems.append(problem)
        self.root.opaque.append(where.rsplit("/", 1)[0] if doc is self.root else where)

    def place(
        self,
        doc: Document,
        ref: str,
        file_part: str,
        fragment: str,
        where: str,
        holder_pointer: str,
        work: list[tuple[Document, Any, str]],
    ) -> str | None:
        """The local reference standing for ``ref`` (read from ``doc``), or None to leave it."""
        if file_part:
            if _URL.match(file_part):
                if doc is self.root:
                    return None  # the validator refuses remote references with its own message
                self.refuse(doc, where, f"remote reference {ref!r} is not supported (no network)")
                return None
            path = os.path.normpath(
                os.path.join(os.path.dirname(os.path.abspath(doc.path)), unquote(file_part))
            )
            if not os.path.isfile(path):
                if doc is not self.root:
                    self.refuse(
                        doc,
                        where,
                        f"reference {ref!r} points to the file {file_part!r}, which does not exist",
                    )
                return None  # in the root file, the validator says so
            real = os.path.realpath(path)
            if os.path.commonpath([real, self.root_dir]) != self.root_dir:
                self.refuse(
                    doc,
                    where,
                    f"reference {ref!r} leads outside the spec's folder; clientgen only "
                    "reads files in the folder of the spec and below it",
                )
                return None
        else:
            real = os.path.realpath(doc.path)
        if fragment and not fragment.startswith("/"):
            return None  # not a JSON pointer: the validator explains
        if real == self.root_real:
            return "#" + fragment
        key = (real, fragment)
        if key in self.placed:
            return self.placed[key]
        source = self.read(real, doc, where, ref)
        if source is None:
            return None
        target = lookup(source.data, fragment)
        if target is None:
            self.refuse(
                doc,
                where,
                f"reference {ref!r} points to nothing: {os.path.basename(real)} has no "
                f"{fragment or 'content'!r}",
            )
            return None
        if _is_path_item(doc, holder_pointer):
            # a path item kept in another file is copied in place (it cannot refer to itself)
            holder = lookup(doc.data, holder_pointer) if doc is self.root else None
            if isinstance(holder, dict) and isinstance(target, dict):
                holder.clear()
                holder.update(copy.deepcopy(target))
                self.root.origins.append((holder_pointer, source, fragment))
                work.append((source, holder, fragment))
                return None
        section, name = self.slot(fragment, real, holder_pointer, target)
        components = self.root.data.setdefault("components", {})
        if not isinstance(components, dict):
            return None  # the validator reports the malformed components
        group = components.setdefault(section, {})
        if not isinstance(group, dict):
            return None
        base, n = name, 2
        while name in group:
            name, n = f"{base}{n}", n + 1
        local_pointer = join_pointer("/components", section, name)
        local = "#" + local_pointer
        self.placed[key] = local
        placed = copy.deepcopy(target)
        group[name] = placed
        self.root.origins.append((local_pointer, source, fragment))
        work.append((source, placed, fragment))
        return local

    def read(self, real: str, doc: Document, where: str, ref: str) -> Document | None:
        if real in self.docs:
            return self.docs[real]
        if real in self.failed:
            return None
        if len(self.docs) >= MAX_FILES:
            self.refuse(doc, where, f"the spec refers to more than {MAX_FILES} files; refusing")
            self.failed.add(real)
            return None
        # named as the spec was (relative stays relative), for messages and the lock file
        shown = os.path.join(os.path.dirname(self.root.path), os.path.relpath(real, self.root_dir))
        try:
            source: Document = self.load_file(shown)
        except UserError as exc:
            self.root.problems.extend(exc.problems)
            self.root.opaque.append(where if doc is not self.root else where.rsplit("/", 1)[0])
            self.failed.add(real)
            return None
        self.total_bytes += len(source._text or "")
        if self.total_bytes > MAX_BYTES:
            self.refuse(
                doc,
                where,
                f"the spec's files together are larger than "
                f"{MAX_BYTES // (1024 * 1024)} MiB; refusing to read more",
            )
            self.failed.add(real)
            return None
        self.root.problems.extend(source.problems)
        self.docs[real] = source
        self.root.files.append(source.path)
        self.root.file_hashes.append(source.sha256)
        return source

    def slot(self, fragment: str, real: str, holder_pointer: str, target: Any) -> tuple[str, str]:
        """Where in ``components`` a copied target goes: its own section and name when it is a
        component in its file, else by the position of the reference, named after the pointer's
        last token (or the file's name)."""
        tokens = decode_pointer(fragment)
        if len(tokens) == 3 and tokens[0] == "components":
            return tokens[1], tokens[2]
        name = tokens[-1] if tokens else os.path.splitext(os.path.basename(real))[0]
        holder = decode_pointer(holder_pointer)
        section = "schemas"
        if len(holder) >= 2 and holder[-2] in _SECTION_OF_PARENT and not _in_schema(holder):
            section = _SECTION_OF_PARENT[holder[-2]]
        elif holder and holder[-1] == "requestBody":
            section = "requestBodies"
        return section, name or "part"


def _in_schema(tokens: list[str]) -> bool:
    """Whether a pointer runs through a schema (where "headers" or "examples" are property names)."""
    return any(t in ("schema", "schemas", "properties", "items") for t in tokens[:-1])


def _is_path_item(doc: Document, pointer: str) -> bool:
    tokens = decode_pointer(pointer)
    return len(tokens) == 2 and tokens[0] == "paths"


__all__ = ["MAX_FILES", "bundle"]
