import django.contrib.postgres.search
import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models




def create_vector_index(apps, schema_editor):
    # GIN is PostgreSQL's; SQLite matches the text instead (imeg/search/query.py).
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("CREATE INDEX search_entry_vector ON imeg_searchentry USING gin (search_vector)")


def drop_vector_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("DROP INDEX IF EXISTS search_entry_vector")


class Migration(migrations.Migration):

    dependencies = [
        ('contenttypes', '0002_remove_content_type_name'),
        ('imeg', '0002_editorial_groups'),
        migrations.swappable_dependency(settings.WAGTAIL_PAGE_MODEL),
    ]

    operations = [
        migrations.CreateModel(
            name='SearchEntry',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('language', models.CharField(max_length=5)),
                ('title', models.TextField()),
                ('summary', models.TextField(blank=True)),
                ('body', models.TextField(blank=True)),
                ('date', models.DateField(blank=True, null=True)),
                ('search_vector', django.contrib.postgres.search.SearchVectorField(editable=False, null=True)),
                ('page', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='+', to=settings.WAGTAIL_PAGE_MODEL)),
                ('page_type', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='+', to='contenttypes.contenttype')),
            ],
            options={
                'verbose_name': 'Suchindex-Eintrag',
                'verbose_name_plural': 'Suchindex-Einträge',
                'indexes': [models.Index(fields=['language', 'page_type'], name='search_entry_language_type')],
                'constraints': [models.UniqueConstraint(fields=('page', 'language'), name='search_entry_page_language')],
            },
        ),
        migrations.RunPython(create_vector_index, drop_vector_index),
    ]
