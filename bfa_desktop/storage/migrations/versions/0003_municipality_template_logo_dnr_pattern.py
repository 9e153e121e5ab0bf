"""The municipality's own Word template and logo; the case-number pattern replaces the prefix.

A prefix such as "KS" becomes the pattern "KS ÅÅÅÅ/NNNN" (year and serial number), which is
how Danderyd and most municipalities write a diarienummer.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-27
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("municipalities") as batch_op:
        batch_op.add_column(
            sa.Column("dnr_pattern", sa.String(50), nullable=False, server_default="KS ÅÅÅÅ/NNNN")
        )
        batch_op.add_column(sa.Column("template", sa.LargeBinary(), nullable=True))
        batch_op.add_column(
            sa.Column("template_name", sa.String(255), nullable=False, server_default="")
        )
        batch_op.add_column(sa.Column("logo", sa.LargeBinary(), nullable=True))
        batch_op.add_column(
            sa.Column("logo_name", sa.String(255), nullable=False, server_default="")
        )
    op.execute(
        "UPDATE municipalities SET dnr_pattern = "
        "CASE WHEN trim(dnr_prefix) = '' THEN 'ÅÅÅÅ/NNNN' "
        "ELSE trim(dnr_prefix) || ' ÅÅÅÅ/NNNN' END"
    )
    with op.batch_alter_table("municipalities") as batch_op:
        batch_op.drop_column("dnr_prefix")
        # The model supplies defaults; the server defaults were only for existing rows.
        for column in ("dnr_pattern", "template_name", "logo_name"):
            batch_op.alter_column(column, server_default=None)


def downgrade() -> None:
    with op.batch_alter_table("municipalities") as batch_op:
        batch_op.add_column(
            sa.Column("dnr_prefix", sa.String(20), nullable=False, server_default="KS")
        )
    op.execute(
        "UPDATE municipalities SET dnr_prefix = trim(substr(dnr_pattern, 1, "
        "instr(dnr_pattern || ' ', ' ') - 1))"
    )
    with op.batch_alter_table("municipalities") as batch_op:
        for column in ("dnr_pattern", "template", "template_name", "logo", "logo_name"):
            batch_op.drop_column(column)
