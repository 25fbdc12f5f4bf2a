"""Compare two IRs and classify every difference by what it does to the emitted clients.

Operations are matched by method and path (path parameter names aside), then by operationId;
parameters by location and wire name, then by their words (``createdAt`` / ``created_at``);
properties likewise; named schemas by name, a removed one that reappears with the same shape under
a new name being a rename. Types are compared as resolved shapes (see shapes.py).

Whether a change breaks depends on which way the value travels: a new required property breaks
callers in a request body and nobody in a response; a property that becomes optional breaks
readers of a response (its type gains ``None``) and nobody in a request. Named schemas used both
ways get the worse of the two.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, Literal

from generator.diff.changes import Change, CodeRef, Severity
from generator.diff.shapes import SCHEMA_PREFIX, Prop, Shape, Shapes
from generator.ir.model import Api, Operation, Parameter, Resource, Response, TypeRef
from generator.ir.words import split_words
from generator.problems import join_pointer
from generator.spec.walk import decode_pointer, resolve

Direction = Literal["request", "response", "both"]

#: formats that change the type a client uses (a datetime, a date, bytes), not just validation
TYPE_FORMATS = {"date-time", "date", "binary", "byte", "time", "duration"}


@dataclass(frozen=True)
class Where:
    """Where a comparison is: which way values go, and how to name the place."""

    direction: Direction
    subject: str  # neutral, e.g. "PhoneNumber.fallbackDestination"
    old_code: CodeRef
    new_code: CodeRef
    optional: bool = False  # an optional property or parameter (its type is already "| None")

    def step(self, label: str, old: tuple[str, ...], new: tuple[str, ...]) -> Where:
        return Where(
            self.direction,
            self.subject + label,
            self.old_code.then(*old),
            self.new_code.then(*new),
        )


def _norm_path(path: str) -> str:
    return re.sub(r"\{[^{}/]*\}", "{}", path)


def _ops(api: Api) -> list[tuple[Resource, Operation]]:
    return [(res, op) for res in api.resources for op in res.operations]


class Differ:
    def __init__(self, old: Api, new: Api, old_data: Any = None, new_data: Any = None) -> None:
        self.old, self.new = old, new
        self.old_data, self.new_data = old_data or {}, new_data or {}
        self.os, self.ns = Shapes(old.schemas), Shapes(new.schemas)
        self.old_components = {s.name for s in old.schemas if not s.synthetic}
        self.new_components = {s.name for s in new.schemas if not s.synthetic}
        self.changes: list[Change] = []
        self.silent = 0
        self.inlined: set[str] = set()  # old components met inline in the new spec
        self.extracted: set[str] = set()  # new components that were inline in the old spec
        self.active: set[tuple[str, str]] = set()
        self.renamed: dict[str, str] = {}  # old component -> new component, same shape
        self.usage = self._usage()

    # -- recording ---------------------------------------------------------------------------
    def add(self, change: Change) -> None:
        self.changes.append(change)

    def by_direction(self, where: Where, request: Severity, response: Severity) -> Severity:
        if where.direction == "request":
            return request
        if where.direction == "response":
            return response
        return request if _rank(request) >= _rank(response) else response

    def narrowed(
        self, where: Where, rule: str, message: str, args: tuple[str, ...], o: Shape, n: Shape
    ) -> None:
        """Fewer values are allowed now: breaks senders, not readers."""
        self.add(
            Change(
                rule,
                self.by_direction(where, "breaking", "compatible"),
                message,
                args,
                o.pointer,
                n.pointer,
                where.old_code,
                where.new_code,
            )
        )

    def widened(
        self,
        where: Where,
        rule: str,
        message: str,
        args: tuple[str, ...],
        o: Shape,
        n: Shape,
        response: Severity = "breaking",
    ) -> None:
        """More values are allowed now: breaks readers (old clients reject them), not senders."""
        sev = self.by_direction(where, "compatible", response)
        note = (
            "old clients reject responses that use the new values"
            if where.direction != "request" and response == "breaking"
            else None
        )
        self.add(
            Change(
                rule,
                sev,
                message,
                args,
                o.pointer,
                n.pointer,
                where.old_code,
                where.new_code,
                note=note,
            )
        )

    @contextmanager
    def quiet(self) -> Iterator[list[Change]]:
        """Collect changes without reporting them (to ask whether two shapes are the same)."""
        saved, saved_inl, saved_ext = self.changes, set(self.inlined), set(self.extracted)
        self.changes = []
        self.silent += 1
        found = self.changes
        try:
            yield found
        finally:
            self.changes = saved
            self.inlined, self.extracted = saved_inl, saved_ext
            self.silent -= 1

    def same_shape(self, o: Shape, n: Shape, direction: Direction = "both") -> bool:
        where = Where(direction, "", CodeRef(("type", "")), CodeRef(("type", "")))
        with self.quiet() as found:
            self.shapes(o, n, where)
        return all(c.severity == "docs" for c in found)

    # -- the whole API -----------------------------------------------------------------------
    def run(self) -> list[Change]:
        self.find_renamed_types()
        self.api_level()
        self.operations()
        self.schemas()
        return self.changes

    def _usage(self) -> dict[str, set[str]]:
        """Which way each named schema travels, in either version: {name: {"request", "response"}}."""
        used: dict[str, set[str]] = {}
        for api, shapes in ((self.old, self.os), (self.new, self.ns)):
            seeds: dict[str, list[TypeRef]] = {"request": [], "response": []}
            for _res, op in _ops(api):
                seeds["request"].extend(p.type for p in op.parameters)
                if op.body is not None:
                    seeds["request"].append(op.body.type)
                seeds["response"].extend(r.type for r in op.responses if r.type is not None)
            for direction, types in seeds.items():
                stack = [name for t in types for name in _type_refs(t)]
                seen: set[str] = set()
                while stack:
                    name = stack.pop()
                    if name in seen or name not in shapes.schemas:
                        continue
                    seen.add(name)
                    used.setdefault(name, set()).add(direction)
                    stack.extend(_json_refs(shapes.schemas[name].json_schema))
        return used

    def direction_of(self, name: str) -> Direction:
        ways = self.usage.get(name, set())
        if ways == {"request"}:
            return "request"
        if ways == {"response"}:
            return "response"
        return "both"

    def find_renamed_types(self) -> None:
        removed = sorted(self.old_components - self.new_components)
        added = [
            n for n in self.new.schemas if not n.synthetic and n.name not in self.old_components
        ]
        if not removed or not added:
            return
        expanded_new = {s.name: self.ns.expand(s.name) for s in added}
        for name in removed:
            o = self.os.expand(name)
            for candidate, n in expanded_new.items():
                if candidate in self.renamed.values() or n.kind != o.kind:
                    continue
                if set(n.props) != set(o.props) or len(n.variants) != len(o.variants):
                    continue
                if self.same_shape(o, n):
                    self.renamed[name] = candidate
                    break

    def api_level(self) -> None:
        o, n = self.old, self.new
        if (
            o.servers
            and n.servers
            and o.servers[0].url != n.servers[0].url
            and not (o.servers[0].template and o.servers[0].template == n.servers[0].template)
        ):
            self.add(
                Change(
                    "base-url-changed",
                    "wire",
                    "default base URL {0} → {1}",
                    (o.servers[0].url, n.servers[0].url),
                    "/servers/0",
                    "/servers/0",
                )
            )
        elif bool(o.servers) != bool(n.servers):
            self.add(
                Change(
                    "servers-changed", "wire", "servers list changed", (), "/servers", "/servers"
                )
            )
        self.servers()
        for attr, label in (
            ("title", "title"),
            ("version", "version"),
            ("description", "description"),
        ):
            a, b = getattr(o, attr), getattr(n, attr)
            if a != b:
                self.add(
                    Change(
                        f"info-{attr}-changed",
                        "docs",
                        f"info {label} changed" + (": {0} → {1}" if attr != "description" else ""),
                        (str(a), str(b)) if attr != "description" else (),
                        f"/info/{attr}",
                        f"/info/{attr}",
                    )
                )
        # names users import and construct: derived from the title or x-clientgen options
        for rule, root in (("package-renamed", ("package",)), ("client-renamed", ("client",))):
            self.add(
                Change(
                    rule,
                    "docs",
                    "the emitted " + root[0] + " name follows info.title and info.x-clientgen",
                    (),
                    "/info",
                    "/info",
                    CodeRef(root),
                    CodeRef(root),
                    renames=True,
                    only_if_renamed=True,
                )
            )
        old_auth = {a.name: a for a in o.auth}
        new_auth = {a.name: a for a in n.auth}
        for name, a in old_auth.items():
            ptr = join_pointer("/components/securitySchemes", name)
            b = new_auth.get(name)
            if b is None:
                kinds_left = {x.kind for x in n.auth}
                self.add(
                    Change(
                        "auth-removed",
                        "breaking" if a.kind not in kinds_left else "wire",
                        "security scheme {0} removed",
                        (name,),
                        ptr,
                        "/components/securitySchemes",
                    )
                )
            elif (a.kind, a.location, a.parameter) != (b.kind, b.location, b.parameter):
                self.add(
                    Change(
                        "auth-changed",
                        "breaking" if a.kind != b.kind else "wire",
                        "security scheme {0} changed: {1} → {2}",
                        (name, _auth_label(a), _auth_label(b)),
                        ptr,
                        ptr,
                    )
                )
            elif a.description != b.description:
                self.add(
                    Change(
                        "auth-description",
                        "docs",
                        "security scheme {0}: description changed",
                        (name,),
                        ptr,
                        ptr,
                    )
                )
        for name in new_auth.keys() - old_auth.keys():
            ptr = join_pointer("/components/securitySchemes", name)
            self.add(
                Change(
                    "auth-added",
                    "compatible",
                    "security scheme {0} added",
                    (name,),
                    "/components",
                    ptr,
                )
            )
        # options a spec gives through x-clientgen (names are compared above, per target)
        if o.options.get("env-var") != n.options.get("env-var"):
            self.add(
                Change(
                    "env-var-changed",
                    "wire",
                    "environment variable for the token changed: {0} → {1}",
                    (str(o.options.get("env-var")), str(n.options.get("env-var"))),
                    "/info/x-clientgen",
                    "/info/x-clientgen",
                )
            )

    def servers(self) -> None:
        """Servers a client selects by name, and their URL variables (client arguments)."""
        o, n = self.old.servers, self.new.servers
        old_names = {s.words: i for i, s in enumerate(o) if s.words}
        new_names = {s.words: i for i, s in enumerate(n) if s.words}
        if len(o) > 1 or len(n) > 1:
            for words, i in old_names.items():
                if words not in new_names:
                    self.add(
                        Change(
                            "server-removed",
                            "breaking",
                            "server {0} ({1}) removed",
                            (" ".join(words), o[i].url),
                            f"/servers/{i}",
                            "/servers",
                        )
                    )
            for words, i in new_names.items():
                if words not in old_names:
                    self.add(
                        Change(
                            "server-added",
                            "compatible",
                            "server {0} ({1}) added",
                            (" ".join(words), n[i].url),
                            "/servers",
                            f"/servers/{i}",
                        )
                    )
        old_vars = {v.name: (i, v) for i, s in reversed(list(enumerate(o))) for v in s.variables}
        new_vars = {v.name: (i, v) for i, s in reversed(list(enumerate(n))) for v in s.variables}
        for name, (i, v) in old_vars.items():
            ptr = join_pointer(f"/servers/{i}", "variables", name)
            if name not in new_vars:
                self.add(
                    Change(
                        "server-variable-removed",
                        "breaking",
                        "server variable {0} removed",
                        (name,),
                        ptr,
                        "/servers",
                    )
                )
                continue
            j, w = new_vars[name]
            nptr = join_pointer(f"/servers/{j}", "variables", name)
            gone = [e for e in v.enum if e not in w.enum] if w.enum else []
            came = [e for e in w.enum if e not in v.enum] if v.enum else []
            if gone or (w.enum and not v.enum):
                self.add(
                    Change(
                        "server-variable-narrowed",
                        "breaking",
                        "server variable {0}: values no longer allowed: {1}",
                        (name, ", ".join(gone) or "any other than " + ", ".join(w.enum)),
                        ptr,
                        nptr,
                    )
                )
            if came or (v.enum and not w.enum):
                self.add(
                    Change(
                        "server-variable-widened",
                        "compatible",
                        "server variable {0}: more values allowed: {1}",
                        (name, ", ".join(came) or "any"),
                        ptr,
                        nptr,
                    )
                )
            if v.default != w.default:
                self.add(
                    Change(
                        "server-variable-default-changed",
                        "wire",
                        "server variable {0}: default {1} → {2}",
                        (name, v.default, w.default),
                        ptr,
                        nptr,
                    )
                )
        for name, (j, _w) in new_vars.items():
            if name not in old_vars:
                self.add(
                    Change(
                        "server-variable-added",
                        "compatible",
                        "server variable {0} added",
                        (name,),
                        "/servers",
                        join_pointer(f"/servers/{j}", "variables", name),
                    )
                )

    # -- operations --------------------------------------------------------------------------
    def operations(self) -> None:
        old_ops = _ops(self.old)
        new_ops = _ops(self.new)
        new_by_key = {(op.method, _norm_path(op.path)): (r, op) for r, op in new_ops}
        new_by_id = {op.operation_id: (r, op) for r, op in new_ops}
        matched: set[str] = set()
        pairs = []
        unmatched = []
        for r, op in old_ops:
            hit = new_by_key.get((op.method, _norm_path(op.path)))
            if hit is not None and hit[1].operation_id not in matched:
                matched.add(hit[1].operation_id)
                pairs.append(((r, op), hit))
            else:
                unmatched.append((r, op))
        for r, op in unmatched:
            hit = new_by_id.get(op.operation_id)
            if hit is not None and hit[1].operation_id not in matched:
                matched.add(hit[1].operation_id)
                pairs.append(((r, op), hit))
            else:
                self.add(
                    Change(
                        "operation-removed",
                        "breaking",
                        "operation {0} removed ({1} {2})",
                        (op.operation_id, op.method, op.path),
                        op.origin,
                        _parent(op.origin),
                        CodeRef(("operation", op.operation_id)),
                        None,
                    )
                )
        for _res, op in new_ops:
            if op.operation_id not in matched:
                self.add(
                    Change(
                        "operation-added",
                        "compatible",
                        "operation {0} added ({1} {2})",
                        (op.operation_id, op.method, op.path),
                        _parent(op.origin),
                        op.origin,
                        None,
                        CodeRef(("operation", op.operation_id)),
                    )
                )
        for (ores, o), (nres, n) in pairs:
            self.operation(ores, o, nres, n)

    def operation(self, ores: Resource, o: Operation, nres: Resource, n: Operation) -> None:
        oc, nc = CodeRef(("operation", o.operation_id)), CodeRef(("operation", n.operation_id))
        label = o.operation_id
        if o.operation_id != n.operation_id:
            self.add(
                Change(
                    "operation-id-changed",
                    "docs",
                    "operationId {0} → {1} ({2} {3}): every generated method is named from it",
                    (o.operation_id, n.operation_id, n.method, n.path),
                    join_pointer(o.origin, "operationId"),
                    join_pointer(n.origin, "operationId"),
                    oc,
                    nc,
                    renames=True,
                )
            )
        elif ores.name != nres.name:
            self.add(
                Change(
                    "operation-moved",
                    "docs",
                    "operation {0} moved from tag {1} to {2}",
                    (o.operation_id, ores.name, nres.name),
                    join_pointer(o.origin, "tags"),
                    join_pointer(n.origin, "tags"),
                    oc,
                    nc,
                    renames=True,
                )
            )
        else:  # the spec did not rename it, but a target's name may still move (a new clash)
            self.add(
                Change(
                    "method-renamed",
                    "docs",
                    "operation {0}: the generated method name changed",
                    (o.operation_id,),
                    o.origin,
                    n.origin,
                    oc,
                    nc,
                    renames=True,
                    only_if_renamed=True,
                )
            )
        if o.method != n.method:
            self.add(
                Change(
                    "method-changed",
                    "wire",
                    "operation {0}: HTTP method {1} → {2}",
                    (label, o.method, n.method),
                    o.origin,
                    n.origin,
                    oc,
                    nc,
                )
            )
        if _norm_path(o.path) != _norm_path(n.path):
            self.add(
                Change(
                    "path-changed",
                    "wire",
                    "operation {0}: path {1} → {2}",
                    (label, o.path, n.path),
                    o.origin,
                    n.origin,
                    oc,
                    nc,
                )
            )
        for attr in ("summary", "description"):
            if getattr(o, attr) != getattr(n, attr):
                self.add(
                    Change(
                        f"operation-{attr}-changed",
                        "docs",
                        f"operation {{0}}: {attr} changed",
                        (label,),
                        join_pointer(o.origin, attr),
                        join_pointer(n.origin, attr),
                        oc,
                        nc,
                    )
                )
        if o.deprecated != n.deprecated:
            self.add(
                Change(
                    "operation-deprecated" if n.deprecated else "operation-undeprecated",
                    "docs",
                    "operation {0} " + ("deprecated" if n.deprecated else "no longer deprecated"),
                    (label,),
                    o.origin,
                    join_pointer(n.origin, "deprecated"),
                    oc,
                    nc,
                )
            )
        self.operation_auth(o, n, label, oc, nc)
        self.parameters(o, n, label)
        self.body(o, n, label)
        self.responses(o, n, label)

    def operation_auth(
        self, o: Operation, n: Operation, label: str, oc: CodeRef, nc: CodeRef
    ) -> None:
        a, b = set(o.auth), set(n.auth)
        if a == b:
            return
        if not a:
            sev: Severity = "wire"
            what = "now requires authentication ({1})"
        elif not b:
            sev, what = "compatible", "no longer requires authentication"
        elif a - b:
            sev, what = "wire", "accepted authentication changed: {1} → {2}"
        else:
            sev, what = "compatible", "accepts more authentication schemes: {2}"
        self.add(
            Change(
                "operation-auth-changed",
                sev,
                "operation {0} " + what,
                (label, ", ".join(sorted(a)) or "none", ", ".join(sorted(b)) or "none"),
                join_pointer(o.origin, "security"),
                join_pointer(n.origin, "security"),
                oc,
                nc,
            )
        )

    # -- parameters --------------------------------------------------------------------------
    def param_pointer(self, data: Any, op: Operation, p: Parameter) -> str:
        """Where the parameter is declared: in the operation, else on its path item."""
        op_node = _lookup(data, op.origin)
        item_pointer = _parent(op.origin)
        for base, node in ((op.origin, op_node), (item_pointer, _lookup(data, item_pointer))):
            params = node.get("parameters") if isinstance(node, dict) else None
            if not isinstance(params, list):
                continue
            for i, raw in enumerate(params):
                target, _ = resolve(data, raw, "")
                if (
                    isinstance(target, dict)
                    and target.get("name") == p.name
                    and target.get("in") == p.location
                ):
                    return join_pointer(base, "parameters", i)
        return join_pointer(op.origin, "parameters")

    def parameters(self, o: Operation, n: Operation, label: str) -> None:
        olds = {(p.location, p.name): p for p in o.parameters}
        news = {(p.location, p.name): p for p in n.parameters}
        pairs = [(olds[k], news[k]) for k in olds if k in news]
        gone = [p for k, p in olds.items() if k not in news]
        came = [p for k, p in news.items() if k not in olds]
        # same words, other spelling (createdAt -> created_at): a wire rename
        for p in list(gone):
            twin = next((q for q in came if q.location == p.location and q.words == p.words), None)
            if twin is None:  # same name, other location
                twin = next((q for q in came if q.name == p.name), None)
            if twin is not None:
                gone.remove(p)
                came.remove(twin)
                pairs.append((p, twin))
        # one path parameter gone, one new, same type: a rename (the URL is the same: the path
        # templates matched with their parameter names aside)
        for loc in ("path",):
            g = [p for p in gone if p.location == loc]
            c = [p for p in came if p.location == loc]
            if len(g) == 1 and len(c) == 1 and g[0].required == c[0].required:
                po = self.os.of_type(g[0].type, "")
                pn = self.ns.of_type(c[0].type, "")
                if self.same_shape(po, pn, "request"):
                    gone.remove(g[0])
                    came.remove(c[0])
                    pairs.append((g[0], c[0]))
        for p in gone:
            self.add(
                Change(
                    "parameter-removed",
                    "breaking",
                    "operation {0}: {1} parameter {2} removed",
                    (label, p.location, p.name),
                    self.param_pointer(self.old_data, o, p),
                    join_pointer(n.origin, "parameters"),
                    CodeRef(("parameter", o.operation_id, p.location, p.name)),
                    None,
                )
            )
        for p in came:
            self.add(
                Change(
                    "parameter-added",
                    "breaking" if p.required else "compatible",
                    "operation {0}: "
                    + ("required" if p.required else "optional")
                    + " {1} parameter {2} added",
                    (label, p.location, p.name),
                    join_pointer(o.origin, "parameters"),
                    self.param_pointer(self.new_data, n, p),
                    None,
                    CodeRef(("parameter", n.operation_id, p.location, p.name)),
                )
            )
        for p, q in pairs:
            self.parameter(o, n, p, q, label)

    def parameter(self, o: Operation, n: Operation, p: Parameter, q: Parameter, label: str) -> None:
        op_ptr = self.param_pointer(self.old_data, o, p)
        np_ptr = self.param_pointer(self.new_data, n, q)
        oc = CodeRef(("parameter", o.operation_id, p.location, p.name))
        nc = CodeRef(("parameter", n.operation_id, q.location, q.name))
        what = f"{label} parameter {p.name}"
        if p.name != q.name:
            self.add(
                Change(
                    "parameter-renamed",
                    "docs",
                    "operation {0}: parameter {1} renamed to {2}",
                    (label, p.name, q.name),
                    op_ptr,
                    np_ptr,
                    oc,
                    nc,
                    renames=True,
                    same_name="wire",
                )
            )
        else:
            self.add(
                Change(
                    "parameter-name-shifted",
                    "docs",
                    "operation {0}: the generated argument for parameter {1} changed",
                    (label, p.name),
                    op_ptr,
                    np_ptr,
                    oc,
                    nc,
                    renames=True,
                    only_if_renamed=True,
                )
            )
        if p.location != q.location:
            self.add(
                Change(
                    "parameter-location-changed",
                    "wire",
                    "operation {0}: parameter {1} moved from {2} to {3}",
                    (label, q.name, p.location, q.location),
                    op_ptr,
                    np_ptr,
                    oc,
                    nc,
                )
            )
        if p.required != q.required:
            self.add(
                Change(
                    "parameter-required" if q.required else "parameter-optional",
                    "breaking" if q.required else "compatible",
                    "operation {0}: parameter {1} becomes "
                    + ("required" if q.required else "optional"),
                    (label, q.name),
                    op_ptr,
                    np_ptr,
                    oc,
                    nc,
                )
            )
        if (p.style, p.explode) != (q.style, q.explode):
            self.add(
                Change(
                    "parameter-style-changed",
                    "wire",
                    "operation {0}: parameter {1} is serialised differently ({2} → {3})",
                    (
                        label,
                        q.name,
                        f"{p.style}, explode={p.explode}",
                        f"{q.style}, explode={q.explode}",
                    ),
                    op_ptr,
                    np_ptr,
                    oc,
                    nc,
                )
            )
        for attr, rule in (
            ("description", "parameter-description-changed"),
            ("default", "parameter-default-changed"),
        ):
            if getattr(p, attr) != getattr(q, attr) or (
                attr == "default" and p.has_default != q.has_default
            ):
                self.add(
                    Change(
                        rule,
                        "docs",
                        "operation {0}: parameter {1}: " + attr + " changed",
                        (label, q.name),
                        op_ptr,
                        np_ptr,
                        oc,
                        nc,
                    )
                )
        if p.deprecated != q.deprecated:
            self.add(
                Change(
                    "parameter-deprecated" if q.deprecated else "parameter-undeprecated",
                    "docs",
                    "operation {0}: parameter {1} "
                    + ("deprecated" if q.deprecated else "no longer deprecated"),
                    (label, q.name),
                    op_ptr,
                    np_ptr,
                    oc,
                    nc,
                )
            )
        where = Where("request", what, oc, nc, optional=not p.required and not q.required)
        self.types(
            p.type, q.type, join_pointer(op_ptr, "schema"), join_pointer(np_ptr, "schema"), where
        )

    # -- bodies and responses ----------------------------------------------------------------
    def body(self, o: Operation, n: Operation, label: str) -> None:
        a, b = o.body, n.body
        optr, nptr = join_pointer(o.origin, "requestBody"), join_pointer(n.origin, "requestBody")
        oc, nc = CodeRef(("body", o.operation_id)), CodeRef(("body", n.operation_id))
        if a is None and b is None:
            return
        if a is None or b is None:
            if b is not None:
                self.add(
                    Change(
                        "body-added",
                        "breaking" if b.required else "compatible",
                        "operation {0}: "
                        + ("required" if b.required else "optional")
                        + " request body added",
                        (label,),
                        o.origin,
                        nptr,
                        None,
                        nc,
                    )
                )
            else:
                self.add(
                    Change(
                        "body-removed",
                        "breaking",
                        "operation {0}: request body removed",
                        (label,),
                        optr,
                        n.origin,
                        oc,
                        None,
                    )
                )
            return
        if a.required != b.required:
            self.add(
                Change(
                    "body-required" if b.required else "body-optional",
                    "breaking" if b.required else "compatible",
                    "operation {0}: request body becomes "
                    + ("required" if b.required else "optional"),
                    (label,),
                    optr,
                    nptr,
                    oc,
                    nc,
                )
            )
        if a.content_type != b.content_type:
            self.add(
                Change(
                    "body-media-type-changed",
                    "wire",
                    "operation {0}: request body media type {1} → {2}",
                    (label, a.content_type, b.content_type),
                    join_pointer(optr, "content"),
                    join_pointer(nptr, "content"),
                    oc,
                    nc,
                )
            )
        if a.description != b.description:
            self.add(
                Change(
                    "body-description-changed",
                    "docs",
                    "operation {0}: request body description changed",
                    (label,),
                    optr,
                    nptr,
                    oc,
                    nc,
                )
            )
        where = Where("request", f"{label} request body", oc, nc)
        self.types(
            a.type,
            b.type,
            join_pointer(optr, "content", a.content_type, "schema"),
            join_pointer(nptr, "content", b.content_type, "schema"),
            where,
        )

    def responses(self, o: Operation, n: Operation, label: str) -> None:
        oc, nc = CodeRef(("response", o.operation_id)), CodeRef(("response", n.operation_id))
        a, b = o.success, n.success
        optr = (
            join_pointer(o.origin, "responses", a.status)
            if a
            else join_pointer(o.origin, "responses")
        )
        nptr = (
            join_pointer(n.origin, "responses", b.status)
            if b
            else join_pointer(n.origin, "responses")
        )
        at = a.type if a is not None else None
        bt = b.type if b is not None else None
        if at is None and bt is not None:
            self.add(
                Change(
                    "result-added",
                    "compatible",
                    "operation {0} now returns a value",
                    (label,),
                    optr,
                    nptr,
                    oc,
                    nc,
                )
            )
        elif at is not None and bt is None:
            self.add(
                Change(
                    "result-removed",
                    "breaking",
                    "operation {0} no longer returns a value",
                    (label,),
                    optr,
                    nptr,
                    oc,
                    nc,
                )
            )
        elif a is not None and b is not None and at is not None and bt is not None:
            if a.status != b.status:
                self.add(
                    Change(
                        "success-status-changed",
                        "compatible",
                        "operation {0}: success status {1} → {2}",
                        (label, a.status, b.status),
                        optr,
                        nptr,
                        oc,
                        nc,
                    )
                )
            if a.encoding != b.encoding:
                self.add(
                    Change(
                        "result-kind-changed",
                        "breaking",
                        "operation {0}: the result is read as {1}, not {2}",
                        (label, b.encoding, a.encoding),
                        join_pointer(optr, "content"),
                        join_pointer(nptr, "content"),
                        oc,
                        nc,
                    )
                )
            if a.content_type != b.content_type:
                self.add(
                    Change(
                        "response-media-type-changed",
                        "wire",
                        "operation {0}: response media type {1} → {2}",
                        (label, str(a.content_type), str(b.content_type)),
                        join_pointer(optr, "content"),
                        join_pointer(nptr, "content"),
                        oc,
                        nc,
                    )
                )
            where = Where("response", f"{label} response", oc, nc)
            self.types(
                at,
                bt,
                join_pointer(optr, "content", str(a.content_type), "schema"),
                join_pointer(nptr, "content", str(b.content_type), "schema"),
                where,
            )
        # the other responses: every 2xx is part of the return type, an error's body is the
        # error's ``body``; added or removed error statuses only shape documentation
        olds: dict[str, Response] = {r.status: r for r in o.responses}
        news: dict[str, Response] = {r.status: r for r in n.responses}
        for status in list(olds) + [s for s in news if s not in olds]:
            r, s = olds.get(status), news.get(status)
            rptr = join_pointer(o.origin, "responses", status)
            sptr = join_pointer(n.origin, "responses", status)
            if (r is not None and r is a) or (s is not None and s is b):
                continue  # the success response: compared above
            success_like = status.startswith("2")
            if r is not None and s is not None:
                if r.description != s.description:
                    self.add(
                        Change(
                            "response-description-changed",
                            "docs",
                            "operation {0}: response {1} description changed",
                            (label, status),
                            join_pointer(rptr, "description"),
                            join_pointer(sptr, "description"),
                            oc,
                            nc,
                        )
                    )
                if r.type is not None and s.type is not None:
                    ocode, ncode = oc, nc
                    if not success_like:
                        ocode = CodeRef(("error", o.operation_id, status))
                        ncode = CodeRef(("error", n.operation_id, status))
                    self.types(
                        r.type,
                        s.type,
                        join_pointer(rptr, "content", str(r.content_type), "schema"),
                        join_pointer(sptr, "content", str(s.content_type), "schema"),
                        Where("response", f"{label} response {status}", ocode, ncode),
                    )
                continue
            typed_2xx_added = success_like and s is not None and s.type is not None
            self.add(
                Change(
                    "response-added" if s is not None else "response-removed",
                    "breaking" if typed_2xx_added else "docs",
                    "operation {0}: response {1} "
                    + ("added" if s is not None else "removed")
                    + (" (the return type gains a member)" if typed_2xx_added else ""),
                    (label, status),
                    rptr if r else join_pointer(o.origin, "responses"),
                    sptr if s else join_pointer(n.origin, "responses"),
                    oc,
                    nc,
                    note="old clients do not expect it" if typed_2xx_added else None,
                )
            )
        self.stream(o, n, label)
        self.pagination(o, n, label)

    def stream(self, o: Operation, n: Operation, label: str) -> None:
        """The server-sent event stream: its own method when the operation also answers JSON."""
        a, b = o.stream, n.stream
        oc, nc = CodeRef(("operation", o.operation_id)), CodeRef(("operation", n.operation_id))
        if a is None and b is None:
            return
        optr = (
            join_pointer(o.origin, "responses", a.status)
            if a
            else join_pointer(o.origin, "responses")
        )
        nptr = (
            join_pointer(n.origin, "responses", b.status)
            if b
            else join_pointer(n.origin, "responses")
        )
        if a is None or b is None:
            self.add(
                Change(
                    "stream-added" if b is not None else "stream-removed",
                    "compatible" if b is not None else "breaking",
                    "operation {0} "
                    + ("can now stream events" if b is not None else "no longer streams events"),
                    (label,),
                    optr,
                    nptr,
                    oc,
                    nc,
                )
            )
            return
        if a.type is not None and b.type is not None:
            self.types(
                a.type,
                b.type,
                join_pointer(optr, "content", str(a.content_type), "schema"),
                join_pointer(nptr, "content", str(b.content_type), "schema"),
                Where(
                    "response",
                    f"{label} event",
                    CodeRef(("response", o.operation_id)),
                    CodeRef(("response", n.operation_id)),
                ),
            )

    def pagination(self, o: Operation, n: Operation, label: str) -> None:
        """Paging: the method's result becomes (or stops being) an iterable of pages."""
        a, b = o.pagination, n.pagination
        if a is None and b is None:
            return
        oc, nc = CodeRef(("operation", o.operation_id)), CodeRef(("operation", n.operation_id))
        optr, nptr = o.origin, n.origin
        if a is None or b is None:
            added = b is not None
            kind = b.kind if b is not None else a.kind if a is not None else ""
            self.add(
                Change(
                    "pagination-added" if added else "pagination-removed",
                    "compatible" if added else "breaking",
                    "operation {0} "
                    + (
                        "now pages: iterating its result fetches every page ({1} paging)"
                        if added
                        else "no longer pages: its page iteration methods are gone ({1} paging)"
                    ),
                    (label, kind),
                    optr,
                    nptr,
                    oc,
                    nc,
                    note=(
                        "iterating the result now yields items across pages, one request per page"
                        if added
                        else None
                    ),
                )
            )
            return
        if a.items != b.items:
            self.add(
                Change(
                    "pagination-items-changed",
                    "breaking",
                    "operation {0}: the items of a page moved from {1} to {2}",
                    (label, ".".join(a.items) or "(the body)", ".".join(b.items) or "(the body)"),
                    optr,
                    nptr,
                    oc,
                    nc,
                )
            )
        steering = ("kind", "parameter", "next", "next_from_item", "next_header", "has_more")
        moved = [f for f in steering if getattr(a, f) != getattr(b, f)]
        if moved:
            self.add(
                Change(
                    "pagination-changed",
                    "wire",
                    "operation {0}: how the next page is requested changed ({1})",
                    (label, ", ".join(moved)),
                    optr,
                    nptr,
                    oc,
                    nc,
                    note="old clients request further pages the old way",
                )
            )

    # -- named schemas -----------------------------------------------------------------------
    def schemas(self) -> None:
        for schema in self.old.schemas:
            if schema.synthetic:
                continue
            name = schema.name
            code = CodeRef(("type", name))
            if name in self.new_components:
                new_schema = self.ns.schemas[name]
                self.add(
                    Change(
                        "type-name-shifted",
                        "docs",
                        "schema {0}: the generated type name changed",
                        (name,),
                        schema.origin,
                        new_schema.origin,
                        code,
                        code,
                        renames=True,
                        only_if_renamed=True,
                    )
                )
                if schema.json_schema == new_schema.json_schema:
                    continue  # the same declaration (named refs inside are compared by name)
                where = Where(self.direction_of(name), name, code, code)
                old_shape, new_shape = self.os.expand(name), self.ns.expand(name)
                old_examples = _examples(schema.json_schema)
                if old_examples != _examples(new_schema.json_schema):
                    self.add(
                        Change(
                            "schema-examples-changed",
                            "docs",
                            "schema {0}: examples changed",
                            (name,),
                            schema.origin,
                            new_schema.origin,
                            code,
                            code,
                        )
                    )
                if schema.description != new_schema.description:
                    self.add(
                        Change(
                            "schema-description-changed",
                            "docs",
                            "schema {0}: description changed",
                            (name,),
                            schema.origin,
                            new_schema.origin,
                            code,
                            code,
                        )
                    )
                self.shapes(old_shape, new_shape, where)
            elif name in self.renamed:
                target = self.renamed[name]
                self.add(
                    Change(
                        "type-renamed",
                        "docs",
                        "schema {0} renamed to {1} (same shape)",
                        (name, target),
                        schema.origin,
                        self.ns.schemas[target].origin,
                        code,
                        CodeRef(("type", target)),
                        renames=True,
                    )
                )
            elif name in self.inlined:
                continue  # its uses now spell the same shape inline: not a change
            else:
                self.add(
                    Change(
                        "type-removed",
                        "breaking",
                        "schema {0} removed",
                        (name,),
                        schema.origin,
                        "/components/schemas",
                        code,
                        None,
                    )
                )
        renamed_to = set(self.renamed.values())
        for schema in self.new.schemas:
            if schema.synthetic or schema.name in self.old_components:
                continue
            if schema.name in renamed_to or schema.name in self.extracted:
                continue
            self.add(
                Change(
                    "type-added",
                    "compatible",
                    "schema {0} added",
                    (schema.name,),
                    "/components/schemas",
                    schema.origin,
                    None,
                    CodeRef(("type", schema.name)),
                )
            )

    # -- shapes ------------------------------------------------------------------------------
    def shapes(self, o: Shape, n: Shape, where: Where) -> None:
        if o.kind == "ref" or n.kind == "ref":
            if o.kind == n.kind == "ref" and o.ref == n.ref:
                self.nullability(o, n, where)
                return
            if o.kind == n.kind == "ref" and self.renamed.get(str(o.ref)) == n.ref:
                self.nullability(o, n, where)
                return  # the rename is reported once, where the schema is declared
            if (
                o.kind == n.kind == "ref"
                and o.ref in self.new_components
                and n.ref in self.old_components
            ):
                self.add(
                    Change(
                        "type-changed",
                        "breaking",
                        "{0}: type {1} → {2}",
                        (where.subject, str(o.ref), str(n.ref)),
                        o.pointer,
                        n.pointer,
                        where.old_code,
                        where.new_code,
                    )
                )
                return
            key = (o.ref or "#" + o.pointer, n.ref or "#" + n.pointer)
            if key in self.active:
                return
            if o.kind == "ref" and n.kind != "ref":
                self.inlined.add(str(o.ref))
            if n.kind == "ref" and o.kind != "ref":
                self.extracted.add(str(n.ref))
            self.active.add(key)
            try:
                oo = self._deref(self.os, o)
                nn = self._deref(self.ns, n)
                self.shapes(oo, nn, where)
            finally:
                self.active.discard(key)
            return
        self.nullability(o, n, where)
        if o.description != n.description and where.subject and o.kind == n.kind:
            pass  # descriptions of a property are reported with the property
        if o.kind == "any" or n.kind == "any":
            if o.kind == n.kind:
                return
            if n.kind == "any":
                self.widened(
                    where,
                    "type-widened",
                    "{0}: type {1} → any",
                    (where.subject, o.label()),
                    o,
                    n,
                    response="compatible",
                )
            else:
                self.narrowed(
                    where, "type-narrowed", "{0}: type any → {1}", (where.subject, n.label()), o, n
                )
            return
        if o.kind == "enum" and n.kind == "enum" and o.primitive == n.primitive:
            self.enum_values(o, n, where)
            return
        if {o.kind, n.kind} == {"enum", "primitive"} and o.primitive == n.primitive:
            if o.kind == "enum":
                self.widened(
                    where,
                    "enum-dropped",
                    "{0}: any {1} allowed now, not only the listed values",
                    (where.subject, str(n.primitive)),
                    o,
                    n,
                    response="compatible",
                )
            else:
                self.narrowed(
                    where,
                    "enum-introduced",
                    "{0}: only listed values allowed now: {1}",
                    (where.subject, _values(n.values)),
                    o,
                    n,
                )
            return
        if o.kind == n.kind == "primitive":
            self.primitive(o, n, where)
            return
        if o.kind == n.kind and o.kind in ("array", "map"):
            assert o.items is not None and n.items is not None
            label, step = ("[]", ("items",)) if o.kind == "array" else ("{}", ("values",))
            self.shapes(o.items, n.items, where.step(label, step, step))
            return
        if o.kind == n.kind == "object":
            self.props(o, n, where)
            return
        if o.kind == n.kind == "union":
            self.variants(o, n, where)
            return
        if n.kind == "union" and any(self._fits(o, v) for v in n.variants):
            self.widened(
                where,
                "type-widened",
                "{0}: type {1} → {2}",
                (where.subject, o.label(), n.label()),
                o,
                n,
            )
            return
        if o.kind == "union" and any(self._fits(n, v) for v in o.variants):
            self.narrowed(
                where,
                "type-narrowed",
                "{0}: type {1} → {2}",
                (where.subject, o.label(), n.label()),
                o,
                n,
            )
            return
        self.add(
            Change(
                "type-changed",
                "breaking",
                "{0}: type {1} → {2}",
                (where.subject, o.label(), n.label()),
                o.pointer,
                n.pointer,
                where.old_code,
                where.new_code,
            )
        )

    def types(self, a: TypeRef, b: TypeRef, optr: str, nptr: str, where: Where) -> None:
        """Compare two type expressions of the IR (parameters, bodies, responses)."""
        if (
            a == b
            and all(
                self.os.schemas[r].json_schema == self.ns.schemas[r].json_schema
                for r in _type_refs(a)
                if r in self.os.schemas
                and r in self.ns.schemas
                and self.os.schemas[r].synthetic
                and self.ns.schemas[r].synthetic
            )
            and all(
                r in self.ns.schemas
                and self.os.schemas[r].synthetic == self.ns.schemas[r].synthetic
                for r in _type_refs(a)
                if r in self.os.schemas
            )
        ):
            return  # the same expression over the same declarations
        self.shapes(self.os.of_type(a, optr), self.ns.of_type(b, nptr), where)

    def _deref(self, shapes: Shapes, s: Shape) -> Shape:
        if s.kind != "ref" or s.ref not in shapes.schemas:
            return s
        out = shapes.expand(str(s.ref))
        out.nullable = out.nullable or s.nullable
        return out

    def _fits(self, s: Shape, v: Shape) -> bool:
        if s.kind != v.kind:
            return False
        if s.kind == "ref":
            return s.ref == v.ref or self.renamed.get(str(s.ref)) == v.ref
        if s.kind in ("primitive", "enum"):
            return s.primitive == v.primitive
        return True

    def nullability(self, o: Shape, n: Shape, where: Where) -> None:
        if o.nullable == n.nullable:
            return
        if where.optional:  # "| None" already: only what the server accepts or sends changes
            self.add(
                Change(
                    "nullable-changed",
                    "compatible",
                    "{0}: " + ("may be null now" if n.nullable else "no longer null"),
                    (where.subject,),
                    o.pointer,
                    n.pointer,
                    where.old_code,
                    where.new_code,
                )
            )
        elif n.nullable:
            self.widened(where, "nullable-added", "{0}: may be null now", (where.subject,), o, n)
        else:
            self.narrowed(
                where, "nullable-removed", "{0}: no longer accepts null", (where.subject,), o, n
            )

    def primitive(self, o: Shape, n: Shape, where: Where) -> None:
        if o.primitive != n.primitive:
            pair = (o.primitive, n.primitive)
            args = (where.subject, o.label(), n.label())
            if pair == ("integer", "number"):
                self.widened(where, "type-widened", "{0}: type {1} → {2}", args, o, n)
            elif pair == ("number", "integer"):
                self.narrowed(where, "type-narrowed", "{0}: type {1} → {2}", args, o, n)
            else:
                self.add(
                    Change(
                        "type-changed",
                        "breaking",
                        "{0}: type {1} → {2}",
                        args,
                        o.pointer,
                        n.pointer,
                        where.old_code,
                        where.new_code,
                    )
                )
            return
        if o.format != n.format:
            typed = bool({o.format, n.format} & TYPE_FORMATS)
            self.add(
                Change(
                    "format-changed",
                    "breaking" if typed else "compatible",
                    "{0}: format {1} → {2}",
                    (where.subject, str(o.format or "none"), str(n.format or "none")),
                    o.pointer,
                    n.pointer,
                    where.old_code,
                    where.new_code,
                )
            )

    def enum_values(self, o: Shape, n: Shape, where: Where) -> None:
        removed = [v for v in o.values if v not in n.values]
        added = [v for v in n.values if v not in o.values]
        if removed:
            self.add(
                Change(
                    "enum-value-removed",
                    "breaking",
                    "{0}: enum value" + ("s" if len(removed) > 1 else "") + " removed: {1}",
                    (where.subject, _values(tuple(removed))),
                    o.pointer,
                    n.pointer,
                    where.old_code,
                    where.new_code,
                )
            )
        if added:
            self.add(
                Change(
                    "enum-value-added",
                    "compatible",
                    "{0}: enum value" + ("s" if len(added) > 1 else "") + " added: {1}",
                    (where.subject, _values(tuple(added))),
                    o.pointer,
                    n.pointer,
                    where.old_code,
                    where.new_code,
                )
            )

    def props(self, o: Shape, n: Shape, where: Where) -> None:
        gone = [p for name, p in o.props.items() if name not in n.props]
        came = [p for name, p in n.props.items() if name not in o.props]
        pairs = [(p, n.props[name]) for name, p in o.props.items() if name in n.props]
        for p in list(gone):
            words = split_words(p.name)
            twin = next((q for q in came if split_words(q.name) == words), None)
            if twin is not None:
                gone.remove(p)
                came.remove(twin)
                pairs.append((p, twin))
        for p in gone:
            required_read = p.required and where.direction != "request"
            self.add(
                Change(
                    "property-removed",
                    "breaking",
                    "{0}: property {1} removed",
                    (where.subject or "(type)", p.name),
                    p.pointer,
                    n.pointer,
                    where.old_code.then("field", p.name),
                    None,
                    note="old clients reject responses without it" if required_read else None,
                )
            )
        for q in came:
            sev = self.by_direction(where, "breaking" if q.required else "compatible", "compatible")
            self.add(
                Change(
                    "property-added",
                    sev,
                    "{0}: " + ("required" if q.required else "optional") + " property {1} added",
                    (where.subject or "(type)", q.name),
                    o.pointer,
                    q.pointer,
                    None,
                    where.new_code.then("field", q.name),
                )
            )
        for p, q in pairs:
            self.prop(p, q, where)

    def prop(self, p: Prop, q: Prop, where: Where) -> None:
        inner = where.step("." + q.name, ("field", p.name), ("field", q.name))
        inner = Where(
            inner.direction,
            inner.subject,
            inner.old_code,
            inner.new_code,
            optional=not p.required and not q.required,
        )
        if p.name != q.name:
            self.add(
                Change(
                    "property-renamed",
                    "docs",
                    "{0}: property {1} renamed to {2}",
                    (where.subject or "(type)", p.name, q.name),
                    p.pointer,
                    q.pointer,
                    inner.old_code,
                    inner.new_code,
                    renames=True,
                    same_name="wire",
                )
            )
        if p.required != q.required:
            if q.required:
                sev = self.by_direction(where, "breaking", "compatible")
                self.add(
                    Change(
                        "property-required",
                        sev,
                        "{0} becomes required",
                        (inner.subject,),
                        p.pointer,
                        q.pointer,
                        inner.old_code,
                        inner.new_code,
                    )
                )
            else:
                sev = self.by_direction(where, "compatible", "breaking")
                note = (
                    "old clients reject responses without it"
                    if where.direction != "request"
                    else None
                )
                self.add(
                    Change(
                        "property-optional",
                        sev,
                        "{0} becomes optional",
                        (inner.subject,),
                        p.pointer,
                        q.pointer,
                        inner.old_code,
                        inner.new_code,
                        note=note,
                    )
                )
        for attr in ("description", "examples", "default", "deprecated", "read_only", "write_only"):
            a, b = getattr(p, attr), getattr(q, attr)
            if a != b or (attr == "default" and p.has_default != q.has_default):
                label = {"read_only": "readOnly", "write_only": "writeOnly"}.get(attr, attr)
                self.add(
                    Change(
                        f"property-{label.lower()}-changed",
                        "docs",
                        "{0}: " + label + " changed",
                        (inner.subject,),
                        p.pointer,
                        q.pointer,
                        inner.old_code,
                        inner.new_code,
                    )
                )
        if (
            p.shape.description != q.shape.description
            and p.description == q.description
            and p.shape.kind != "ref"
        ):
            self.add(
                Change(
                    "property-description-changed",
                    "docs",
                    "{0}: description changed",
                    (inner.subject,),
                    p.pointer,
                    q.pointer,
                    inner.old_code,
                    inner.new_code,
                )
            )
        self.shapes(p.shape, q.shape, inner)

    def variants(self, o: Shape, n: Shape, where: Where) -> None:
        okeys = [self._variant_key(v, i, o) for i, v in enumerate(o.variants)]
        nkeys = [self._variant_key(v, i, n) for i, v in enumerate(n.variants)]
        # old refs renamed in the new spec match their new names
        okeys = [self.renamed.get(k, k) for k in okeys]
        match: dict[int, int] = {}
        # first the variants that are the same shape, then those of the same kind, in order
        for i, ov in enumerate(o.variants):
            for j, nv in enumerate(n.variants):
                if (
                    j not in match.values()
                    and okeys[i] == nkeys[j]
                    and self.same_shape(ov, nv, where.direction)
                ):
                    match[i] = j
                    break
        for i in range(len(o.variants)):
            if i in match:
                continue
            for j in range(len(n.variants)):
                if j not in match.values() and okeys[i] == nkeys[j]:
                    match[i] = j
                    break
        for i, ov in enumerate(o.variants):
            if i in match:
                key = okeys[i]
                self.shapes(
                    ov,
                    n.variants[match[i]],
                    where.step(f"|{key}", ("variant", key), ("variant", key)),
                )
            else:
                self.narrowed(
                    where,
                    "variant-removed",
                    "{0}: variant {1} removed",
                    (where.subject, okeys[i]),
                    ov,
                    n,
                )
        for j, nv in enumerate(n.variants):
            if j not in match.values():
                self.widened(
                    where,
                    "variant-added",
                    "{0}: variant {1} added",
                    (where.subject, nkeys[j]),
                    o,
                    nv,
                    response="wire",
                )
        if o.discriminator != n.discriminator:
            self.add(
                Change(
                    "discriminator-changed",
                    "wire",
                    "{0}: discriminator {1} → {2}",
                    (where.subject, str(o.discriminator), str(n.discriminator)),
                    o.pointer,
                    n.pointer,
                    where.old_code,
                    where.new_code,
                )
            )
        for value, target in o.mapping.items():
            new_target = n.mapping.get(value)
            if new_target is not None and new_target != self.renamed.get(target, target):
                self.add(
                    Change(
                        "discriminator-mapping-changed",
                        "wire",
                        "{0}: discriminator value {1} now means {2}, not {3}",
                        (where.subject, value, new_target, target),
                        o.pointer,
                        n.pointer,
                        where.old_code,
                        where.new_code,
                    )
                )

    def _variant_key(self, v: Shape, index: int, union: Shape) -> str:
        if v.kind == "ref":
            return str(v.ref)
        if v.kind == "object" and union.discriminator and union.discriminator in v.props:
            tag = v.props[union.discriminator].shape
            if tag.kind == "enum" and len(tag.values) == 1:
                return f"{union.discriminator}={tag.values[0]}"
        if v.kind in ("primitive", "enum"):
            return f"{v.kind}:{v.primitive}"
        if v.kind in ("array", "map") and v.items is not None:
            return f"{v.kind}:{v.items.kind}:{v.items.ref or v.items.primitive or ''}"
        return f"{v.kind}#{index}"


