"""The Python target's names for what a spec declares (see generator/targets/names.py).

The names come from target.declared_names, the function prepare() renders with; a test checks
them against the committed client in generated/python.
"""

from __future__ import annotations

import keyword
import re

from generator.ir.model import Api
from generator.ir.words import split_words
from generator.targets.python import naming
from generator.targets.python.target import declared_names

#: property names pydantic keeps for itself; such fields get a ``field_`` prefix (see models.py)
_PYDANTIC_PROTECTED = ("model_dump", "model_validate")
#: names datamodel-code-generator suffixes with ``_``: pydantic.BaseModel's attributes
#: (its PYDANTIC_BASE_MODEL_ATTRIBUTES, without the dunders) and the types models.py annotates with
_SUFFIXED = frozenset(
    """
    construct copy dict from_orm json model_computed_fields model_config model_construct
    model_copy model_extra model_fields model_fields_set model_json_schema
    model_parametrized_name model_post_init model_rebuild model_validate_json
    model_validate_strings mro parse_file parse_obj parse_raw register schema schema_json
    update_forward_refs validate str int float bool list bytes
    """.split()
)


class PythonNames:
    language = "python"
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
                    self._params[(op.operation_id, location, wire)] = name

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
        """The attribute name; where several properties of one class share it, models.py
        numbers them (``first_name_2``), which this schema-blind answer does not know."""
        # models.py names these itself (see _field_aliases there)
        python = naming.snake(split_words(name))
        if python.startswith(_PYDANTIC_PROTECTED):
            return "field_" + python
        if not name.isascii():
            return python
        # the rest: datamodel-code-generator's snake_case_field (reference.get_valid_name)
        text = re.sub(r"\W", "_", name) or "field"
        if text[0].isdigit():
            text = "field_" + text
        if text.startswith("_"):
            text = "field" + text
        text = re.sub(r"([^_])([A-Z][a-z]+)", r"\1_\2", text)
        text = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", text).lower()
        return text + "_" if keyword.iskeyword(text) or text in _SUFFIXED else text


def client_names(api: Api) -> PythonNames:
    return PythonNames(api)
