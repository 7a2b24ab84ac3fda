"""The contract: every golden output validates against the models and the generated JSON Schema."""
from __future__ import annotations

import json

import jsonschema
import pytest
from pydantic import ValidationError

import tbparse
from tbparse.models import Notice

from .conftest import FIXTURES, SEED

GOLDENS = sorted(FIXTURES.glob("*.json"))


@pytest.fixture(scope="module")
def schema() -> dict:
    return Notice.model_json_schema(by_alias=True)


@pytest.mark.parametrize("path", GOLDENS, ids=[p.stem for p in GOLDENS])
def test_golden_validates(path, schema) -> None:
    d = json.loads(path.read_text(encoding="utf-8"))
    jsonschema.validate(d, schema)
    assert Notice.model_validate(d).to_dict() == d


def test_contract_field_names_are_fixed(schema) -> None:
    props = set(schema["properties"])
    fixed = {
        "schema_version", "source", "party", "issuer", "number", "place", "date", "doc_type", "subject",
        "meeting", "attendees", "preamble", "sections", "closing", "signature", "recipients", "references",
        "unplaced", "warnings",
    }
    assert fixed <= props
    defs = schema["$defs"]
    assert {"raw", "seq", "type_code", "issuer_code"} <= set(defs["Number"]["properties"])
    assert {"number", "title", "role", "line", "paragraphs", "items"} <= set(defs["Section"]["properties"])
    assert {"authority", "position", "signer", "note"} <= set(defs["Signature"]["properties"])


def test_bad_dict_is_rejected() -> None:
    d = json.loads(GOLDENS[0].read_text(encoding="utf-8"))
    d["sections"][0]["role"] = "nonsense" if d["sections"] else None
    with pytest.raises(Exception):
        Notice.model_validate(d)


def test_mentions_are_in_the_schema_and_stay_dicts(schema) -> None:
    defs = schema["$defs"]
    assert set(defs["Reference"]["properties"]) == {
        "text", "kind", "system", "number", "seq", "type_code", "issuer_code", "year", "date", "issuer", "lines"}
    assert set(defs["NamedPerson"]["properties"]) == {"name", "title", "lines"}
    assert set(defs["DateMention"]["properties"]) == {"text", "date", "start", "end", "line"}
    assert set(defs["Abbreviation"]["properties"]) == {"abbr", "expansion", "lines"}
    doc = tbparse.parse_file(str(SEED))
    assert isinstance(doc.references[0], dict) and doc.people[0]["name"] == "Lê Tiến Phương"
    bad = doc.to_dict()
    bad["references"][0]["lines"] = "42"
    with pytest.raises(ValidationError):
        Notice.model_validate(bad)
