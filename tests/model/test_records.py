"""The columns every record carries (uuid, created_at, modified_at) and the enum columns."""

from __future__ import annotations

import enum
import re
import uuid
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import Enum, Float, Integer, String, Text, inspect, select, text, update
from sqlalchemy.exc import IntegrityError, StatementError
from sqlalchemy.orm import Session

from bfa_desktop.model import Measure, Municipality, Organisation, Record
from bfa_desktop.model import enums as enums_module
from bfa_desktop.model.enums import (
    _LABELS,
    DocumentKind,
    DocumentStatus,
    EndorsementOutcome,
    MeasureKind,
    OrganisationKind,
    OwnerParty,
    PromiseActor,
    label,
)
from bfa_desktop.storage.database import Database
from tests.model.test_relations import ALL_CLASSES, World, build_world, reload


def now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def by_name(classes: set[type[Record]]) -> list[type[Record]]:
    return sorted(classes, key=lambda cls: cls.__name__)


def records_of(session: Session, cls: type[Record]) -> list[Record]:
    return list(session.scalars(select(cls)))


def first_record(world: World, cls: type[Record]) -> Record:
    return next(record for record in world.records() if type(record) is cls)


@pytest.fixture
def world(session: Session) -> World:
    return build_world(session)


# --------------------------------------------------------------------------------------------
# uuid, created_at, modified_at
# --------------------------------------------------------------------------------------------


def test_every_record_gets_a_uuid_and_timestamps_on_insert(
    session: Session, database: Database
) -> None:
    before = now()
    build_world(session)
    after = now()

    wrong: dict[str, list[str]] = {}
    with database.sessions() as fresh:
        for cls in by_name(ALL_CLASSES):
            stored = records_of(fresh, cls)
            problems = [] if stored else ["no rows"]
            for record in stored:
                if len(record.uuid or "") != 36 or str(uuid.UUID(record.uuid)) != record.uuid:
                    problems.append(f"uuid {record.uuid!r}")
                if not before <= record.created_at <= after:
                    problems.append(f"created_at {record.created_at}")
                if not before <= record.modified_at <= after:
                    problems.append(f"modified_at {record.modified_at}")
            if problems:
                wrong[cls.__name__] = problems
    assert wrong == {}


def test_uuids_are_distinct_across_all_records(session: Session, world: World) -> None:
    uuids = [record.uuid for cls in ALL_CLASSES for record in records_of(session, cls)]
    assert len(uuids) == len(world.records())
    assert len(set(uuids)) == len(uuids)


def test_an_explicit_uuid_is_kept(session: Session, database: Database) -> None:
    # Exchange and merge rely on records keeping the uuid they arrive with.
    given = str(uuid.uuid4())
    session.add(Municipality(name="Täby kommun", uuid=given))
    session.commit()
    with database.sessions() as fresh:
        assert fresh.scalars(select(Municipality)).one().uuid == given


def test_modified_at_changes_on_update_and_created_at_does_not(
    session: Session, database: Database
) -> None:
    municipality = Municipality(name="Täby kommun")
    session.add(municipality)
    session.commit()
    past = datetime(2020, 1, 1, 12, 0)
    session.execute(
        update(Municipality).values(created_at=past, modified_at=past),
        execution_options={"synchronize_session": False},
    )
    session.commit()
    session.expire(municipality)

    before = now()
    municipality.phone = "08-568 910 00"
    session.commit()

    with database.sessions() as fresh:
        stored = reload(fresh, municipality)
        assert stored.created_at == past
        assert before <= stored.modified_at <= now()


def _edit(record: Record) -> None:
    """Change one plain column of `record`: text if it has any, else a number."""
    columns = [
        column
        for column in type(record).__table__.c  # type: ignore[attr-defined]
        if not (column.foreign_keys or column.primary_key or column.name == "uuid")
    ]
    for column in columns:
        if isinstance(column.type, (String, Text)) and not isinstance(column.type, Enum):
            setattr(record, column.key, f"{getattr(record, column.key)} (ändrad)")
            return
    for column in columns:
        if isinstance(column.type, (Integer, Float)):
            setattr(record, column.key, getattr(record, column.key) + 1)
            return
    raise AssertionError(f"nothing to edit in {type(record).__name__}")


