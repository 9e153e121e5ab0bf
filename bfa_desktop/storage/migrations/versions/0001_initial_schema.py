"""Initial schema

Revision ID: 0001
Revises:
Create Date: 2026-11-27
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "municipalities",
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("short_name", sa.String(length=100), nullable=False),
        sa.Column("org_number", sa.String(length=20), nullable=False),
        sa.Column("default_unit", sa.String(length=200), nullable=False),
        sa.Column("postal_address", sa.String(length=300), nullable=False),
        sa.Column("visiting_address", sa.String(length=300), nullable=False),
        sa.Column("phone", sa.String(length=50), nullable=False),
        sa.Column("email", sa.String(length=200), nullable=False),
        sa.Column("website", sa.String(length=200), nullable=False),
        sa.Column("dnr_prefix", sa.String(length=20), nullable=False),
        sa.Column("is_example", sa.Boolean(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("modified_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_municipalities")),
        sa.UniqueConstraint("uuid", name=op.f("uq_municipalities_uuid")),
    )
    op.create_table(
        "organisations",
        sa.Column("municipality_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("short_name", sa.String(length=100), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "kommun",
                "forvaltning",
                "kommunalt_bolag",
                "lokalpolisomrade",
                "polisomrade",
                "rad",
                "namnd",
                "region",
                "bostadsbolag",
                "kollektivtrafik",
                "bevakning",
                "forening",
                "grannsamverkan",
                "naringsliv",
                "annan",
                name="organisationkind",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("modified_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["municipality_id"],
            ["municipalities.id"],
            name=op.f("fk_organisations_municipality_id_municipalities"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_organisations")),
        sa.UniqueConstraint("uuid", name=op.f("uq_organisations_uuid")),
    )
    with op.batch_alter_table("organisations", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_organisations_municipality_id"), ["municipality_id"], unique=False
        )

    op.create_table(
        "periods",
        sa.Column("municipality_id", sa.Integer(), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=False),
        sa.Column("end_date", sa.Date(), nullable=False),
        sa.Column(
            "legal_basis",
            sa.Enum(
                "frivillig",
                "lag_2023_196",
                name="legalbasis",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column(
            "phase",
            sa.Enum(
                "initiering",
                "egna_forberedelser",
                "gemensamma_forberedelser",
                "genomforande",
                "uppfoljning",
                "avslutad",
                name="periodphase",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("previous_period_id", sa.Integer(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("modified_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["municipality_id"],
            ["municipalities.id"],
            name=op.f("fk_periods_municipality_id_municipalities"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["previous_period_id"],
            ["periods.id"],
            name=op.f("fk_periods_previous_period_id_periods"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_periods")),
        sa.UniqueConstraint("uuid", name=op.f("uq_periods_uuid")),
    )
    with op.batch_alter_table("periods", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_periods_municipality_id"), ["municipality_id"], unique=False
        )

    op.create_table(
        "agreements",
        sa.Column("period_id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=500), nullable=False),
        sa.Column("dnr", sa.String(length=50), nullable=False),
        sa.Column("signed_date", sa.Date(), nullable=True),
        sa.Column("background", sa.Text(), nullable=False),
        sa.Column("purpose", sa.Text(), nullable=False),
        sa.Column("joint_goals", sa.Text(), nullable=False),
        sa.Column("prioritised_problems", sa.Text(), nullable=False),
        sa.Column("organisation_text", sa.Text(), nullable=False),
        sa.Column("meeting_cadence", sa.Text(), nullable=False),
        sa.Column("information_exchange", sa.Text(), nullable=False),
        sa.Column("communication", sa.Text(), nullable=False),
        sa.Column("follow_up", sa.Text(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("modified_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["period_id"],
            ["periods.id"],
            name=op.f("fk_agreements_period_id_periods"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_agreements")),
        sa.UniqueConstraint("period_id", name=op.f("uq_agreements_period_id")),
        sa.UniqueConstraint("uuid", name=op.f("uq_agreements_uuid")),
    )
    op.create_table(
        "board_decisions",
        sa.Column("period_id", sa.Integer(), nullable=False),
        sa.Column(
            "subject",
            sa.Enum(
                "overenskommelse",
                "antagande",
                "ovrigt",
                name="decisionsubject",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("body", sa.String(length=200), nullable=False),
        sa.Column("decision_date", sa.Date(), nullable=True),
        sa.Column("paragraph", sa.String(length=20), nullable=False),
        sa.Column("dnr", sa.String(length=50), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("modified_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["period_id"],
            ["periods.id"],
            name=op.f("fk_board_decisions_period_id_periods"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_board_decisions")),
        sa.UniqueConstraint("uuid", name=op.f("uq_board_decisions_uuid")),
    )
    with op.batch_alter_table("board_decisions", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_board_decisions_period_id"), ["period_id"], unique=False
        )

    op.create_table(
        "citizen_promises",
        sa.Column("period_id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=500), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "utkast",
                "tillstyrkt",
                "beslutad",
                "undertecknad",
                "avslutad",
                name="documentstatus",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("document_date", sa.Date(), nullable=True),
        sa.Column("valid_from", sa.Date(), nullable=True),
        sa.Column("valid_to", sa.Date(), nullable=True),
        sa.Column("introduction", sa.Text(), nullable=False),
        sa.Column("situation_today", sa.Text(), nullable=False),
        sa.Column("other_problems_note", sa.Text(), nullable=False),
        sa.Column("expected_effect", sa.Text(), nullable=False),
        sa.Column("follow_up", sa.Text(), nullable=False),
        sa.Column("citizen_feedback", sa.Text(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("modified_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["period_id"],
            ["periods.id"],
            name=op.f("fk_citizen_promises_period_id_periods"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_citizen_promises")),
        sa.UniqueConstraint("period_id", name=op.f("uq_citizen_promises_period_id")),
        sa.UniqueConstraint("uuid", name=op.f("uq_citizen_promises_uuid")),
    )
    op.create_table(
        "council_endorsements",
        sa.Column("period_id", sa.Integer(), nullable=False),
        sa.Column("council_id", sa.Integer(), nullable=True),
        sa.Column("meeting_date", sa.Date(), nullable=True),
        sa.Column(
            "outcome",
            sa.Enum(
                "tillstyrkt",
                "tillstyrkt_med_andringar",
                "ej_tillstyrkt",
                "bordlagt",
                name="endorsementoutcome",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("minutes_excerpt", sa.Text(), nullable=False),
        sa.Column("present", sa.Text(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("modified_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["council_id"],
            ["organisations.id"],
            name=op.f("fk_council_endorsements_council_id_organisations"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["period_id"],
            ["periods.id"],
            name=op.f("fk_council_endorsements_period_id_periods"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_council_endorsements")),
        sa.UniqueConstraint("period_id", name=op.f("uq_council_endorsements_period_id")),
        sa.UniqueConstraint("uuid", name=op.f("uq_council_endorsements_uuid")),
    )
    op.create_table(
        "evaluations",
        sa.Column("period_id", sa.Integer(), nullable=False),
        sa.Column("evaluated_period_id", sa.Integer(), nullable=True),
        sa.Column("title", sa.String(length=500), nullable=False),
        sa.Column("document_date", sa.Date(), nullable=True),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("background", sa.Text(), nullable=False),
        sa.Column("method", sa.Text(), nullable=False),
        sa.Column("promises_follow_up", sa.Text(), nullable=False),
        sa.Column("collaboration", sa.Text(), nullable=False),
        sa.Column("lessons", sa.Text(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("modified_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["evaluated_period_id"],
            ["periods.id"],
            name=op.f("fk_evaluations_evaluated_period_id_periods"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["period_id"],
            ["periods.id"],
            name=op.f("fk_evaluations_period_id_periods"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_evaluations")),
        sa.UniqueConstraint("period_id", name=op.f("uq_evaluations_period_id")),
        sa.UniqueConstraint("uuid", name=op.f("uq_evaluations_uuid")),
    )
    op.create_table(
        "period_parties",
        sa.Column("period_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("organisation_id", sa.Integer(), nullable=False),
        sa.Column(
            "role",
            sa.Enum(
                "kommun",
                "polis",
                "samverkanspart",
                name="partyrole",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("modified_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisations.id"],
            name=op.f("fk_period_parties_organisation_id_organisations"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["period_id"],
            ["periods.id"],
            name=op.f("fk_period_parties_period_id_periods"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_period_parties")),
        sa.UniqueConstraint("uuid", name=op.f("uq_period_parties_uuid")),
    )
    with op.batch_alter_table("period_parties", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_period_parties_organisation_id"), ["organisation_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_period_parties_period_id"), ["period_id"], unique=False
        )

    op.create_table(
        "persons",
        sa.Column("municipality_id", sa.Integer(), nullable=False),
        sa.Column("organisation_id", sa.Integer(), nullable=True),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("phone", sa.String(length=50), nullable=False),
        sa.Column("email", sa.String(length=200), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("modified_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["municipality_id"],
            ["municipalities.id"],
            name=op.f("fk_persons_municipality_id_municipalities"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisations.id"],
            name=op.f("fk_persons_organisation_id_organisations"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_persons")),
        sa.UniqueConstraint("uuid", name=op.f("uq_persons_uuid")),
    )
    with op.batch_alter_table("persons", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_persons_municipality_id"), ["municipality_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_persons_organisation_id"), ["organisation_id"], unique=False
        )

    op.create_table(
        "situation_pictures",
        sa.Column("period_id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=500), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("version", sa.String(length=50), nullable=False),
        sa.Column("document_date", sa.Date(), nullable=True),
        sa.Column("dnr", sa.String(length=50), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("modified_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["period_id"],
            ["periods.id"],
            name=op.f("fk_situation_pictures_period_id_periods"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_situation_pictures")),
        sa.UniqueConstraint("period_id", name=op.f("uq_situation_pictures_period_id")),
        sa.UniqueConstraint("uuid", name=op.f("uq_situation_pictures_uuid")),
    )
    op.create_table(
        "action_plans",
        sa.Column("period_id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=500), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "utkast",
                "tillstyrkt",
                "beslutad",
                "undertecknad",
                "avslutad",
                name="documentstatus",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("version", sa.String(length=50), nullable=False),
        sa.Column("document_date", sa.Date(), nullable=True),
        sa.Column("introduction", sa.Text(), nullable=False),
        sa.Column("decision_id", sa.Integer(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("modified_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["decision_id"],
            ["board_decisions.id"],
            name=op.f("fk_action_plans_decision_id_board_decisions"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["period_id"],
            ["periods.id"],
            name=op.f("fk_action_plans_period_id_periods"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_action_plans")),
        sa.UniqueConstraint("period_id", name=op.f("uq_action_plans_period_id")),
        sa.UniqueConstraint("uuid", name=op.f("uq_action_plans_uuid")),
    )
    op.create_table(
        "official_reports",
        sa.Column("period_id", sa.Integer(), nullable=False),
        sa.Column("unit", sa.String(length=200), nullable=False),
        sa.Column("report_date", sa.Date(), nullable=True),
        sa.Column("dnr", sa.String(length=50), nullable=False),
        sa.Column("case_officer_id", sa.Integer(), nullable=True),
        sa.Column("recipient", sa.String(length=200), nullable=False),
        sa.Column("title", sa.String(length=500), nullable=False),
        sa.Column("matter", sa.Text(), nullable=False),
        sa.Column("decision_heading", sa.String(length=200), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("background", sa.Text(), nullable=False),
        sa.Column("statement", sa.Text(), nullable=False),
        sa.Column("financial_consequences", sa.Text(), nullable=False),
        sa.Column("child_perspective", sa.Text(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("modified_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_officer_id"],
            ["persons.id"],
            name=op.f("fk_official_reports_case_officer_id_persons"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["period_id"],
            ["periods.id"],
            name=op.f("fk_official_reports_period_id_periods"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_official_reports")),
        sa.UniqueConstraint("period_id", name=op.f("uq_official_reports_period_id")),
        sa.UniqueConstraint("uuid", name=op.f("uq_official_reports_uuid")),
    )
    op.create_table(
        "places",
        sa.Column("situation_picture_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("area", sa.String(length=200), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "otrygg_plats",
                "brottskoncentration",
                "bade",
                name="placekind",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("time_pattern", sa.Text(), nullable=False),
        sa.Column("internal", sa.Boolean(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("modified_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["situation_picture_id"],
            ["situation_pictures.id"],
            name=op.f("fk_places_situation_picture_id_situation_pictures"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_places")),
        sa.UniqueConstraint("uuid", name=op.f("uq_places_uuid")),
    )
    with op.batch_alter_table("places", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_places_situation_picture_id"), ["situation_picture_id"], unique=False
        )

    op.create_table(
        "prioritised_problems",
        sa.Column("situation_picture_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("analysis", sa.Text(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("modified_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["situation_picture_id"],
            ["situation_pictures.id"],
            name=op.f("fk_prioritised_problems_situation_picture_id_situation_pictures"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_prioritised_problems")),
        sa.UniqueConstraint("uuid", name=op.f("uq_prioritised_problems_uuid")),
    )
    with op.batch_alter_table("prioritised_problems", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_prioritised_problems_situation_picture_id"),
            ["situation_picture_id"],
            unique=False,
        )

    op.create_table(
        "promises",
        sa.Column("citizen_promises_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("theme", sa.String(length=200), nullable=False),
        sa.Column(
            "actor",
            sa.Enum(
                "polisen",
                "kommunen",
                "gemensamt",
                name="promiseactor",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("sentence", sa.Text(), nullable=False),
        sa.Column("quantity", sa.String(length=200), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("modified_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["citizen_promises_id"],
            ["citizen_promises.id"],
            name=op.f("fk_promises_citizen_promises_id_citizen_promises"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_promises")),
        sa.UniqueConstraint("uuid", name=op.f("uq_promises_uuid")),
    )
    with op.batch_alter_table("promises", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_promises_citizen_promises_id"), ["citizen_promises_id"], unique=False
        )

    op.create_table(
        "signatories",
        sa.Column("period_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column(
            "document",
            sa.Enum(
                "tjansteutlatande",
                "handlingsplan",
                "medborgarloften",
                "lagesbild",
                "motesanteckningar",
                "utvardering",
                "overenskommelse",
                name="documentkind",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("signing_for", sa.String(length=200), nullable=False),
        sa.Column("signed_date", sa.Date(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("modified_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["period_id"],
            ["periods.id"],
            name=op.f("fk_signatories_period_id_periods"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["persons.id"],
            name=op.f("fk_signatories_person_id_persons"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_signatories")),
        sa.UniqueConstraint("uuid", name=op.f("uq_signatories_uuid")),
    )
    with op.batch_alter_table("signatories", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_signatories_period_id"), ["period_id"], unique=False)

    op.create_table(
        "situation_sections",
        sa.Column("situation_picture_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "sammanfattning",
                "inledning",
                "kommunen_i_korthet",
                "brottsutveckling",
                "trygghet",
                "platser_och_tider",
                "barn_och_unga",
                "tema",
                "dialoger",
                "analys",
                "prioriterade_problem",
                "kallforteckning",
                "ovrigt",
                name="sectionkind",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("heading", sa.String(length=300), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("internal", sa.Boolean(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("modified_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["situation_picture_id"],
            ["situation_pictures.id"],
            name=op.f("fk_situation_sections_situation_picture_id_situation_pictures"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_situation_sections")),
        sa.UniqueConstraint("uuid", name=op.f("uq_situation_sections_uuid")),
    )
    with op.batch_alter_table("situation_sections", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_situation_sections_situation_picture_id"),
            ["situation_picture_id"],
            unique=False,
        )

    op.create_table(
        "sources",
        sa.Column("situation_picture_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("owner", sa.String(length=200), nullable=False),
        sa.Column("year", sa.Integer(), nullable=True),
        sa.Column("limitation", sa.Text(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("modified_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["situation_picture_id"],
            ["situation_pictures.id"],
            name=op.f("fk_sources_situation_picture_id_situation_pictures"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sources")),
        sa.UniqueConstraint("uuid", name=op.f("uq_sources_uuid")),
    )
    with op.batch_alter_table("sources", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_sources_situation_picture_id"), ["situation_picture_id"], unique=False
        )

    op.create_table(
        "attachments",
        sa.Column("report_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column(
            "document",
            sa.Enum(
                "tjansteutlatande",
                "handlingsplan",
                "medborgarloften",
                "lagesbild",
                "motesanteckningar",
                "utvardering",
                "overenskommelse",
                name="documentkind",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=True,
        ),
        sa.Column("title", sa.String(length=500), nullable=False),
        sa.Column("document_date", sa.Date(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("modified_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["report_id"],
            ["official_reports.id"],
            name=op.f("fk_attachments_report_id_official_reports"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_attachments")),
        sa.UniqueConstraint("uuid", name=op.f("uq_attachments_uuid")),
    )
    with op.batch_alter_table("attachments", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_attachments_report_id"), ["report_id"], unique=False)

    op.create_table(
        "decision_points",
        sa.Column("report_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("modified_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["report_id"],
            ["official_reports.id"],
            name=op.f("fk_decision_points_report_id_official_reports"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_decision_points")),
        sa.UniqueConstraint("uuid", name=op.f("uq_decision_points_uuid")),
    )
    with op.batch_alter_table("decision_points", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_decision_points_report_id"), ["report_id"], unique=False
        )

    op.create_table(
        "distribution_recipients",
        sa.Column("report_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("organisation_id", sa.Integer(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("modified_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisations.id"],
            name=op.f("fk_distribution_recipients_organisation_id_organisations"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["report_id"],
            ["official_reports.id"],
            name=op.f("fk_distribution_recipients_report_id_official_reports"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_distribution_recipients")),
        sa.UniqueConstraint("uuid", name=op.f("uq_distribution_recipients_uuid")),
    )
    with op.batch_alter_table("distribution_recipients", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_distribution_recipients_report_id"), ["report_id"], unique=False
        )

    op.create_table(
        "focus_areas",
        sa.Column("action_plan_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("problem_text", sa.Text(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("modified_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["action_plan_id"],
            ["action_plans.id"],
            name=op.f("fk_focus_areas_action_plan_id_action_plans"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_focus_areas")),
        sa.UniqueConstraint("uuid", name=op.f("uq_focus_areas_uuid")),
    )
    with op.batch_alter_table("focus_areas", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_focus_areas_action_plan_id"), ["action_plan_id"], unique=False
        )

    op.create_table(
        "problem_causes",
        sa.Column("problem_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("modified_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["problem_id"],
            ["prioritised_problems.id"],
            name=op.f("fk_problem_causes_problem_id_prioritised_problems"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_problem_causes")),
        sa.UniqueConstraint("uuid", name=op.f("uq_problem_causes_uuid")),
    )
    with op.batch_alter_table("problem_causes", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_problem_causes_problem_id"), ["problem_id"], unique=False
        )

    op.create_table(
        "promise_follow_ups",
        sa.Column("promise_id", sa.Integer(), nullable=False),
        sa.Column("period_label", sa.String(length=50), nullable=False),
        sa.Column("follow_up_date", sa.Date(), nullable=True),
        sa.Column(
            "status",
            sa.Enum(
                "ej_paborjad",
                "pagar",
                "genomford",
                "forsenad",
                "pausad",
                "installd",
                name="progressstatus",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("outcome", sa.Text(), nullable=False),
        sa.Column("comment", sa.Text(), nullable=False),
        sa.Column("communicated_on", sa.Date(), nullable=True),
        sa.Column("channel", sa.String(length=300), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("modified_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["promise_id"],
            ["promises.id"],
            name=op.f("fk_promise_follow_ups_promise_id_promises"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_promise_follow_ups")),
        sa.UniqueConstraint("uuid", name=op.f("uq_promise_follow_ups_uuid")),
    )
    with op.batch_alter_table("promise_follow_ups", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_promise_follow_ups_promise_id"), ["promise_id"], unique=False
        )

    op.create_table(
        "promise_places",
        sa.Column("promise_id", sa.Integer(), nullable=False),
        sa.Column("place_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["place_id"],
            ["places.id"],
            name=op.f("fk_promise_places_place_id_places"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["promise_id"],
            ["promises.id"],
            name=op.f("fk_promise_places_promise_id_promises"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("promise_id", "place_id", name=op.f("pk_promise_places")),
    )
    op.create_table(
        "report_sections",
        sa.Column("report_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("heading", sa.String(length=300), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("modified_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["report_id"],
            ["official_reports.id"],
            name=op.f("fk_report_sections_report_id_official_reports"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_report_sections")),
        sa.UniqueConstraint("uuid", name=op.f("uq_report_sections_uuid")),
    )
    with op.batch_alter_table("report_sections", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_report_sections_report_id"), ["report_id"], unique=False
        )

    op.create_table(
        "statistic_series",
        sa.Column("situation_picture_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("category", sa.String(length=300), nullable=False),
        sa.Column("area", sa.String(length=200), nullable=False),
        sa.Column("unit", sa.String(length=100), nullable=False),
        sa.Column("source_id", sa.Integer(), nullable=True),
        sa.Column("internal", sa.Boolean(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("modified_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["situation_picture_id"],
            ["situation_pictures.id"],
            name=op.f("fk_statistic_series_situation_picture_id_situation_pictures"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["source_id"],
            ["sources.id"],
            name=op.f("fk_statistic_series_source_id_sources"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_statistic_series")),
        sa.UniqueConstraint("uuid", name=op.f("uq_statistic_series_uuid")),
    )
    with op.batch_alter_table("statistic_series", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_statistic_series_situation_picture_id"),
            ["situation_picture_id"],
            unique=False,
        )

    op.create_table(
        "survey_indicators",
        sa.Column("situation_picture_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("survey", sa.String(length=300), nullable=False),
        sa.Column("indicator", sa.String(length=500), nullable=False),
        sa.Column("area", sa.String(length=200), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("value", sa.Double(), nullable=False),
        sa.Column("unit", sa.String(length=100), nullable=False),
        sa.Column("comparison_area", sa.String(length=200), nullable=False),
        sa.Column("comparison_value", sa.Double(), nullable=True),
        sa.Column("source_id", sa.Integer(), nullable=True),
        sa.Column("internal", sa.Boolean(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("modified_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["situation_picture_id"],
            ["situation_pictures.id"],
            name=op.f("fk_survey_indicators_situation_picture_id_situation_pictures"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["source_id"],
            ["sources.id"],
            name=op.f("fk_survey_indicators_source_id_sources"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_survey_indicators")),
        sa.UniqueConstraint("uuid", name=op.f("uq_survey_indicators_uuid")),
    )
    with op.batch_alter_table("survey_indicators", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_survey_indicators_situation_picture_id"),
            ["situation_picture_id"],
            unique=False,
        )

    op.create_table(
        "effect_goals",
        sa.Column("focus_area_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("indicator", sa.Text(), nullable=False),
        sa.Column("baseline", sa.String(length=200), nullable=False),
        sa.Column("target", sa.String(length=200), nullable=False),
        sa.Column("target_date", sa.Date(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("modified_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["focus_area_id"],
            ["focus_areas.id"],
            name=op.f("fk_effect_goals_focus_area_id_focus_areas"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_effect_goals")),
        sa.UniqueConstraint("uuid", name=op.f("uq_effect_goals_uuid")),
    )
    with op.batch_alter_table("effect_goals", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_effect_goals_focus_area_id"), ["focus_area_id"], unique=False
        )

    op.create_table(
        "focus_area_causes",
        sa.Column("focus_area_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("modified_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["focus_area_id"],
            ["focus_areas.id"],
            name=op.f("fk_focus_area_causes_focus_area_id_focus_areas"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_focus_area_causes")),
        sa.UniqueConstraint("uuid", name=op.f("uq_focus_area_causes_uuid")),
    )
    with op.batch_alter_table("focus_area_causes", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_focus_area_causes_focus_area_id"), ["focus_area_id"], unique=False
        )

    op.create_table(
        "focus_area_problems",
        sa.Column("focus_area_id", sa.Integer(), nullable=False),
        sa.Column("problem_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["focus_area_id"],
            ["focus_areas.id"],
            name=op.f("fk_focus_area_problems_focus_area_id_focus_areas"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["problem_id"],
            ["prioritised_problems.id"],
            name=op.f("fk_focus_area_problems_problem_id_prioritised_problems"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("focus_area_id", "problem_id", name=op.f("pk_focus_area_problems")),
    )
    op.create_table(
        "measures",
        sa.Column("focus_area_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=500), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("operational_goal", sa.Text(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "situationell",
                "social",
                "kommunikation",
                "kartlaggning",
                name="measurekind",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column(
            "owner_party",
            sa.Enum(
                "kommunen",
                "polisen",
                "gemensamt",
                "annan",
                name="ownerparty",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("responsible_unit_id", sa.Integer(), nullable=True),
        sa.Column("responsible_person_id", sa.Integer(), nullable=True),
        sa.Column("start_date", sa.Date(), nullable=True),
        sa.Column("deadline", sa.Date(), nullable=True),
        sa.Column("ongoing", sa.Boolean(), nullable=False),
        sa.Column(
            "work_kind",
            sa.Enum(
                "engangsinsats",
                "ordinarie",
                name="workkind",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("resources_kkr", sa.Double(), nullable=True),
        sa.Column("resources_hours", sa.Double(), nullable=True),
        sa.Column("within_existing_budget", sa.Boolean(), nullable=False),
        sa.Column("resources_note", sa.Text(), nullable=False),
        sa.Column("indicator", sa.Text(), nullable=False),
        sa.Column("data_source", sa.Text(), nullable=False),
        sa.Column(
            "follow_up_frequency",
            sa.Enum(
                "manad",
                "kvartal",
                "halvar",
                "ar",
                "periodslut",
                name="followupfrequency",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("modified_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["focus_area_id"],
            ["focus_areas.id"],
            name=op.f("fk_measures_focus_area_id_focus_areas"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["responsible_person_id"],
            ["persons.id"],
            name=op.f("fk_measures_responsible_person_id_persons"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["responsible_unit_id"],
            ["organisations.id"],
            name=op.f("fk_measures_responsible_unit_id_organisations"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_measures")),
        sa.UniqueConstraint("uuid", name=op.f("uq_measures_uuid")),
    )
    with op.batch_alter_table("measures", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_measures_focus_area_id"), ["focus_area_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_measures_responsible_person_id"), ["responsible_person_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_measures_responsible_unit_id"), ["responsible_unit_id"], unique=False
        )

    op.create_table(
        "statistic_values",
        sa.Column("series_id", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("value", sa.Double(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("modified_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["series_id"],
            ["statistic_series.id"],
            name=op.f("fk_statistic_values_series_id_statistic_series"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_statistic_values")),
        sa.UniqueConstraint("series_id", "year", name=op.f("uq_statistic_values_series_id")),
        sa.UniqueConstraint("uuid", name=op.f("uq_statistic_values_uuid")),
    )
    with op.batch_alter_table("statistic_values", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_statistic_values_series_id"), ["series_id"], unique=False
        )

    op.create_table(
        "evaluation_rows",
        sa.Column("evaluation_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("measure_id", sa.Integer(), nullable=True),
        sa.Column("focus_area_title", sa.String(length=300), nullable=False),
        sa.Column("measure_number", sa.String(length=20), nullable=False),
        sa.Column("measure_title", sa.String(length=500), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "genomford",
                "delvis_genomford",
                "pagaende_flyttas_over",
                "ej_genomford",
                "utgar",
                name="evaluationstatus",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column(
            "traffic_light",
            sa.Enum(
                "gron",
                "gul",
                "rod",
                name="trafficlight",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("target_value", sa.String(length=200), nullable=False),
        sa.Column("outcome_value", sa.String(length=200), nullable=False),
        sa.Column("comment", sa.Text(), nullable=False),
        sa.Column("assessed_effect", sa.Text(), nullable=False),
        sa.Column(
            "recommendation",
            sa.Enum(
                "fortsatt",
                "fortsatt_i_andrad_form",
                "avsluta",
                "till_ordinarie_verksamhet",
                name="recommendation",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("hours_spent", sa.Double(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("modified_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["evaluation_id"],
            ["evaluations.id"],
            name=op.f("fk_evaluation_rows_evaluation_id_evaluations"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["measure_id"],
            ["measures.id"],
            name=op.f("fk_evaluation_rows_measure_id_measures"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_evaluation_rows")),
        sa.UniqueConstraint("uuid", name=op.f("uq_evaluation_rows_uuid")),
    )
    with op.batch_alter_table("evaluation_rows", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_evaluation_rows_evaluation_id"), ["evaluation_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_evaluation_rows_measure_id"), ["measure_id"], unique=False
        )

    op.create_table(
        "measure_causes",
        sa.Column("measure_id", sa.Integer(), nullable=False),
        sa.Column("cause_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["cause_id"],
            ["focus_area_causes.id"],
            name=op.f("fk_measure_causes_cause_id_focus_area_causes"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["measure_id"],
            ["measures.id"],
            name=op.f("fk_measure_causes_measure_id_measures"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("measure_id", "cause_id", name=op.f("pk_measure_causes")),
    )
    op.create_table(
        "measure_follow_ups",
        sa.Column("measure_id", sa.Integer(), nullable=False),
        sa.Column("period_label", sa.String(length=50), nullable=False),
        sa.Column("follow_up_date", sa.Date(), nullable=True),
        sa.Column(
            "status",
            sa.Enum(
                "ej_paborjad",
                "pagar",
                "genomford",
                "forsenad",
                "pausad",
                "installd",
                name="progressstatus",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column(
            "traffic_light",
            sa.Enum(
                "gron",
                "gul",
                "rod",
                name="trafficlight",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("traffic_light_text", sa.Text(), nullable=False),
        sa.Column("outcome", sa.Text(), nullable=False),
        sa.Column("comment", sa.Text(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("modified_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["measure_id"],
            ["measures.id"],
            name=op.f("fk_measure_follow_ups_measure_id_measures"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_measure_follow_ups")),
        sa.UniqueConstraint("uuid", name=op.f("uq_measure_follow_ups_uuid")),
    )
    with op.batch_alter_table("measure_follow_ups", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_measure_follow_ups_measure_id"), ["measure_id"], unique=False
        )

    op.create_table(
        "measure_partners",
        sa.Column("measure_id", sa.Integer(), nullable=False),
        sa.Column("organisation_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["measure_id"],
            ["measures.id"],
            name=op.f("fk_measure_partners_measure_id_measures"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisations.id"],
            name=op.f("fk_measure_partners_organisation_id_organisations"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("measure_id", "organisation_id", name=op.f("pk_measure_partners")),
    )
    op.create_table(
        "measure_places",
        sa.Column("measure_id", sa.Integer(), nullable=False),
        sa.Column("place_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["measure_id"],
            ["measures.id"],
            name=op.f("fk_measure_places_measure_id_measures"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["place_id"],
            ["places.id"],
            name=op.f("fk_measure_places_place_id_places"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("measure_id", "place_id", name=op.f("pk_measure_places")),
    )
    op.create_table(
        "measure_problems",
        sa.Column("measure_id", sa.Integer(), nullable=False),
        sa.Column("problem_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["measure_id"],
            ["measures.id"],
            name=op.f("fk_measure_problems_measure_id_measures"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["problem_id"],
            ["prioritised_problems.id"],
            name=op.f("fk_measure_problems_problem_id_prioritised_problems"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("measure_id", "problem_id", name=op.f("pk_measure_problems")),
    )
    op.create_table(
        "promise_measures",
        sa.Column("promise_id", sa.Integer(), nullable=False),
        sa.Column("measure_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["measure_id"],
            ["measures.id"],
            name=op.f("fk_promise_measures_measure_id_measures"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["promise_id"],
            ["promises.id"],
            name=op.f("fk_promise_measures_promise_id_promises"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("promise_id", "measure_id", name=op.f("pk_promise_measures")),
    )


def downgrade() -> None:
    op.drop_table("promise_measures")
    op.drop_table("measure_problems")
    op.drop_table("measure_places")
    op.drop_table("measure_partners")
    with op.batch_alter_table("measure_follow_ups", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_measure_follow_ups_measure_id"))

    op.drop_table("measure_follow_ups")
    op.drop_table("measure_causes")
    with op.batch_alter_table("evaluation_rows", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_evaluation_rows_measure_id"))
        batch_op.drop_index(batch_op.f("ix_evaluation_rows_evaluation_id"))

    op.drop_table("evaluation_rows")
    with op.batch_alter_table("statistic_values", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_statistic_values_series_id"))

    op.drop_table("statistic_values")
    with op.batch_alter_table("measures", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_measures_responsible_unit_id"))
        batch_op.drop_index(batch_op.f("ix_measures_responsible_person_id"))
        batch_op.drop_index(batch_op.f("ix_measures_focus_area_id"))

    op.drop_table("measures")
    op.drop_table("focus_area_problems")
    with op.batch_alter_table("focus_area_causes", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_focus_area_causes_focus_area_id"))

    op.drop_table("focus_area_causes")
    with op.batch_alter_table("effect_goals", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_effect_goals_focus_area_id"))

    op.drop_table("effect_goals")
    with op.batch_alter_table("survey_indicators", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_survey_indicators_situation_picture_id"))

    op.drop_table("survey_indicators")
    with op.batch_alter_table("statistic_series", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_statistic_series_situation_picture_id"))

    op.drop_table("statistic_series")
    with op.batch_alter_table("report_sections", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_report_sections_report_id"))

    op.drop_table("report_sections")
    op.drop_table("promise_places")
    with op.batch_alter_table("promise_follow_ups", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_promise_follow_ups_promise_id"))

    op.drop_table("promise_follow_ups")
    with op.batch_alter_table("problem_causes", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_problem_causes_problem_id"))

    op.drop_table("problem_causes")
    with op.batch_alter_table("focus_areas", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_focus_areas_action_plan_id"))

    op.drop_table("focus_areas")
    with op.batch_alter_table("distribution_recipients", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_distribution_recipients_report_id"))

    op.drop_table("distribution_recipients")
    with op.batch_alter_table("decision_points", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_decision_points_report_id"))

    op.drop_table("decision_points")
    with op.batch_alter_table("attachments", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_attachments_report_id"))

    op.drop_table("attachments")
    with op.batch_alter_table("sources", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_sources_situation_picture_id"))

    op.drop_table("sources")
    with op.batch_alter_table("situation_sections", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_situation_sections_situation_picture_id"))

    op.drop_table("situation_sections")
    with op.batch_alter_table("signatories", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_signatories_period_id"))

    op.drop_table("signatories")
    with op.batch_alter_table("promises", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_promises_citizen_promises_id"))

    op.drop_table("promises")
    with op.batch_alter_table("prioritised_problems", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_prioritised_problems_situation_picture_id"))

    op.drop_table("prioritised_problems")
    with op.batch_alter_table("places", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_places_situation_picture_id"))

    op.drop_table("places")
    op.drop_table("official_reports")
    op.drop_table("action_plans")
    op.drop_table("situation_pictures")
    with op.batch_alter_table("persons", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_persons_organisation_id"))
        batch_op.drop_index(batch_op.f("ix_persons_municipality_id"))

    op.drop_table("persons")
    with op.batch_alter_table("period_parties", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_period_parties_period_id"))
        batch_op.drop_index(batch_op.f("ix_period_parties_organisation_id"))

    op.drop_table("period_parties")
    op.drop_table("evaluations")
    op.drop_table("council_endorsements")
    op.drop_table("citizen_promises")
    with op.batch_alter_table("board_decisions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_board_decisions_period_id"))

    op.drop_table("board_decisions")
    op.drop_table("agreements")
    with op.batch_alter_table("periods", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_periods_municipality_id"))

    op.drop_table("periods")
    with op.batch_alter_table("organisations", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_organisations_municipality_id"))

    op.drop_table("organisations")
    op.drop_table("municipalities")
