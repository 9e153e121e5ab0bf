"""Migrations: from empty to the model's schema, and upgrades that keep every row."""

from __future__ import annotations

import hashlib
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import text

from bfa_desktop.model import Base
from bfa_desktop.storage import migrate
from bfa_desktop.storage.backup import list_backups
from bfa_desktop.storage.database import open_database
from bfa_desktop.storage.engine import create_sqlite_engine
from bfa_desktop.storage.errors import MigrationError, NewerDatabaseError

T = "2020-01-01 00:00:00"


def revision_of(path: Path) -> str:
    with closing(sqlite3.connect(path)) as connection:
        return connection.execute("SELECT version_num FROM alembic_version").fetchone()[0]


def database_at(path: Path, revision: str) -> Path:
    migrate.upgrade(path, revision)
    return path


def insert(connection: sqlite3.Connection, table: str, **values: object) -> int:
    columns = ", ".join(values)
    marks = ", ".join("?" for _ in values)
    cursor = connection.execute(
        f"INSERT INTO {table} ({columns}) VALUES ({marks})", list(values.values())
    )
    return int(cursor.lastrowid or 0)


def record(key: str) -> dict[str, object]:
    return {"uuid": f"00000000-0000-4000-8000-{key:0>12}", "created_at": T, "modified_at": T}


def fill_revision_0001(path: Path) -> None:
    """A plan with measures that have children and links of every kind pointing at them."""
    with closing(sqlite3.connect(path)) as c:
        c.execute("PRAGMA foreign_keys = ON")
        m = insert(
            c,
            "municipalities",
            name="Provkommun",
            short_name="",
            org_number="",
            default_unit="",
            postal_address="",
            visiting_address="",
            phone="",
            email="",
            website="",
            dnr_prefix="KS",
            is_example=0,
            note="",
            **record("1"),
        )
        org = insert(
            c,
            "organisations",
            municipality_id=m,
            name="Polisen",
            short_name="",
            kind="lokalpolisomrade",
            description="",
            **record("2"),
        )
        p = insert(
            c,
            "periods",
            municipality_id=m,
            start_date="2021-01-01",
            end_date="2022-12-31",
            legal_basis="frivillig",
            phase="genomforande",
            note="",
            **record("3"),
        )
        sp = insert(
            c,
            "situation_pictures",
            period_id=p,
            title="Lägesbild",
            year=2020,
            version="",
            dnr="",
            **record("4"),
        )
        place = insert(
            c,
            "places",
            situation_picture_id=sp,
            position=0,
            name="Torget",
            area="",
            kind="otrygg_plats",
            description="",
            time_pattern="",
            internal=0,
            **record("5"),
        )
        plan = insert(
            c,
            "action_plans",
            period_id=p,
            title="Plan",
            status="utkast",
            version="",
            introduction="",
            **record("6"),
        )
        area = insert(
            c,
            "focus_areas",
            action_plan_id=plan,
            position=0,
            title="Område",
            problem_text="",
            **record("7"),
        )
        cause = insert(
            c, "focus_area_causes", focus_area_id=area, position=0, text="Orsak", **record("8")
        )
        measures = []
        for index, (start, deadline) in enumerate(
            [("2021-01-01", "2021-06-30"), ("2022-03-01", "2021-03-01"), (None, None)]
        ):
            measure_id = insert(
                c,
                "measures",
                focus_area_id=area,
                position=index,
                title=f"Åtgärd {index + 1}",
                description="",
                operational_goal="",
                kind="social",
                owner_party="kommunen",
                start_date=start,
                deadline=deadline,
                ongoing=0,
                work_kind="ordinarie",
                within_existing_budget=1,
                resources_note="",
                indicator="",
                data_source="",
                follow_up_frequency="halvar",
                **record(f"1{index}"),
            )
            measures.append(measure_id)
            insert(
                c,
                "measure_follow_ups",
                measure_id=measure_id,
                period_label="2021 H1",
                status="pagar",
                traffic_light="gul",
                traffic_light_text="Pågår enligt plan",
                outcome="",
                comment="",
                **record(f"2{index}"),
            )
            c.execute("INSERT INTO measure_partners VALUES (?, ?)", (measure_id, org))
            c.execute("INSERT INTO measure_places VALUES (?, ?)", (measure_id, place))
            c.execute("INSERT INTO measure_causes VALUES (?, ?)", (measure_id, cause))
        cp = insert(
            c,
            "citizen_promises",
            period_id=p,
            title="Löften",
            status="utkast",
            introduction="",
            situation_today="",
            other_problems_note="",
            expected_effect="",
            follow_up="",
            citizen_feedback="",
            **record("30"),
        )
        promise = insert(
            c,
            "promises",
            citizen_promises_id=cp,
            position=0,
            theme="",
            actor="polisen",
            sentence="Polisen ska …",
            quantity="",
            **record("31"),
        )
        c.execute("INSERT INTO promise_measures VALUES (?, ?)", (promise, measures[0]))
        ev = insert(
            c,
            "evaluations",
            period_id=p,
            title="Utvärdering",
            summary="",
            background="",
            method="",
            promises_follow_up="",
            collaboration="",
            lessons="",
            **record("40"),
        )
        insert(
            c,
            "evaluation_rows",
            evaluation_id=ev,
            position=0,
            measure_id=measures[1],
            focus_area_title="",
            measure_number="",
            measure_title="",
            status="genomford",
            traffic_light="gron",
            target_value="",
            outcome_value="",
            comment="",
            assessed_effect="",
            recommendation="avsluta",
            **record("41"),
        )
        c.commit()


