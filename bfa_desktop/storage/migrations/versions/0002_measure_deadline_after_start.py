"""A measure's deadline cannot come before its start.

Measures saved with the two dates the wrong way round keep both dates, swapped. SQLite adds a
CHECK constraint only by recreating the table, so this runs in batch mode; migrate.upgrade()
keeps foreign keys off meanwhile so that the follow-ups, links and evaluation rows that point
at measures survive the recreation.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-27
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

CONDITION = "deadline IS NULL OR start_date IS NULL OR deadline >= start_date"


def upgrade() -> None:
    op.execute(
        "UPDATE measures SET start_date = deadline, deadline = start_date "
        "WHERE deadline < start_date"
    )
    with op.batch_alter_table("measures", recreate="always") as batch_op:
        batch_op.create_check_constraint("deadline_after_start", CONDITION)


def downgrade() -> None:
    with op.batch_alter_table("measures", recreate="always") as batch_op:
        batch_op.drop_constraint("deadline_after_start", type_="check")
