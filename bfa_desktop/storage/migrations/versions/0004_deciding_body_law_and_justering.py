"""The body that adopts the plan, the law by the period's end, and the minutes' justering.

- A period names its deciding body (Kommunfullmäktige, Kommunstyrelsen or a nämnd, default
  Kommunstyrelsen). The tjänsteutlåtande's "Till" and decision heading that still hold the old
  fixed defaults are emptied: they now follow the deciding body, which says the same.
- A period that runs on or after 2023-07-01 is under Lag (2023:196), whatever its start date
  (periods were given the legal basis by their start).
- The council's minutes get the justering: secretary, chair, justerare and the date.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-01
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

BODIES = ("kommunfullmaktige", "kommunstyrelsen", "namnd")
JUSTERING_TEXTS = ("secretary", "chair", "adjusters")


def upgrade() -> None:
    with op.batch_alter_table("periods") as batch_op:
        batch_op.add_column(
            sa.Column(
                "deciding_body",
                sa.Enum(
                    *BODIES,
                    name="decidingbody",
                    native_enum=False,
                    create_constraint=True,
                    length=32,
                ),
                nullable=False,
                server_default="kommunstyrelsen",
            )
        )
        batch_op.add_column(
            sa.Column("deciding_body_name", sa.String(200), nullable=False, server_default="")
        )
    op.execute(
        "UPDATE periods SET legal_basis = CASE WHEN end_date >= '2023-07-01' "
        "THEN 'lag_2023_196' ELSE 'frivillig' END"
    )
    op.execute("UPDATE official_reports SET recipient = '' WHERE recipient = 'Kommunstyrelsen'")
    op.execute(
        "UPDATE official_reports SET decision_heading = '' "
        "WHERE decision_heading = 'Kommunstyrelsens beslut'"
    )
    with op.batch_alter_table("council_endorsements") as batch_op:
        for name, length in zip(JUSTERING_TEXTS, (200, 200, 300), strict=True):
            batch_op.add_column(
                sa.Column(name, sa.String(length), nullable=False, server_default="")
            )
        batch_op.add_column(sa.Column("adjusted_date", sa.Date(), nullable=True))
    # The model supplies defaults; the server defaults were only for existing rows.
    with op.batch_alter_table("periods") as batch_op:
        for column in ("deciding_body", "deciding_body_name"):
            batch_op.alter_column(column, server_default=None)
    with op.batch_alter_table("council_endorsements") as batch_op:
        for column in JUSTERING_TEXTS:
            batch_op.alter_column(column, server_default=None)


def downgrade() -> None:
    with op.batch_alter_table("council_endorsements") as batch_op:
        for column in (*JUSTERING_TEXTS, "adjusted_date"):
            batch_op.drop_column(column)
    op.execute("UPDATE official_reports SET recipient = 'Kommunstyrelsen' WHERE recipient = ''")
    op.execute(
        "UPDATE official_reports SET decision_heading = 'Kommunstyrelsens beslut' "
        "WHERE decision_heading = ''"
    )
    with op.batch_alter_table("periods") as batch_op:
        batch_op.drop_column("deciding_body_name")
        batch_op.drop_column("deciding_body")