def counts(path: Path) -> dict[str, int]:
    with closing(sqlite3.connect(path)) as c:
        return {
            table: c.execute(f'SELECT COUNT(*) FROM "{table}"').fetchone()[0]
            for table in Base.metadata.tables
        }


def test_new_database_is_migrated_to_exactly_the_models_schema(database_path: Path) -> None:
    database = open_database(database_path)
    with database.engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    database.close()
    assert differences == []
    assert revision_of(database_path) == migrate.head_revision()


def test_upgrade_from_0001_keeps_every_row_and_link(database_path: Path) -> None:
    database_path.parent.mkdir(parents=True)
    database_at(database_path, "0001")
    fill_revision_0001(database_path)
    before = counts(database_path)
    assert before["measure_follow_ups"] == 3 and before["promise_measures"] == 1

    open_database(database_path).close()

    assert revision_of(database_path) == migrate.head_revision()
    assert counts(database_path) == before
    with closing(sqlite3.connect(database_path)) as c:
        assert c.execute("PRAGMA foreign_key_check").fetchall() == []
        assert c.execute("SELECT measure_id FROM evaluation_rows").fetchone()[0] is not None
        dates = c.execute("SELECT start_date, deadline FROM measures ORDER BY position").fetchall()
        pattern = c.execute("SELECT dnr_pattern FROM municipalities").fetchone()[0]
    assert pattern == "KS ÅÅÅÅ/NNNN"  # 0003: the prefix "KS" became the pattern
    # The measure saved with its dates the wrong way round keeps both, swapped.
    assert dates == [("2021-01-01", "2021-06-30"), ("2021-03-01", "2022-03-01"), (None, None)]


def test_0002_enforces_deadline_after_start(database_path: Path) -> None:
    database_path.parent.mkdir(parents=True)
    database_at(database_path, "0001")
    fill_revision_0001(database_path)
    open_database(database_path).close()
    with closing(sqlite3.connect(database_path)) as c, pytest.raises(sqlite3.IntegrityError):
        c.execute("UPDATE measures SET deadline = '2000-01-01' WHERE start_date IS NOT NULL")


