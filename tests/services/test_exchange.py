"""The JSON exchange format: lossless round trips, and refusal of bad input without changes."""

from __future__ import annotations

import copy
import json
import random
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from bfa_desktop import model
from bfa_desktop.services import exchange
from bfa_desktop.services.exchange import reader
from bfa_desktop.services.exchange.schema import render, schema_path
from bfa_desktop.storage.database import Database, open_database
from tests.factories import random_municipality
from tests.helpers import database_fingerprint, row_counts


def export_from(database: Database) -> dict[str, Any]:
    with database.session() as session:
        municipality = session.scalars(select(model.Municipality)).one()
        document = exchange.export_municipality(municipality)
    return json.loads(exchange.dumps(document))  # as it travels: through JSON text


def import_into(database: Database, document: Any, replace: bool = False) -> None:
    with database.session() as session:
        exchange.import_document(session, document, replace=replace)


def without_timestamp(document: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in document.items() if key != "exported_at"}


def generated_database(path: Path, seed: int) -> Database:
    database = open_database(path)
    with database.session() as session:
        session.add(random_municipality(random.Random(seed)))
    return database


# --- round trips -----------------------------------------------------------------------------


@pytest.mark.parametrize("seed", range(4))
def test_round_trip_of_generated_data_is_lossless(tmp_path: Path, seed: int) -> None:
    source = generated_database(tmp_path / "a.sqlite3", seed)
    first = export_from(source)
    target = open_database(tmp_path / "b.sqlite3")
    import_into(target, first)
    second = export_from(target)
    assert without_timestamp(second) == without_timestamp(first)
    # Not only the export: the stored rows are the same too (ids aside).
    assert row_counts(target.engine) == row_counts(source.engine)
    source.close()
    target.close()


def test_round_trip_of_the_demo_is_lossless(tmp_path: Path, demo_database: Database) -> None:
    first = export_from(demo_database)
    target = open_database(tmp_path / "b.sqlite3")
    import_into(target, first)
    assert without_timestamp(export_from(target)) == without_timestamp(first)
    assert row_counts(target.engine) == row_counts(demo_database.engine)
    target.close()


def test_export_keeps_uuids_timestamps_links_and_order(tmp_path: Path) -> None:
    database = generated_database(tmp_path / "a.sqlite3", seed=3)
    document = export_from(database)
    with database.session() as session:
        municipality = session.scalars(select(model.Municipality)).one()
        assert document["municipality"]["uuid"] == municipality.uuid
        assert document["municipality"]["created_at"] == municipality.created_at.isoformat()
        exported_orgs = [o["uuid"] for o in document["municipality"]["organisations"]]
        assert exported_orgs == [o.uuid for o in municipality.organisations]
    assert document["format"] == exchange.FORMAT_NAME
    assert document["version"] == exchange.FORMAT_VERSION
    database.close()


def test_replace_swaps_an_existing_municipality(tmp_path: Path) -> None:
    database = generated_database(tmp_path / "a.sqlite3", seed=5)
    document = export_from(database)
    document["municipality"]["name"] = "Ändrad kommun"
    import_into(database, document, replace=True)
    with database.session() as session:
        names = session.scalars(select(model.Municipality.name)).all()
    assert names == ["Ändrad kommun"]
    database.close()


