"""One call of datamodel-code-generator, in this process or as a worker process of its own.

This file imports nothing of clientgen's: the models stage (models.py) decides every argument and
either calls ``call`` here, or runs this file as a script (``python -P dmcg_call.py``: no package
import, so the worker loads only the tool) that imports the tool while the main process loads the
spec, then reads one pickled ``(document, options)`` from stdin and writes back the pickled
outcome: ``("ok", (module source, model metadata))`` or ``("error", message)``.
"""

from __future__ import annotations

import contextlib
import io
import json
import tempfile
import warnings
from pathlib import Path
from typing import Any

#: what the worker imports before it reads its document (about a second, a small spec's most)
TOOL_MODULES = (
    "datamodel_code_generator",
    "datamodel_code_generator.config",
    "datamodel_code_generator.parser.openapi",
    "datamodel_code_generator.model.pydantic_v2",
)


def call(document: dict[str, Any], options: dict[str, Any]) -> tuple[str | Any, dict[str, Any]]:
    """Pydantic v2 models for the OpenAPI ``document``, with the tool's ``options`` (keyword
    arguments of ``datamodel_code_generator.generate``); returns what the tool returned (the module
    as text) and its model metadata. Output and warnings of the tool are swallowed; its exceptions
    propagate."""
    import datamodel_code_generator as dmcg
    from datamodel_code_generator import DataModelType, InputFileType, PythonVersion

    out = io.StringIO()
    with (
        warnings.catch_warnings(),
        contextlib.redirect_stdout(out),
        contextlib.redirect_stderr(out),
        tempfile.TemporaryDirectory(prefix="clientgen-models-") as tmp,
    ):
        warnings.simplefilter("ignore")
        metadata_path = Path(tmp) / "models.json"
        result = dmcg.generate(
            document,
            input_file_type=InputFileType.OpenAPI,
            output_model_type=DataModelType.PydanticV2BaseModel,
            target_python_version=PythonVersion.PY_310,
            formatters=[],
            emit_model_metadata=metadata_path,
            **options,
        )
        metadata = json.loads(metadata_path.read_text(encoding="utf-8"))
    return result, metadata


def serve() -> None:
    """The worker: import the tool, then answer one request from stdin on stdout."""
    import importlib
    import pickle
    import sys

    for name in TOOL_MODULES:
        importlib.import_module(name)
    document, options = pickle.loads(sys.stdin.buffer.read())
    try:
        outcome: tuple[str, Any] = ("ok", call(document, options))
    except Exception as exc:  # reported by the main process, which then runs the call itself
        outcome = ("error", f"{type(exc).__name__}: {exc}")
    sys.stdout.buffer.write(pickle.dumps(outcome, protocol=pickle.HIGHEST_PROTOCOL))
    sys.stdout.buffer.flush()


if __name__ == "__main__":
    serve()
