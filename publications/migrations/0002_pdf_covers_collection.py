"""Move the covers rendered from PDFs into a collection of their own ("PDF-Titelbilder")."""

from django.db import migrations

COVERS_COLLECTION_NAME = "PDF-Titelbilder"
ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
STEP = 4


def child_path(parent_path, number):
    """The materialised path of a collection's `number`th child (django-treebeard's MP_Node, base 36)."""
    digits = ""
    while number:
        number, remainder = divmod(number, len(ALPHABET))
        digits = ALPHABET[remainder] + digits
    return parent_path + digits.rjust(STEP, "0")


def move_covers(apps, schema_editor):
    Collection = apps.get_model("wagtailcore", "Collection")
    CustomImage = apps.get_model("imeg", "CustomImage")
    PdfInfo = apps.get_model("publications", "PdfInfo")

    root = Collection.objects.select_for_update().filter(depth=1).order_by("path").first()
    if root is None:
        return
    covers = Collection.objects.filter(depth=2, name=COVERS_COLLECTION_NAME).order_by("path").first()
    if covers is None:
        last = Collection.objects.filter(depth=2, path__startswith=root.path).order_by("-path").first()
        number = int(last.path[-STEP:], len(ALPHABET)) + 1 if last else 1
        covers = Collection.objects.create(
            name=COVERS_COLLECTION_NAME, depth=2, path=child_path(root.path, number), numchild=0
        )
        Collection.objects.filter(pk=root.pk).update(numchild=Collection.objects.filter(depth=2).count())
    cover_ids = PdfInfo.objects.exclude(cover=None).values("cover_id")
    CustomImage.objects.filter(pk__in=cover_ids).update(collection=covers)


class Migration(migrations.Migration):
    dependencies = [
        ("imeg", "0003_search_entry"),
        ("publications", "0001_initial"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(move_covers, migrations.RunPython.noop)]