def fill_revision_0003(path: Path) -> None:
    """Periods either side of the law, tjänsteutlåtanden with the old fixed defaults and with
    texts of their own, and the council's minutes, as a 0003 program stored them."""
    fill_revision_0001(path)
    migrate.upgrade(path, "0003")
    with closing(sqlite3.connect(path)) as c:
        m = c.execute("SELECT id FROM municipalities").fetchone()[0]
        for key, (start, end) in enumerate(
            [("2022-01-01", "2023-12-31"), ("2023-01-01", "2023-06-30")], start=50
        ):
            period = insert(
                c,
                "periods",
                municipality_id=m,
                start_date=start,
                end_date=end,
                legal_basis="frivillig",
                phase="initiering",
                note="",
                **record(str(key)),
            )
            insert(
                c,
                "official_reports",
                period_id=period,
                unit="",
                dnr="",
                recipient="Kommunstyrelsen" if key == 50 else "Kommunstyrelsens arbetsutskott",
                title="Tjänsteutlåtande",
                matter="",
                decision_heading="Kommunstyrelsens beslut" if key == 50 else "Beslut",
                summary="",
                background="",
                statement="",
                financial_consequences="",
                child_perspective="",
                **record(f"6{key}"),
            )
        insert(
            c,
            "council_endorsements",
            period_id=1,
            outcome="tillstyrkt",
            minutes_excerpt="",
            present="",
            **record("70"),
        )
        c.commit()


def test_0004_law_by_the_end_date_deciding_body_and_justering(database_path: Path) -> None:
    database_path.parent.mkdir(parents=True)
    database_at(database_path, "0001")
    fill_revision_0003(database_path)
    before = counts(database_path)

    open_database(database_path).close()

    assert counts(database_path) == before
    with closing(sqlite3.connect(database_path)) as c:
        periods = c.execute(
            "SELECT end_date, legal_basis, deciding_body, deciding_body_name FROM periods "
            "ORDER BY end_date"
        ).fetchall()
        reports = c.execute(
            "SELECT recipient, decision_heading FROM official_reports ORDER BY id"
        ).fetchall()
        justering = c.execute(
            "SELECT secretary, chair, adjusters, adjusted_date FROM council_endorsements"
        ).fetchall()
    # A period running on or after 2023-07-01 is under the law whatever its start date.
    assert periods == [
        ("2022-12-31", "frivillig", "kommunstyrelsen", ""),
        ("2023-06-30", "frivillig", "kommunstyrelsen", ""),
        ("2023-12-31", "lag_2023_196", "kommunstyrelsen", ""),
    ]
    # The old fixed defaults now follow the deciding body; texts of the user's own stay.
    assert reports == [("", ""), ("Kommunstyrelsens arbetsutskott", "Beslut")]
    assert justering == [("", "", "", None)]


def test_the_same_migration_with_foreign_keys_on_would_lose_child_rows(
    database_path: Path,
) -> None:
    """Why migrate.upgrade() turns foreign keys off: with them on, recreating `measures`
    deletes its follow-ups and links through ON DELETE CASCADE, without any error."""
    database_path.parent.mkdir(parents=True)
    database_at(database_path, "0001")
    fill_revision_0001(database_path)
    engine = create_sqlite_engine(database_path, foreign_keys=True)
    config = migrate.alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0002")
    engine.dispose()
    assert counts(database_path)["measure_follow_ups"] == 0


def test_backup_is_taken_before_migrating(database_path: Path) -> None:
    database_path.parent.mkdir(parents=True)
    database_at(database_path, "0001")
    fill_revision_0001(database_path)
    before = counts(database_path)

    open_database(database_path).close()

    backups = list_backups(database_path)
    assert len(backups) == 1
    assert backups[0].reason == "fore-uppgradering-0001"
    assert revision_of(backups[0].path) == "0001"
    assert counts(backups[0].path) == before


def test_no_backup_for_a_new_database(database_path: Path) -> None:
    open_database(database_path).close()
    assert list_backups(database_path) == []


def test_newer_database_is_refused_and_left_untouched(database_path: Path) -> None:
    open_database(database_path).close()
    with closing(sqlite3.connect(database_path)) as c:
        c.execute("PRAGMA journal_mode = DELETE")  # one file, so its bytes tell everything
        c.execute("UPDATE alembic_version SET version_num = '9999_framtid'")
        c.commit()
    digest = hashlib.sha256(database_path.read_bytes()).hexdigest()

    with pytest.raises(NewerDatabaseError, match="nyare version"):
        open_database(database_path)

    assert hashlib.sha256(database_path.read_bytes()).hexdigest() == digest
    assert list_backups(database_path) == []