@settings(suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(seed=st.integers(min_value=0, max_value=2**32))
def test_round_trip_property(seed: int, tmp_path_factory: pytest.TempPathFactory) -> None:
    folder = tmp_path_factory.mktemp("rt")
    source = generated_database(folder / "a.sqlite3", seed)
    first = export_from(source)
    target = open_database(folder / "b.sqlite3")
    import_into(target, first)
    assert without_timestamp(export_from(target)) == without_timestamp(first)
    source.close()
    target.close()


def test_published_schema_is_up_to_date() -> None:
    """Changing the model changes the format: regenerate the schema, and bump the version if
    old files no longer read (python -m bfa_desktop.services.exchange.schema)."""
    assert schema_path().read_text(encoding="utf-8") == render()


# --- refusals --------------------------------------------------------------------------------


def has_what_the_refusals_break(document: dict[str, Any]) -> bool:
    periods = document["municipality"]["periods"]
    values = any(
        series["values"]
        for period in periods
        if period["situation_picture"]
        for series in period["situation_picture"]["statistics"]
    )
    measures = any(
        area["measures"]
        for period in periods
        if period["action_plan"]
        for area in period["action_plan"]["focus_areas"]
    )
    return values and measures


@pytest.fixture(scope="module")
def valid_document(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """Generated data with at least one period and one statistics value to break."""
    folder = tmp_path_factory.mktemp("valid")
    for seed in range(100):
        database = generated_database(folder / f"source-{seed}.sqlite3", seed=seed)
        document = export_from(database)
        database.close()
        if has_what_the_refusals_break(document):
            return document
    raise AssertionError("no seed below 100 gives statistics values and measures")


def first_with(records: list[dict[str, Any]], key: str) -> dict[str, Any]:
    return next(r for r in records if r.get(key))


def mutate(document: dict[str, Any], change: str) -> Any:  # noqa: PLR0911, PLR0912
    """One kind of bad input; returns the bad document (or raw bytes/str)."""
    doc = copy.deepcopy(document)
    municipality = doc["municipality"]
    period = municipality["periods"][0] if municipality["periods"] else None
    if change == "root is a list":
        return [doc]
    if change == "wrong format name":
        doc["format"] = "något-annat"
    elif change == "newer version":
        doc["version"] = exchange.FORMAT_VERSION + 1
    elif change == "version as text":
        doc["version"] = "1"
    elif change == "municipality missing":
        del doc["municipality"]
    elif change == "required field missing":
        del municipality["name"]
    elif change == "wrong type":
        municipality["name"] = 123
    elif change == "unknown enum value":
        municipality["organisations"][0]["kind"] = "hemlig"
    elif change == "impossible date":
        assert period is not None
        period["start_date"] = "2021-02-30"
    elif change == "malformed uuid":
        municipality["organisations"][0]["uuid"] = "inte-en-uuid"
    elif change == "duplicate uuid":
        municipality["persons"][0]["uuid"] = municipality["organisations"][0]["uuid"]
    elif change == "dangling link":
        municipality["persons"][0]["organisation"] = "00000000-0000-4000-8000-000000000000"
    elif change == "link to the wrong kind":
        municipality["persons"][0]["organisation"] = municipality["persons"][0]["uuid"]
    elif change == "unknown field":
        municipality["hemligt"] = True
    elif change == "text too long":
        municipality["name"] = "x" * 201
    elif change == "bool for a number":
        assert period is not None
        period["start_date"] = True
    elif change == "null where required":
        municipality["organisations"][0]["name"] = None
    elif change == "list where an object belongs":
        municipality["organisations"][0] = ["Kommunledningskontoret"]
    elif change == "children not a list":
        municipality["persons"] = {"0": municipality["persons"][0]}
    elif change == "lone surrogate":
        return exchange.dumps(doc).replace('"name": "', '"name": "\\ud800', 1)
    elif change == "NaN number":
        version = f'"version": {exchange.FORMAT_VERSION}'
        return exchange.dumps(doc).replace(version, '"version": NaN', 1)
    elif change == "duplicate key":
        return exchange.dumps(doc).replace('"format":', '"version": 1, "format":', 1)
    elif change == "not JSON":
        return b"\x00\x01 detta \xff\xfe \x89PNG"
    elif change == "not UTF-8":
        return exchange.dumps(doc).encode("utf-16")
    elif change == "deeply nested":
        return "[" * 200_000 + "]" * 200_000
    elif change == "truncated":
        return exchange.dumps(doc)[:500]
    elif change == "statistics year twice":
        series = [
            s
            for p in municipality["periods"]
            if p["situation_picture"]
            for s in p["situation_picture"]["statistics"]
            if s["values"]
        ]
        series[0]["values"].append(dict(series[0]["values"][0], uuid=_fresh_uuid()))
    elif change == "deadline before start":
        measure = _any_measure(municipality)
        measure["start_date"], measure["deadline"] = "2022-06-01", "2021-01-01"
    elif change == "voluntary period after the law":
        assert period is not None
        period["start_date"], period["end_date"] = "2023-01-01", "2026-12-31"
        period["legal_basis"] = "frivillig"
    else:  # pragma: no cover
        raise AssertionError(change)
    return doc


def _any_measure(municipality: dict[str, Any]) -> dict[str, Any]:
    return next(
        measure
        for period in municipality["periods"]
        if period["action_plan"]
        for area in period["action_plan"]["focus_areas"]
        for measure in area["measures"]
    )


def _fresh_uuid() -> str:
    import uuid

    return str(uuid.uuid4())


BAD_INPUTS = [
    "root is a list",
    "wrong format name",
    "newer version",
    "version as text",
    "municipality missing",
    "required field missing",
    "wrong type",
    "unknown enum value",
    "impossible date",
    "malformed uuid",
    "duplicate uuid",
    "dangling link",
    "link to the wrong kind",
    "unknown field",
    "text too long",
    "bool for a number",
    "null where required",
    "list where an object belongs",
    "children not a list",
    "lone surrogate",
    "NaN number",
    "duplicate key",
    "not JSON",
    "not UTF-8",
    "deeply nested",
    "truncated",
    "statistics year twice",
    "deadline before start",
    "voluntary period after the law",
]


@pytest.mark.parametrize("change", BAD_INPUTS)
def test_bad_input_is_refused_and_nothing_changes(
    valid_document: dict[str, Any], database: Database, change: str
) -> None:
    # The database already holds another municipality, which must stay exactly as it is.
    with database.session() as session:
        session.add(random_municipality(random.Random(99)))
    before = database_fingerprint(database.engine)
    bad = mutate(valid_document, change)
    with pytest.raises(exchange.ExchangeError) as refused:
        document = exchange.loads(bad) if isinstance(bad, bytes | str) else bad
        import_into(database, document)
    assert refused.value.problems, "a refusal says what is wrong"
    assert database_fingerprint(database.engine) == before


@pytest.mark.parametrize(
    ("change", "where"),
    [
        ("unknown enum value", "municipality.organisations[0].kind"),
        ("required field missing", "municipality.name"),
        ("dangling link", "municipality.persons[0].organisation"),
        ("impossible date", "municipality.periods[0].start_date"),
        ("duplicate uuid", "municipality.persons[0].uuid"),
        ("newer version", "version"),
    ],
)
def test_problems_name_where_they_are(
    valid_document: dict[str, Any], change: str, where: str
) -> None:
    with pytest.raises(exchange.ExchangeError) as refused:
        exchange.validate(mutate(valid_document, change))
    assert any(problem.startswith(f"{where}:") for problem in refused.value.problems), (
        refused.value.problems
    )


def test_existing_municipality_is_not_overwritten_without_replace(
    valid_document: dict[str, Any], database: Database
) -> None:
    import_into(database, valid_document)
    before = database_fingerprint(database.engine)
    with pytest.raises(exchange.ExchangeError, match="finns redan"):
        import_into(database, valid_document)
    assert database_fingerprint(database.engine) == before


def test_uuid_taken_by_another_municipality_is_refused(
    valid_document: dict[str, Any], database: Database
) -> None:
    import_into(database, valid_document)
    clash = copy.deepcopy(valid_document)
    clash["municipality"]["uuid"] = _fresh_uuid()  # a new municipality…
    before = database_fingerprint(database.engine)
    with pytest.raises(exchange.ExchangeError, match="finns redan i databasen"):
        import_into(database, clash)  # …whose records reuse existing UUIDs
    assert database_fingerprint(database.engine) == before


def test_huge_file_is_refused_before_reading(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(reader, "MAX_FILE_BYTES", 1000)
    path = tmp_path / "stor.json"
    path.write_bytes(b" " * 1001)
    with pytest.raises(exchange.ExchangeError, match="för stor"):
        exchange.read_file(path)


def test_many_problems_are_listed_but_the_message_stays_readable(
    valid_document: dict[str, Any],
) -> None:
    document = copy.deepcopy(valid_document)
    for organisation in document["municipality"]["organisations"]:
        organisation["kind"] = "fel"
    for _ in range(40):
        document["municipality"]["organisations"].append({"kind": "fel"})
    with pytest.raises(exchange.ExchangeError) as refused:
        exchange.validate(document)
    assert len(refused.value.problems) > 40
    assert "problem till" in str(refused.value)
    assert len(str(refused.value).splitlines()) <= 22


def test_a_version_1_file_is_read_with_its_prefix_as_the_pattern(
    valid_document: dict[str, Any], database: Database
) -> None:
    """Version 1 wrote the case-number prefix; version 2 writes the pattern."""
    old = copy.deepcopy(valid_document)
    old["version"] = 1
    municipality = old["municipality"]
    for name in ("dnr_pattern", "template", "template_name", "logo", "logo_name"):
        municipality.pop(name, None)
    municipality["dnr_prefix"] = "KS"
    import_into(database, old)
    with database.session() as session:
        stored = session.scalars(select(model.Municipality)).one()
        assert stored.dnr_pattern == "KS ÅÅÅÅ/NNNN"
        assert stored.template is None


def test_a_version_2_file_gets_the_law_by_the_end_date_and_the_deciding_bodys_texts(
    valid_document: dict[str, Any], database: Database
) -> None:
    """Version 2 gave a period the legal basis of its start date and wrote the report's fixed
    texts; version 3 goes by the end date, and the old fixed texts follow the deciding body."""
    old = copy.deepcopy(valid_document)
    old["version"] = 2
    periods = old["municipality"]["periods"]
    spans = [("2023-01-01", "2026-12-31"), ("2021-01-01", "2022-12-31")]
    for period, (start, end) in zip(periods, spans, strict=False):
        period.update(start_date=start, end_date=end, legal_basis="frivillig")
        for name in ("deciding_body", "deciding_body_name"):
            period.pop(name, None)
    report = next(p["official_report"] for p in periods if p["official_report"])
    report.update(recipient="Kommunstyrelsen", decision_heading="Kommunstyrelsens beslut")
    expected = {
        period["uuid"]: "lag_2023_196" if period["end_date"] >= "2023-07-01" else "frivillig"
        for period in periods
    }
    assert "lag_2023_196" in expected.values()

    import_into(database, old)

    with database.session() as session:
        stored = session.scalars(select(model.Period)).all()
        assert {p.uuid: p.legal_basis.value for p in stored} == expected
        report_row = session.scalars(select(model.OfficialReport)).first()
        assert report_row is not None
        assert (report_row.recipient, report_row.decision_heading) == ("", "")
        assert {p.deciding_body.value for p in stored} == {"kommunstyrelsen"}


def test_a_legal_basis_against_the_dates_names_the_rule(valid_document: dict[str, Any]) -> None:
    bad = mutate(valid_document, "voluntary period after the law")
    with pytest.raises(exchange.ExchangeError) as refused:
        exchange.validate(bad)
    assert refused.value.problems == [
        "municipality.periods[0]: legal_basis ska vara lag_2023_196: perioden slutar "
        "2026-12-31, och lagen (2023:196) gäller perioder som pågår 2023-07-01 eller senare."
    ]


def test_template_and_logo_travel_as_base64(database: Database, tmp_path: Path) -> None:
    source = generated_database(tmp_path / "a.sqlite3", seed=2)
    with source.session() as session:
        municipality = session.scalars(select(model.Municipality)).one()
        municipality.template, municipality.logo = b"PK\x03\x04 mall", b"\x89PNG logga"
    document = export_from(source)
    assert isinstance(document["municipality"]["template"], str)
    import_into(database, document)
    with database.session() as session:
        stored = session.scalars(select(model.Municipality)).one()
        assert (stored.template, stored.logo) == (b"PK\x03\x04 mall", b"\x89PNG logga")
    source.close()


def test_binary_that_is_not_base64_is_refused(valid_document: dict[str, Any]) -> None:
    bad = copy.deepcopy(valid_document)
    bad["municipality"]["logo"] = "inte base64!"
    with pytest.raises(exchange.ExchangeError, match=r"municipality\.logo: är inte giltig base64"):
        exchange.validate(bad)
