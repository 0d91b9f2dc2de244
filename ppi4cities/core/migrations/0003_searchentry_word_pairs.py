"""PostgreSQL: add the word-pair lexemes that let quoted phrases match through the index alone.

Every entry's vector is rebuilt from the text `core_searchentry` already holds (nothing to do
on SQLite, whose FTS5 tables match phrases by themselves)."""

from django.db import migrations

BATCH = 2000


def rebuild_vectors(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    from ppi4cities.core.fulltext import Document, _row, postgres

    entry = apps.get_model("core", "SearchEntry")
    fields = ["kind", "object_id", "language", "title", "summary", "body", "keywords"]
    rows = entry.objects.order_by("kind", "object_id").values_list(*fields)
    batch, current = [], None
    for kind, *values in rows.iterator(chunk_size=BATCH):
        if batch and (kind != current or len(batch) == BATCH):
            postgres.write(current, batch)
            batch = []
        current = kind
        batch.append(_row(Document(*values)))
    if batch:
        postgres.write(current, batch)


class Migration(migrations.Migration):
    dependencies = [("core", "0002_searchentry")]

    operations = [migrations.RunPython(rebuild_vectors, migrations.RunPython.noop)]
