"""Hostile files offered to `import-json`: random JSON, valid exports with fields mutated, broken
JSON text and bytes that are not UTF-8.

The property: the file is refused with an ExchangeError whose problems are short Swedish lines,
and the database is exactly as before (every row of every table); or it is imported whole, and
the imported municipality exports back to the same JSON. Never a partial import, never another
exception.
"""

from __future__ import annotations

import copy
import json
import random
import shutil
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import event, example, given
from hypothesis import strategies as st
from sqlalchemy import select

from bfa_desktop import model
from bfa_desktop.cli import ExitCode, main
from bfa_desktop.model.catalog import all_nodes
from bfa_desktop.services import exchange
from bfa_desktop.storage.database import Database, open_database
from tests.factories import random_municipality
from tests.fuzz.budget import fuzz
from tests.fuzz.strategies import hostile_text
from tests.helpers import database_fingerprint, demo_municipality, open_copy

JsonPath = tuple[str | int, ...]
REFUSAL = "Filen kan inte importeras:\n"
LONGEST_PROBLEM = 400  # characters: a problem names a place and what is wrong, briefly


# --- the valid documents and the database they go into -------------------------------------


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("import-json")


def exported(database: Database, name: str) -> dict[str, Any]:
    with database.session() as session:
        municipality = session.scalars(
            select(model.Municipality).where(model.Municipality.short_name == name)
        ).one()
        return json.loads(exchange.dumps(exchange.export_municipality(municipality)))


@pytest.fixture(scope="module")
def bases(folder: Path, demo_template: Path) -> list[dict[str, Any]]:
    """What `export-json` writes: the demo, and generated data with every field filled (also
    the template and logo as base64)."""
    database = open_copy(demo_template, folder / "source.sqlite3")
    with database.session() as session:
        demo_name = demo_municipality(session).short_name
        generated = random_municipality(random.Random(7))
        generated.short_name = "generated"
        session.add(generated)
    documents = [exported(database, demo_name), exported(database, "generated")]
    database.close()
    return documents


@pytest.fixture(scope="module")
def occupied(folder: Path, bases: list[dict[str, Any]]) -> Path:
    """A database holding a bystander municipality, which an import must leave as it is, and
    the generated document's municipality, which an import may replace."""
    path = folder / "occupied.sqlite3"
    database = open_database(path)
    with database.session() as session:
        bystander = random_municipality(random.Random(99), max_children=1)
        bystander.short_name = BYSTANDER
        session.add(bystander)
        exchange.import_document(session, copy.deepcopy(bases[1]))
    TAKEN.extend(uuids(exported(database, BYSTANDER)))
    database.close()
    return path


BYSTANDER = "bystander"
TAKEN: list[str] = []  # the bystander's UUIDs, for documents to reuse


class Target:
    """A fresh copy of the occupied database for each example."""

    def __init__(self, occupied: Path, folder: Path) -> None:
        self.occupied, self.folder, self.count = occupied, folder, 0

    def fresh(self) -> Path:
        self.count += 1
        path = self.folder / f"target-{self.count}.sqlite3"
        shutil.copyfile(self.occupied, path)
        return path


@pytest.fixture
def target(occupied: Path, tmp_path: Path) -> Target:
    return Target(occupied, tmp_path)


def without_timestamp(document: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in document.items() if key != "exported_at"}


def assert_refused_or_imported_whole(raw: bytes, target: Target, replace: bool = False) -> str:
    """The import-json path on `raw`: read and validate (before the database is opened), then
    import in one session. Returns "refused" or "imported"."""
    path = target.fresh()
    source = path.with_suffix(".json")
    source.write_bytes(raw)
    try:
        document = exchange.read_file(source)
        exchange.validate(document)
    except exchange.ExchangeError as error:
        assert_clear(error)
        return "refused"
    database = open_database(path)
    before = database_fingerprint(database.engine)
    bystander = exported(database, BYSTANDER)
    try:
        refused: exchange.ExchangeError | None = None
        # As in the window: the session goes on, and is committed, after a refused import.
        with database.session() as session:
            try:
                key = exchange.import_document(session, document, replace=replace).uuid
            except exchange.ExchangeError as error:
                refused = error
        if refused is not None:
            assert_clear(refused)
            assert database_fingerprint(database.engine) == before
            return "refused"
        with database.session() as session:
            municipality = session.scalars(
                select(model.Municipality).where(model.Municipality.uuid == key)
            ).one()
            back = json.loads(exchange.dumps(exchange.export_municipality(municipality)))
        assert_exported_as_given(document["municipality"], back["municipality"])
        if key != bystander["municipality"]["uuid"]:
            assert without_timestamp(exported(database, BYSTANDER)) == without_timestamp(bystander)
        return "imported"
    finally:
        database.close()


