"""The TypeScript target's names for what a spec declares (see generator/targets/names.py).

The same naming calls, in the same order, as target.py makes when it renders; a test checks the
names against a rendered client.
"""

from __future__ import annotations

from generator.ir.model import Api
from generator.targets.typescript import naming
from generator.targets.typescript.target import (
    CLIENT_RESERVED,
    EXPORTED,
    PARAM_RESERVED,
    client_prefix,
    npm_name,
)


class TypeScriptNames:
    language = "typescript"
    exact = True

    def __init__(self, api: Api, options: dict[str, str] | None = None) -> None:
        options = options or {}
        prefix = client_prefix(api, options.get("client-name"))
        self._package = npm_name(api, options.get("package-name"))
        self._client = prefix + "Client"
        taken: set[str] = {*EXPORTED, self._client, self._client + "Options", prefix + "Error"}
        self._types = {s.name: naming.type_name(s.name, s.words, taken) for s in api.schemas}
        self._ops: dict[str, str] = {}
        self._params: dict[tuple[str, str, str], str] = {}
        attrs: set[str] = set(CLIENT_RESERVED)
        for res in api.resources:
            attr = naming.unique_member(naming.camel(res.words or ("default",)), attrs, set())
            methods: set[str] = set()
            for op in res.operations:
                method = naming.unique_member(naming.camel(op.words), methods, {"constructor"})
                self._ops[op.operation_id] = f"{attr}.{method}"
                args: set[str] = set(PARAM_RESERVED)
                keys: set[str] = set()
                for p in op.parameters:
                    if p.location == "path":
                        name = naming.member_name(p.words, args, PARAM_RESERVED)
                    else:  # the others go in one params object, keyed by wire name
                        key = p.name if p.name not in keys else f"{p.location}:{p.name}"
                        keys.add(key)
                        name = naming.member_access("params", key)
                    self._params[(op.operation_id, p.location, p.name)] = name

    def package(self) -> str:
        return self._package

    def client(self) -> str:
        return self._client

    def operation(self, operation_id: str) -> str | None:
        return self._ops.get(operation_id)

    def parameter(self, operation_id: str, location: str, name: str) -> str | None:
        return self._params.get((operation_id, location, name))

    def type(self, schema: str) -> str | None:
        return self._types.get(schema)

    def field(self, name: str) -> str:
        return name  # interfaces keep the wire names


def client_names(api: Api) -> TypeScriptNames:
    return TypeScriptNames(api)
