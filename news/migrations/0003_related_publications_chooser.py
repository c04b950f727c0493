"""Related publications of a news item move from a bare many-to-many field to an ordered inline
relation, which the admin edits with a searchable multiple chooser. Existing choices (also those in
drafts and older revisions) are kept, newest publication first as the page showed them."""

import django.db.models.deletion
import modelcluster.fields
from django.db import migrations, models


def copy_choices(apps, schema_editor):
    NewsPage = apps.get_model("news", "NewsPage")
    NewsRelatedPublication = apps.get_model("news", "NewsRelatedPublication")
    PublicationPage = apps.get_model("publications", "PublicationPage")
    Revision = apps.get_model("wagtailcore", "Revision")
    ContentType = apps.get_model("contenttypes", "ContentType")

    Through = NewsPage.related_publications.through
    links = []
    for news_id in Through.objects.values_list("newspage_id", flat=True).distinct():
        publications = PublicationPage.objects.filter(
            pk__in=Through.objects.filter(newspage_id=news_id).values("publicationpage_id")
        ).order_by("-date", "-pk")
        links += [
            NewsRelatedPublication(page_id=news_id, publication_id=publication.pk, sort_order=position)
            for position, publication in enumerate(publications)
        ]
    NewsRelatedPublication.objects.bulk_create(links)

    news_type = ContentType.objects.filter(app_label="news", model="newspage").first()
    if news_type is None:
        return
    dates = dict(PublicationPage.objects.values_list("pk", "date"))
    for revision in Revision.objects.filter(content_type=news_type).iterator():
        content = revision.content or {}
        if "related_publications" not in content:
            continue
        chosen = [pk for pk in content.pop("related_publications") or [] if pk in dates]
        chosen.sort(key=lambda pk: (dates[pk], pk), reverse=True)
        content["related_publication_links"] = [
            {"pk": None, "sort_order": position, "page": int(revision.object_id), "publication": pk}
            for position, pk in enumerate(chosen)
        ]
        revision.content = content
        revision.save(update_fields=["content"])


class Migration(migrations.Migration):
    dependencies = [
        ("news", "0002_related_publications"),
        ("publications", "0001_initial"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        migrations.CreateModel(
            name="NewsRelatedPublication",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("sort_order", models.IntegerField(blank=True, editable=False, null=True)),
                (
                    "page",
                    modelcluster.fields.ParentalKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="related_publication_links",
                        to="news.newspage",
                    ),
                ),
                (
                    "publication",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="news_links",
                        to="publications.publicationpage",
                        verbose_name="Veröffentlichung",
                    ),
                ),
            ],
            options={
                "verbose_name": "Verwandte Veröffentlichung",
                "verbose_name_plural": "Verwandte Veröffentlichungen",
                "ordering": ["sort_order"],
                "abstract": False,
            },
        ),
        migrations.RunPython(copy_choices, migrations.RunPython.noop),
        migrations.RemoveField(model_name="newspage", name="related_publications"),
    ]