def test_updating_any_record_moves_only_its_modified_at(
    session: Session, database: Database, world: World
) -> None:
    past = datetime(2020, 1, 1, 12, 0)
    for cls in ALL_CLASSES:
        session.execute(update(cls.__table__).values(created_at=past, modified_at=past))  # type: ignore[attr-defined]
    session.commit()
    session.expire_all()
    edited = {cls: first_record(world, cls) for cls in by_name(ALL_CLASSES)}

    before = now()
    for record in edited.values():
        _edit(record)
    session.commit()

    wrong: dict[str, str] = {}
    with database.sessions() as fresh:
        for cls, record in edited.items():
            stored = reload(fresh, record)
            others = fresh.scalars(select(cls.modified_at).where(cls.id != record.id)).all()
            if stored.created_at != past:
                wrong[cls.__name__] = f"created_at moved to {stored.created_at}"
            elif not before <= stored.modified_at <= now():
                wrong[cls.__name__] = f"modified_at is {stored.modified_at}"
            elif any(moment != past for moment in others):
                wrong[cls.__name__] = "modified_at of an unedited record moved"
    assert wrong == {}


def test_uuid_uniqueness_is_enforced_by_the_database(session: Session, world: World) -> None:
    # The ORM does not check uniqueness itself: the IntegrityError comes from SQLite.
    copy = Organisation(name="Kopia", kind=OrganisationKind.ANNAN, uuid=world.unit.uuid)
    world.municipality.organisations.append(copy)
    with pytest.raises(IntegrityError, match=re.escape("organisations.uuid")):
        session.flush()


def test_every_table_has_a_unique_uuid_column_in_the_database(database: Database) -> None:
    inspector = inspect(database.engine)
    for cls in ALL_CLASSES:
        table = cls.__tablename__  # type: ignore[attr-defined]
        unique = [
            constraint["column_names"] for constraint in inspector.get_unique_constraints(table)
        ]
        assert ["uuid"] in unique, table
        assert {column["name"] for column in inspector.get_columns(table)} >= {
            "id",
            "uuid",
            "created_at",
            "modified_at",
        }


# --------------------------------------------------------------------------------------------
# Enum columns store the code and refuse anything else.
# --------------------------------------------------------------------------------------------

ENUM_COLUMNS = [
    (cls, column.key)
    for cls in by_name(ALL_CLASSES)
    for column in cls.__table__.c  # type: ignore[attr-defined]
    if isinstance(column.type, Enum)
]


@pytest.mark.parametrize(
    ("cls", "key"), ENUM_COLUMNS, ids=[f"{cls.__name__}.{key}" for cls, key in ENUM_COLUMNS]
)
def test_enum_column_refuses_an_unknown_value(
    session: Session, world: World, cls: type[Record], key: str
) -> None:
    record = first_record(world, cls)
    setattr(record, key, "okänd")
    with pytest.raises(StatementError, match="is not among the defined enum values"):
        session.flush()


@pytest.mark.parametrize(
    ("cls", "key"), ENUM_COLUMNS, ids=[f"{cls.__name__}.{key}" for cls, key in ENUM_COLUMNS]
)
def test_enum_column_stores_the_code_not_the_python_name(
    session: Session, world: World, cls: type[Record], key: str
) -> None:
    record = first_record(world, cls)
    table = cls.__table__  # type: ignore[attr-defined]
    stored = session.execute(select(table.c[key]).where(table.c.id == record.id)).scalar_one()
    member = getattr(record, key)
    assert isinstance(member, enum.Enum)
    raw = session.execute(
        text(f"SELECT {table.c[key].name} FROM {table.name} WHERE id = :id"), {"id": record.id}
    ).scalar_one()
    assert raw == member.value
    assert stored is member


def test_enum_column_accepts_a_known_code_given_as_text(
    session: Session, database: Database, world: World
) -> None:
    measure = world.current.measure
    measure.kind = "social"  # type: ignore[assignment]
    session.commit()
    with database.sessions() as fresh:
        assert reload(fresh, measure).kind is MeasureKind.SOCIAL


