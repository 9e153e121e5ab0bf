"""Exchange files of an older format version, and the envelope: the version must be an integer
(not true), problems of a version 1 file are named as that file names them, and the size limit
is one number, printed one way, the README's."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from bfa_desktop import model
from bfa_desktop.cli import ExitCode, main
from bfa_desktop.services import exchange
from bfa_desktop.services.exchange.reader import MAX_FILE_BYTES, megabytes
from bfa_desktop.services.exchange.schema import json_schema
from bfa_desktop.storage.database import Database

README = Path(__file__).parents[2] / "README.md"


@pytest.fixture
def current(demo_database: Database) -> dict[str, Any]:
    with demo_database.session() as session:
        municipality = session.scalars(select(model.Municipality)).one()
        text = exchange.dumps(exchange.export_municipality(municipality))
    return json.loads(text)


def as_version_1(document: dict[str, Any], **municipality: Any) -> dict[str, Any]:
    """The document as version 1 wrote it: the case-number prefix, no template or logo."""
    old = copy.deepcopy(document)
    old["version"] = 1
    for name in ("dnr_pattern", "template", "template_name", "logo", "logo_name"):
        old["municipality"].pop(name, None)
    old["municipality"]["dnr_prefix"] = "KS"
    old["municipality"].update(municipality)
    return old


def problems(document: dict[str, Any]) -> list[str]:
    with pytest.raises(exchange.ExchangeError) as refused:
        exchange.validate(document)
    return refused.value.problems


@pytest.mark.parametrize("version", [True, False, 1.0, "1", None])
def test_a_version_that_is_not_an_integer_is_refused(current: dict[str, Any], version: Any) -> None:
    """true == 1 in Python: it was read as version 1."""
    document = as_version_1(current)
    document["version"] = version
    assert problems(document) == ["version: saknas eller är inte ett heltal."]


def test_a_version_1_file_reads_as_before(current: dict[str, Any]) -> None:
    document = as_version_1(current)
    exchange.validate(document)
    assert document["municipality"]["dnr_pattern"] == "KS ÅÅÅÅ/NNNN"


@pytest.mark.parametrize(
    ("prefix", "problem"),
    [
        ("K" * 45, "municipality.dnr_prefix: texten är för lång (45 tecken, högst 20)."),
        ("K" * 21, "municipality.dnr_prefix: texten är för lång (21 tecken, högst 20)."),
        (5, "municipality.dnr_prefix: ska vara text, inte ett tal."),
        (None, "municipality.dnr_prefix: får inte vara null."),
    ],
    ids=["far-too-long", "too-long", "number", "null"],
)
def test_a_version_1_problem_names_the_field_of_version_1(
    current: dict[str, Any], prefix: object, problem: str
) -> None:
    """Before, a long prefix was reported as a `dnr_pattern` the file does not have, and one of
    the wrong type was silently left out."""
    found = problems(as_version_1(current, dnr_prefix=prefix))
    assert found == [problem]


def test_fields_version_1_did_not_have_are_unknown_in_a_version_1_file(
    current: dict[str, Any],
) -> None:
    document = as_version_1(current, dnr_pattern="Dnr ÅÅÅÅ-NNN", logo_name="logga.png")
    assert problems(document) == [
        "municipality.dnr_pattern: okänt fält i formatversion 1.",
        "municipality.logo_name: okänt fält i formatversion 1.",
    ]


def test_a_file_with_version_true_is_refused_by_import_json(
    current: dict[str, Any], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "sant.json"
    document = as_version_1(current)
    document["version"] = True
    path.write_text(json.dumps(document), encoding="utf-8")
    target = tmp_path / "ny.sqlite3"

    assert main(["--database", str(target), "import-json", str(path)]) == ExitCode.REFUSED_INPUT

    assert "version: saknas eller är inte ett heltal" in capsys.readouterr().err
    assert not target.exists()


def test_sizes_are_printed_in_mb_of_1024_times_1024_bytes() -> None:
    assert megabytes(MAX_FILE_BYTES) == "64 MB"
    assert megabytes(MAX_FILE_BYTES + 1) == "64,1 MB"  # over the limit, and says so
    assert megabytes(20 * 1024 * 1024) == "20 MB"
    assert megabytes(1) == "0,1 MB"


def test_the_size_limit_is_the_same_in_the_message_the_schema_and_the_readme(
    tmp_path: Path,
) -> None:
    big = tmp_path / "stor.json"
    with big.open("wb") as file:
        file.truncate(MAX_FILE_BYTES + 1)  # sparse: refused before it is read

    with pytest.raises(exchange.ExchangeError) as refused:
        exchange.read_file(big)

    assert refused.value.problems == ["Filen är för stor (64,1 MB; högst 64 MB)."]
    assert json_schema()["description"].endswith("Högst 64 MB.")
    assert "files over 64 MB" in README.read_text(encoding="utf-8")
    with pytest.raises(exchange.ExchangeError, match=r"högst 64 MB\)"):
        exchange.loads(b" " * (MAX_FILE_BYTES + 1))
