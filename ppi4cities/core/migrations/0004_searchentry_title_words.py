"""PostgreSQL: a GIN index on the words of the folded title, to find title matches quickly."""

from django.db import migrations

CREATE = (
    "CREATE INDEX core_searchentry_title_words ON core_searchentry "
    "USING gin (to_tsvector('simple', title_folded))"
)
DROP = "DROP INDEX IF EXISTS core_searchentry_title_words"


def _on_postgresql(statement):
    def run(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            schema_editor.execute(statement)

    return run


class Migration(migrations.Migration):
    dependencies = [("core", "0003_searchentry_word_pairs")]

    operations = [migrations.RunPython(_on_postgresql(CREATE), _on_postgresql(DROP))]
