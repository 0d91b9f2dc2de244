"""The full-text index: one table in Django's state, and per-database search structures.

`core_searchentry` holds the text of every indexed record on both databases. What searches it
depends on the engine and stays outside Django's model state (see docs/search.md):
SQLite gets three FTS5 tables keyed by the entry's id; PostgreSQL gets a weighted tsvector
column with a GIN index and a pg_trgm index on the folded title for typo tolerance.
"""

from django.db import migrations, models

SQLITE_CREATE = [
    "CREATE VIRTUAL TABLE core_searchentry_fts USING fts5(title, summary, body, keywords, "
    "tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3')",
    "CREATE VIRTUAL TABLE core_searchentry_stem USING fts5(title, summary, body, keywords, "
    "tokenize = 'porter unicode61 remove_diacritics 2')",
    "CREATE VIRTUAL TABLE core_searchentry_trigram USING fts5(title, tokenize = 'trigram')",
    "CREATE INDEX core_searchentry_title_prefix ON core_searchentry (kind, title_folded)",
]
SQLITE_DROP = [
    "DROP INDEX IF EXISTS core_searchentry_title_prefix",
    "DROP TABLE IF EXISTS core_searchentry_trigram",
    "DROP TABLE IF EXISTS core_searchentry_stem",
    "DROP TABLE IF EXISTS core_searchentry_fts",
]
POSTGRES_CREATE = [
    "CREATE EXTENSION IF NOT EXISTS pg_trgm",
    "ALTER TABLE core_searchentry ADD COLUMN vector tsvector NOT NULL DEFAULT ''::tsvector",
    "CREATE INDEX core_searchentry_vector ON core_searchentry USING gin (vector)",
    "CREATE INDEX core_searchentry_title_trgm ON core_searchentry "
    "USING gin (title_folded gin_trgm_ops)",
    "CREATE INDEX core_searchentry_title_prefix ON core_searchentry "
    "(kind, title_folded text_pattern_ops)",
]
POSTGRES_DROP = [
    "DROP INDEX IF EXISTS core_searchentry_title_prefix",
    "DROP INDEX IF EXISTS core_searchentry_title_trgm",
    "DROP INDEX IF EXISTS core_searchentry_vector",
    "ALTER TABLE core_searchentry DROP COLUMN IF EXISTS vector",
]


def _run(statements_by_vendor):
    def run(apps, schema_editor):
        for statement in statements_by_vendor.get(schema_editor.connection.vendor, []):
            schema_editor.execute(statement)

    return run


class Migration(migrations.Migration):
    dependencies = [("core", "0001_initial")]

    operations = [
        migrations.CreateModel(
            name="SearchEntry",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("kind", models.CharField(max_length=40)),
                ("object_id", models.BigIntegerField()),
                ("language", models.CharField(max_length=8)),
                ("title", models.TextField()),
                ("title_folded", models.TextField()),
                ("summary", models.TextField(blank=True)),
                ("body", models.TextField(blank=True)),
                ("keywords", models.TextField(blank=True)),
            ],
            options={
                "constraints": [
                    models.UniqueConstraint(fields=("kind", "object_id"), name="core_searchentry_unique")
                ],
            },
        ),
        migrations.RunPython(
            _run({"sqlite": SQLITE_CREATE, "postgresql": POSTGRES_CREATE}),
            _run({"sqlite": SQLITE_DROP, "postgresql": POSTGRES_DROP}),
        ),
    ]