def test_nullable_enum_column_accepts_none(
    session: Session, database: Database, world: World
) -> None:
    attachment = world.current.attachment
    attachment.document = None
    session.commit()
    with database.sessions() as fresh:
        assert reload(fresh, attachment).document is None


def test_the_database_itself_refuses_an_unknown_enum_code(session: Session, world: World) -> None:
    # Without a CHECK (enum_type() once lacked create_constraint=True) plain SQL could store
    # any code, and every later ORM load of that row failed with LookupError.
    with pytest.raises(IntegrityError, match="CHECK constraint failed"):
        session.execute(
            text("UPDATE measures SET kind = 'okänd' WHERE id = :id"),
            {"id": world.current.measure.id},
        )


# --------------------------------------------------------------------------------------------
# Swedish labels.
# --------------------------------------------------------------------------------------------

ENUMS = sorted(
    (
        value
        for value in vars(enums_module).values()
        if isinstance(value, type)
        and issubclass(value, enum.StrEnum)
        and value.__module__ == enums_module.__name__
    ),
    key=lambda cls: cls.__name__,
)


def test_every_enum_of_the_model_has_labels() -> None:
    assert set(_LABELS) == set(ENUMS)
    columns = {
        column.type.enum_class
        for cls in ALL_CLASSES
        for column in cls.__table__.c  # type: ignore[attr-defined]
        if isinstance(column.type, Enum)
    }
    assert columns <= set(ENUMS)


@pytest.mark.parametrize("enum_class", ENUMS, ids=lambda cls: cls.__name__)
def test_every_member_has_a_swedish_label(enum_class: type[enum.StrEnum]) -> None:
    for member in enum_class:
        wording = label(member)
        assert wording.strip() == wording
        assert wording
        assert wording != member.value


@pytest.mark.parametrize("enum_class", ENUMS, ids=lambda cls: cls.__name__)
def test_labels_are_keyed_by_members_of_their_own_enum(enum_class: type[enum.StrEnum]) -> None:
    # A key copied from another enum with the same code would still be found by label()
    # (StrEnum members compare and hash as their text), so check the key types directly.
    keys = list(_LABELS[enum_class])
    assert all(type(key) is enum_class for key in keys)
    assert sorted(keys) == sorted(enum_class)


@pytest.mark.parametrize(
    ("one", "other"),
    [
        (DocumentStatus.TILLSTYRKT, EndorsementOutcome.TILLSTYRKT),
        (OwnerParty.GEMENSAMT, PromiseActor.GEMENSAMT),
        (OrganisationKind.ANNAN, OwnerParty.ANNAN),
    ],
    ids=str,
)
def test_the_same_code_in_two_enums_keeps_each_enums_label(
    one: enum.StrEnum, other: enum.StrEnum
) -> None:
    assert one == other  # same stored code …
    assert label(one) != label(other)  # … different wording


def test_labels_used_in_documents() -> None:
    assert label(DocumentStatus.TILLSTYRKT) == "Tillstyrkt av råd"
    assert label(EndorsementOutcome.TILLSTYRKT) == "Tillstyrkt"
    assert label(PromiseActor.GEMENSAMT) == "Polisen och kommunen"
    assert label(DocumentKind.LAGESBILD) == "Gemensam lokal lägesbild"


def test_enum_column_defaults_are_valid_codes(
    session: Session, database: Database, world: World
) -> None:
    measure = Measure(title="Standard", kind=MeasureKind.SOCIAL, owner_party=OwnerParty.KOMMUNEN)
    world.current.area.measures.append(measure)
    session.commit()
    with database.sessions() as fresh:
        stored = reload(fresh, measure)
        assert stored.work_kind.value == "engangsinsats"
        assert stored.follow_up_frequency.value == "halvar"
        assert reload(fresh, world.current.plan).status is DocumentStatus.UTKAST
        assert reload(fresh, world.current.period).phase.value == "initiering"
        assert reload(fresh, world.current.endorsement).outcome is EndorsementOutcome.TILLSTYRKT


def test_stored_time_is_utc_without_zone(session: Session, world: World) -> None:
    stored = session.scalar(select(Municipality.created_at))
    assert stored is not None
    assert stored.tzinfo is None
    assert abs(stored - now()) < timedelta(minutes=5)
