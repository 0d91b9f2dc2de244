from django.db import migrations, models

THEMES = [
    "mobility", "digital", "energy", "smart-city", "environment", "social", "health",
    "education", "other",
]


def create_themes(apps, schema_editor):
    Theme = apps.get_model("core", "Theme")
    for position, code in enumerate(THEMES):
        Theme.objects.update_or_create(code=code, defaults={"position": position})


class Migration(migrations.Migration):
    initial = True
    dependencies = []

    operations = [
        migrations.CreateModel(
            name="Tag",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("name", models.CharField(max_length=60, unique=True, verbose_name="name")),
                ("slug", models.SlugField(allow_unicode=True, max_length=70, unique=True, verbose_name="slug")),
            ],
            options={"verbose_name": "tag", "verbose_name_plural": "tags", "ordering": ["name"]},
        ),
        migrations.CreateModel(
            name="Theme",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("code", models.CharField(choices=[("mobility", "Sustainable mobility"), ("digital", "Digital public services"), ("energy", "Energy efficiency"), ("smart-city", "Smart city"), ("environment", "Environment and climate"), ("social", "Social innovation"), ("health", "Health and care"), ("education", "Education"), ("other", "Other")], max_length=20, unique=True, verbose_name="code")),
                ("position", models.PositiveSmallIntegerField(default=0, verbose_name="position")),
            ],
            options={"verbose_name": "theme", "verbose_name_plural": "themes", "ordering": ["position"]},
        ),
        migrations.RunPython(create_themes, migrations.RunPython.noop),
    ]