def test_migration_leaving_broken_links_is_rolled_back(database_path: Path) -> None:
    database_path.parent.mkdir(parents=True)
    database_at(database_path, "0001")
    fill_revision_0001(database_path)
    with closing(sqlite3.connect(database_path)) as c:  # foreign keys off: an orphan slips in
        c.execute("INSERT INTO measure_partners VALUES (1, 999)")
        c.commit()
    before = counts(database_path)

    with pytest.raises(MigrationError, match="oförändrad"):
        open_database(database_path)

    assert revision_of(database_path) == "0001"
    assert counts(database_path) == before
    assert len(list_backups(database_path)) == 1


def snapshot(path: Path) -> dict[str, object]:
    """Every table's definition and rows."""
    with closing(sqlite3.connect(path)) as c:
        tables = c.execute("SELECT name, sql FROM sqlite_master ORDER BY name").fetchall()
        return {
            name: (sql, c.execute(f'SELECT * FROM "{name}"').fetchall())
            for name, sql in tables
            if sql and sql.startswith("CREATE TABLE")
        }


def test_an_older_database_missing_a_table_is_not_upgraded(database_path: Path) -> None:
    """The migrations leave alone what they do not touch: without the check after them, the
    upgraded database would lack the table still, and the first edit of a promise fail."""
    database_path.parent.mkdir(parents=True)
    database_at(database_path, "0001")
    fill_revision_0001(database_path)
    with closing(sqlite3.connect(database_path)) as c:
        c.execute("DROP TABLE promise_places")
        c.commit()
    before = snapshot(database_path)

    with pytest.raises(MigrationError, match=r"\(tabellen promise_places saknas\).*oförändrad"):
        open_database(database_path)

    assert revision_of(database_path) == "0001"
    assert snapshot(database_path) == before


def test_migration_scripts_are_package_data() -> None:
    scripts = list(migrate.MIGRATIONS_FOLDER.glob("versions/*.py"))
    assert {"0001", "0002", "0003", "0004"} <= {path.name[:4] for path in scripts}
    assert (migrate.MIGRATIONS_FOLDER / "env.py").is_file()


def test_engine_pragmas(database_path: Path) -> None:
    database = open_database(database_path)
    with database.engine.connect() as connection:
        assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert connection.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
    database.close()


def test_migrated_schema_keeps_every_constraint_of_the_model(
    database_path: Path, tmp_path: Path
) -> None:
    """compare_metadata does not look at CHECK constraints; batch recreation could drop them."""
    from sqlalchemy import create_engine, inspect

    open_database(database_path).close()
    reference = create_engine(f"sqlite:///{tmp_path / 'reference.sqlite3'}")
    Base.metadata.create_all(reference)
    migrated = create_engine(f"sqlite:///{database_path}")

    def constraints(engine: object) -> dict[str, set[str]]:
        inspector = inspect(engine)
        return {
            table: {c["name"] for c in inspector.get_check_constraints(table)}
            | {c["name"] for c in inspector.get_unique_constraints(table)}
            for table in Base.metadata.tables
        }

    assert constraints(migrated) == constraints(reference)
    assert "ck_measures_measurekind" in constraints(migrated)["measures"]
    reference.dispose()
    migrated.dispose()


def test_the_schema_revision_the_program_knows_is_alembics_head() -> None:
    from bfa_desktop.storage.database import SCHEMA_REVISION

    assert migrate.head_revision() == SCHEMA_REVISION


def test_opening_an_up_to_date_database_does_not_load_alembic(database_path: Path) -> None:
    """Start-up stays quick: Alembic reads every migration script just to find the head."""
    import subprocess
    import sys

    open_database(database_path).close()
    program = (
        "import sys\nfrom pathlib import Path\n"
        "from bfa_desktop.storage.database import open_database\n"
        f"open_database(Path({str(database_path)!r})).close()\n"
        "print('alembic' in sys.modules)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", program], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"
