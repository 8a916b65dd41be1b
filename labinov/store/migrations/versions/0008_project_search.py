"""project search: on PostgreSQL, a GIN index of each project's words (title and profile
texts) for the region's full-text search; nothing on SQLite (it searches with LIKE)

Revision ID: 0008_project_search
Revises: 0007_attachment_purpose
Create Date: 2026-11-30 08:30:00

No table or column changes: bundles are unaffected (no format_version change). The
expression is kept here as text, as it was when this revision was written; the search
(``labinov/services/region.py`` ``PROJECT_VECTOR``) must use the very same expression for
PostgreSQL to use the index (tests/services/test_region.py checks both and the plan).
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0008_project_search"
down_revision: str | None = "0007_attachment_purpose"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

PROJECT_VECTOR = (
    "to_tsvector('simple'::regconfig, coalesce(title, '') || ' ' || "
    "coalesce(profile ->> 'purpose', '') || ' ' || coalesce(profile ->> 'benefits', '') || ' ' || "
    "coalesce(profile ->> 'results', '') || ' ' || "
    "coalesce(profile ->> 'design_summary', '') || ' ' || "
    "coalesce(profile ->> 'government_affair', '') || ' ' || "
    "coalesce(profile ->> 'source_region', '') || ' ' || "
    "coalesce(profile ->> 'source_name', ''))"
)


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(f"CREATE INDEX ix_project_search ON project USING gin ({PROJECT_VECTOR})")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP INDEX IF EXISTS ix_project_search")
