"""The TypeScript target's names for what a spec declares (see generator/targets/names.py).

The names come from target.declared_names, the function prepare() renders with; a test checks
them against a rendered client.
"""

from __future__ import annotations

from generator.ir.model import Api
from generator.targets.typescript import naming
from generator.targets.typescript.target import declared_names


class TypeScriptNames:
    language = "typescript"
    exact = True

    def __init__(self, api: Api, options: dict[str, str] | None = None) -> None:
        declared = declared_names(api, options)
        self._package = declared.package
        self._client = declared.prefix + "Client"
        self._types = declared.types
        self._ops: dict[str, str] = {}
        self._params: dict[tuple[str, str, str], str] = {}
        for res, (attr, methods) in zip(api.resources, declared.resources, strict=True):
            for op, (method, args) in zip(res.operations, methods, strict=True):
                self._ops[op.operation_id] = f"{attr}.{method}"
                for (location, wire), name in args.items():
                    # path parameters are arguments; the others go in one params object, keyed
                    # by wire name
                    self._params[(op.operation_id, location, wire)] = (
                        name if location == "path" else naming.member_access("params", name)
                    )

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