def assert_exported_as_given(given: Any, back: Any, where: str = "municipality") -> None:
    """The export holds every value of the file, in the same place and order; a field the
    file left out is exported with its default."""
    if isinstance(given, dict):
        assert isinstance(back, dict), where
        for key, value in given.items():
            assert key in back, f"{where}.{key}"
            assert_exported_as_given(value, back[key], f"{where}.{key}")
    elif isinstance(given, list):
        assert isinstance(back, list), where
        assert len(back) == len(given), where
        for index, (value, exported_value) in enumerate(zip(given, back, strict=True)):
            assert_exported_as_given(value, exported_value, f"{where}[{index}]")
    else:
        assert back == given, f"{where}: {given!r} exported as {back!r}"


def assert_clear(error: exchange.ExchangeError) -> None:
    assert error.problems
    assert str(error).startswith(REFUSAL)
    for problem in error.problems:
        assert problem.strip()
        assert "\n" not in problem
        assert len(problem) <= LONGEST_PROBLEM, problem[:200]
    assert "Traceback" not in str(error)


# --- mutations ---------------------------------------------------------------------------------


def json_paths(value: Any, prefix: JsonPath = ()) -> Iterator[JsonPath]:
    """The path of every value in a JSON document, the document itself first."""
    yield prefix
    if isinstance(value, dict):
        for key, item in value.items():
            yield from json_paths(item, (*prefix, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from json_paths(item, (*prefix, index))


def uuids(document: dict[str, Any]) -> list[str]:
    text = json.dumps(document)
    return sorted({part for part in text.split('"') if len(part) == 36 and part.count("-") == 4})


def at(document: Any, path: JsonPath) -> Any:
    for step in path:
        document = document[step]
    return document


DEEP = "\x00deep:"  # stands for a nesting too deep to build as a Python value
DUPLICATE = "\x00duplicate:"  # a key that becomes a copy of its object's first key

json_scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(allow_nan=True, allow_infinity=True),
    hostile_text,
)
json_values = st.recursive(
    json_scalars,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(hostile_text, inner, max_size=4),
    max_leaves=12,
)
edge_values = st.sampled_from(
    [
        "",
        "2021-02-30",
        "0000-01-01",
        "0001-01-01",
        "9999-12-31",
        "10000-01-01",
        "2021-1-1",
        "٢٠٢١-٠١-٠١",
        "2020-01-01T25:00:00",
        "2020-01-01T00:00:00+02:00",
        "9999-12-31T23:59:59.999999",
        "0001-01-01T00:00:00",
        "00000000-0000-0000-0000-000000000000",
        "AAAAAAAA-AAAA-AAAA-AAAA-AAAAAAAAAAAA",
        2**63,
        2**63 - 1,
        -(2**63),
        10**400,
        -(10**400),
        1e308,
        -0.0,
        5e-324,
        True,
        [],
        {},
        "x" * 201,
        "x" * 1_000_001,
        "AAAA" * 8_000_000,
        "====",
        "a\ud800b",
    ]
)


def deep(depth: int) -> str:
    return f"{DEEP}{depth}"


# Text fields that take any text (within their length); uuids, dates and codes are strings too.
TEXT_FIELDS = {
    field.name
    for spec in all_nodes()
    for field in spec.fields
    if field.kind is str and field.name != "uuid" and field.max_length > 36
}
# Any text a file may hold: lone surrogates cannot be written as UTF-8.
readable_text = hostile_text.map(lambda text: text.encode("utf-8", "ignore").decode("utf-8"))


@st.composite
def mutated(draw: st.DrawFn, bases: list[dict[str, Any]]) -> Any:
    """A valid document with text fields rewritten (still valid), then up to three values
    replaced, removed, added or duplicated."""
    document = copy.deepcopy(draw(st.sampled_from(bases)))
    texts = [
        path
        for path in json_paths(document)
        if path and path[-1] in TEXT_FIELDS and isinstance(at(document, path), str)
    ]
    for path in draw(st.lists(st.sampled_from(texts), max_size=6)):
        at(document, path[:-1])[path[-1]] = draw(readable_text)
    for _ in range(draw(st.integers(min_value=0, max_value=3))):
        paths = list(json_paths(document))
        path = draw(st.sampled_from(paths[1:]))
        parent, step = at(document, path[:-1]), path[-1]
        change = draw(st.sampled_from(CHANGES))
        change(draw, document, parent, step)
    return document


def replace_any(draw: st.DrawFn, _doc: Any, parent: Any, step: str | int) -> None:
    parent[step] = draw(json_values)


def replace_edge(draw: st.DrawFn, _doc: Any, parent: Any, step: str | int) -> None:
    parent[step] = copy.deepcopy(draw(edge_values))  # the [] and {} are shared


def replace_deep(draw: st.DrawFn, _doc: Any, parent: Any, step: str | int) -> None:
    parent[step] = deep(draw(st.sampled_from([50, 500, 900, 990, 1_500, 100_000])))


def remove(_draw: st.DrawFn, _doc: Any, parent: Any, step: str | int) -> None:
    del parent[step]


def add_unknown(draw: st.DrawFn, _doc: Any, parent: Any, _step: str | int) -> None:
    key = draw(hostile_text | st.just("k" * 100_000))
    if isinstance(parent, dict):
        parent.setdefault(key, draw(json_scalars))
    else:
        parent.append(draw(json_values))


def duplicate_item(draw: st.DrawFn, _doc: Any, parent: Any, step: str | int) -> None:
    """A record (or link) twice in its list: its UUID used twice."""
    if isinstance(parent, list):
        parent.insert(draw(st.integers(0, len(parent))), copy.deepcopy(parent[step]))


def duplicate_key(_draw: st.DrawFn, _doc: Any, parent: Any, step: str | int) -> None:
    if isinstance(parent, dict):
        parent[f"{DUPLICATE}{step}"] = parent[step]


def point_elsewhere(draw: st.DrawFn, document: Any, parent: Any, step: str | int) -> None:
    """A UUID of another record (a reference of the wrong kind, or a UUID used twice), or one
    that no record has."""
    others = uuids(document) + TAKEN
    fresh = str(uuid.UUID(int=draw(st.integers(0, 2**128 - 1)), version=4))
    parent[step] = draw(st.sampled_from([*others, fresh]) if others else st.just(fresh))


CHANGES: list[Callable[[st.DrawFn, Any, Any, str | int], None]] = [
    replace_any,
    replace_edge,
    replace_edge,
    replace_deep,
    remove,
    add_unknown,
    duplicate_item,
    duplicate_key,
    point_elsewhere,
    point_elsewhere,
]


def as_text(document: Any, ascii_only: bool = False) -> str:
    """JSON text as a careless program writes it: NaN and Infinity as bare words, the deep
    and duplicate stand-ins spelled out; with `ascii_only`, lone surrogates as escapes."""
    text = json.dumps(document, ensure_ascii=ascii_only, allow_nan=True)
    while (start := text.find(json.dumps(DEEP)[:-1])) >= 0:
        end = text.index('"', start + 1)
        depth = int(json.loads(text[start : end + 1])[len(DEEP) :])
        text = text[:start] + "[" * depth + "]" * depth + text[end + 1 :]
    marker = json.dumps(DUPLICATE)[1:-1]
    return text.replace(f'"{marker}', '"')


def encoded(text: str) -> bytes:
    return text.encode("utf-8", "surrogatepass")


# --- the properties ------------------------------------------------------------------------------


@fuzz(ci=20)
@given(data=st.data())
def test_mutated_export_is_refused_cleanly_or_imported_whole(
    data: st.DataObject, bases: list[dict[str, Any]], target: Target
) -> None:
    document = data.draw(mutated(bases))
    text = as_text(document, ascii_only=data.draw(st.booleans()))
    replace = data.draw(st.booleans())
    event(assert_refused_or_imported_whole(encoded(text), target, replace=replace))


@fuzz(ci=200)
@given(value=json_values, ascii_only=st.booleans())
@example(value={"format": "bfa-desktop-exchange", "version": 10**400}, ascii_only=True)
@example(
    value={"format": "bfa-desktop-exchange", "version": 1, "municipality": []}, ascii_only=True
)
def test_any_json_value_is_refused_cleanly(value: Any, ascii_only: bool, target: Target) -> None:
    outcome = assert_refused_or_imported_whole(encoded(as_text(value, ascii_only)), target)
    assert outcome == "refused"


@fuzz(ci=100)
@given(data=st.data())
def test_broken_text_of_a_valid_export_is_refused_cleanly(
    data: st.DataObject, bases: list[dict[str, Any]], target: Target
) -> None:
    raw = exchange.dumps(data.draw(st.sampled_from(bases))).encode("utf-8")
    position = data.draw(st.integers(0, len(raw)))
    damage = data.draw(st.sampled_from(["truncate", "insert", "overwrite", "recode"]))
    if damage == "truncate":
        raw = raw[:position]
    elif damage == "insert":
        raw = raw[:position] + data.draw(st.binary(min_size=1, max_size=8)) + raw[position:]
    elif damage == "overwrite":
        piece = data.draw(st.binary(min_size=1, max_size=8))
        raw = raw[:position] + piece + raw[position + len(piece) :]
    else:
        raw = raw.decode("utf-8").encode(
            data.draw(st.sampled_from(["utf-16", "latin-1", "cp1252"])), "replace"
        )
    assert_refused_or_imported_whole(raw, target)


@fuzz(ci=3)
@given(data=st.data())
def test_command_line_refuses_with_exit_code_4_and_no_traceback(
    data: st.DataObject,
    bases: list[dict[str, Any]],
    target: Target,
    capsys: pytest.CaptureFixture[str],
) -> None:
    document = data.draw(mutated(bases))
    path = target.fresh()
    source = path.with_suffix(".json")
    source.write_bytes(encoded(as_text(document, ascii_only=data.draw(st.booleans()))))
    code = main(["--database", str(path), "import-json", str(source)])
    captured = capsys.readouterr()
    assert code in (ExitCode.OK, ExitCode.REFUSED_INPUT), captured.err
    assert "Traceback" not in captured.err
    if code == ExitCode.REFUSED_INPUT:
        assert "Filen kan inte importeras" in captured.err


def test_the_valid_documents_import_whole(bases: list[dict[str, Any]], target: Target) -> None:
    """What the properties start from is itself imported, and exports back the same."""
    for document in bases:
        raw = exchange.dumps(document).encode("utf-8")
        assert assert_refused_or_imported_whole(raw, target, replace=True) == "imported"


# --- what the fuzzing found ------------------------------------------------------------------


def refusal(document: Any) -> exchange.ExchangeError:
    with pytest.raises(exchange.ExchangeError) as refused:
        exchange.validate(exchange.loads(as_text(document)))
    assert_clear(refused.value)
    return refused.value


def test_an_integer_too_big_for_a_decimal_field_is_refused(bases: list[dict[str, Any]]) -> None:
    """float() of a 400-digit integer overflows; the check once let the OverflowError out."""
    floats = {field.name for spec in all_nodes() for field in spec.fields if field.kind is float}
    document = copy.deepcopy(bases[0])
    path = next(
        path
        for path in json_paths(document)
        if path and path[-1] in floats and isinstance(at(document, path), int | float)
    )
    at(document, path[:-1])[path[-1]] = 10**400
    (problem,) = refusal(document).problems
    assert problem.endswith(f".{path[-1]}: ogiltigt tal.")


def test_a_huge_unknown_key_is_named_briefly(bases: list[dict[str, Any]]) -> None:
    document = copy.deepcopy(bases[0])
    document["municipality"]["k" * 100_000 + "\nrad två"] = 1
    (problem,) = refusal(document).problems
    assert problem.startswith('municipality."kkk')
    assert problem.endswith("okänt fält.")


def test_a_huge_version_number_is_named_briefly() -> None:
    (problem,) = refusal({"format": exchange.FORMAT_NAME, "version": 10**4000}).problems
    assert problem.startswith("version: filen har formatversion 1000")
    assert "Uppdatera programmet" in problem


def test_an_integer_of_thousands_of_digits_is_refused_in_swedish() -> None:
    with pytest.raises(exchange.ExchangeError) as refused:
        exchange.loads('{"version": ' + "9" * 5_000 + "}")
    assert_clear(refused.value)
    assert refused.value.problems == [
        "Filen innehåller ett tal med orimligt många siffror och är ingen BFA-exportfil."
    ]


def test_a_refused_replacement_leaves_the_municipality_it_would_replace(
    bases: list[dict[str, Any]], occupied: Path, target: Target
) -> None:
    """The replaced municipality is deleted before the new one is checked against the
    database; a refusal then must bring it back."""
    database = open_database(occupied)
    taken = exported(database, BYSTANDER)["municipality"]["persons"][0]["uuid"]
    database.close()
    document = copy.deepcopy(bases[1])
    document["municipality"]["persons"][0]["uuid"] = taken
    raw = exchange.dumps(document).encode("utf-8")
    assert assert_refused_or_imported_whole(raw, target, replace=True) == "refused"
