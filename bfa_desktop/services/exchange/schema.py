"""JSON Schema of the exchange format, generated from the same tree the reader validates with.

`python -m bfa_desktop.services.exchange.schema` rewrites the published copy in
resources/exchange/; a test fails when that copy is out of date.
"""

from __future__ import annotations

import json
from datetime import date, datetime
from enum import StrEnum
from pathlib import Path
from typing import Any

from bfa_desktop.model.catalog import ROOT, Field, all_nodes
from bfa_desktop.paths import resource_path
from bfa_desktop.services.exchange.reader import MAX_FILE_BYTES, megabytes
from bfa_desktop.services.exchange.version import FORMAT_NAME, FORMAT_VERSION

UUID_PATTERN = "^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"


def schema_path() -> Path:
    return resource_path("exchange", f"{FORMAT_NAME}-v{FORMAT_VERSION}.schema.json")


def json_schema() -> dict[str, Any]:
    definitions = {n.cls.__name__: _object_schema(n) for n in all_nodes()}
    definitions["uuid"] = {"type": "string", "pattern": UUID_PATTERN}
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": f"BFA Desktop utbytesformat, version {FORMAT_VERSION}",
        "description": "En kommuns brottsförebyggande samverkan med alla perioder. Ägda poster "
        "ligger inbäddade; övriga kopplingar anges med postens uuid. Listornas ordning är "
        f"dokumentens ordning. Högst {megabytes(MAX_FILE_BYTES)}.",
        "type": "object",
        "additionalProperties": False,
        "required": ["format", "version", "municipality"],
        "properties": {
            "format": {"const": FORMAT_NAME},
            "version": {"const": FORMAT_VERSION},
            "application": {"type": "string"},
            "exported_at": {"type": "string", "format": "date-time"},
            "municipality": {"$ref": f"#/$defs/{ROOT.__name__}"},
        },
        "$defs": definitions,
    }


def _object_schema(node: Any) -> dict[str, Any]:
    properties: dict[str, Any] = {f.name: _field_schema(f) for f in node.fields}
    required = [f.name for f in node.fields if f.required]
    for reference in node.references:
        single: dict[str, Any] = {"$ref": "#/$defs/uuid"}
        if reference.many:
            properties[reference.name] = {"type": "array", "items": single, "uniqueItems": True}
        elif reference.nullable:
            properties[reference.name] = {"anyOf": [single, {"type": "null"}]}
        else:
            properties[reference.name] = single
        required.append(reference.name)
    for child in node.children:
        target: dict[str, Any] = {"$ref": f"#/$defs/{child.target.__name__}"}
        if child.many:
            properties[child.name] = {"type": "array", "items": target}
        else:
            properties[child.name] = {"anyOf": [target, {"type": "null"}]}
        required.append(child.name)
    return {
        "type": "object",
        "additionalProperties": False,
        "required": required,
        "properties": properties,
    }


def _field_schema(field: Field) -> dict[str, Any]:
    schema: dict[str, Any]
    if field.name == "uuid":
        return {"$ref": "#/$defs/uuid"}
    if isinstance(field.kind, type) and issubclass(field.kind, StrEnum):
        schema = {"enum": [member.value for member in field.kind]}
    elif field.kind is bool:
        schema = {"type": "boolean"}
    elif field.kind is int:
        schema = {"type": "integer"}
    elif field.kind is float:
        schema = {"type": "number"}
    elif field.kind is bytes:
        schema = {"type": "string", "contentEncoding": "base64"}
    elif field.kind is date:
        schema = {"type": "string", "format": "date"}
    elif field.kind is datetime:
        schema = {"type": "string", "description": "UTC, ÅÅÅÅ-MM-DDTtt:mm:ss[.ffffff]"}
    elif field.rich_text:
        schema = {
            "type": "string",
            "maxLength": field.max_length,
            "contentMediaType": "text/markdown",
            "description": "Rich text: paragraphs, - and 1. lists, **bold**, *italic*.",
        }
    else:
        schema = {"type": "string", "maxLength": field.max_length}
    if field.nullable:
        return {"anyOf": [schema, {"type": "null"}]}
    return schema


def render() -> str:
    return json.dumps(json_schema(), ensure_ascii=False, indent=2) + "\n"


if __name__ == "__main__":
    schema_path().parent.mkdir(parents=True, exist_ok=True)
    schema_path().write_text(render(), encoding="utf-8")
    print(schema_path())
