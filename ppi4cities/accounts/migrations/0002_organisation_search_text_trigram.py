"""A trigram index on organisations' search_text, so directory searches stay fast on PostgreSQL.

The directory matches every query word with `search_text LIKE '%word%'`. Without an index
each of the five queries of a search page scans the whole table (about 8 ms each at 10,000
organisations, measured by `make bench`); pg_trgm's GIN index answers them in well under a
millisecond. pg_trgm is a trusted extension, so the database owner may create it. On SQLite
this migration does nothing: the embedded default never holds that many rows.
"""

from django.db import migrations

INDEX = "accounts_organisation_search_trgm"


def create_index(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    table = schema_editor.quote_name(apps.get_model("accounts", "Organisation")._meta.db_table)
    schema_editor.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    schema_editor.execute(
        f"CREATE INDEX IF NOT EXISTS {INDEX} ON {table} USING gin (search_text gin_trgm_ops)"
    )


def drop_index(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")


class Migration(migrations.Migration):
    dependencies = [("accounts", "0001_initial")]

    operations = [migrations.RunPython(create_index, drop_index)]