def _examples(schema: Any) -> Any:
    if not isinstance(schema, dict):
        return None
    return schema.get("examples", schema.get("example"))


def _rank(s: Severity) -> int:
    return {"docs": 0, "compatible": 1, "wire": 2, "breaking": 3}[s]


def _values(values: tuple[Any, ...]) -> str:
    return ", ".join(repr(v) if not isinstance(v, str) else v for v in values)


def _auth_label(a: Any) -> str:
    if a.kind == "api_key":
        return f"api key in {a.location} {a.parameter}"
    return str(a.kind)


def _parent(pointer: str) -> str:
    return pointer.rsplit("/", 1)[0] if "/" in pointer else pointer


def _lookup(data: Any, pointer: str) -> Any:
    node = data
    for token in decode_pointer(pointer):
        if isinstance(node, dict):
            node = node.get(token)
        else:
            return None
    return node


def _type_refs(t: TypeRef | None) -> Iterator[str]:
    if t is None:
        return
    if t.ref is not None:
        yield t.ref
    yield from _type_refs(t.items)
    for v in t.variants:
        yield from _type_refs(v)


def _json_refs(node: Any) -> Iterator[str]:
    stack = [node]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            ref = item.get("$ref")
            if isinstance(ref, str) and ref.startswith(SCHEMA_PREFIX):
                tokens = decode_pointer("/" + ref[len(SCHEMA_PREFIX) :])
                if len(tokens) == 1:
                    yield tokens[0]
            stack.extend(
                v
                for k, v in item.items()
                if k not in ("enum", "const", "default", "examples", "example")
            )
        elif isinstance(item, list):
            stack.extend(item)


def compare(old: Api, new: Api, old_data: Any = None, new_data: Any = None) -> list[Change]:
    """Every difference between two versions of an API, classified (before per-target names)."""
    return Differ(old, new, old_data, new_data).run()
