"""Factories for the library; `make_document` stores a PDF as a Wagtail document like an upload does."""

import datetime
import io

import factory
from django.contrib.contenttypes.models import ContentType
from django.core.files.base import ContentFile
from django.utils import timezone
from django.utils.text import slugify
from wagtail.documents import get_document_model
from wagtail.models import Collection, Page
from wagtail.utils.file import hash_filelike

from publications.models import PublicationFile, PublicationIndexPage, PublicationPage, PublicationType
from tests.factories import FiledPageFactory, TranslatedPageFactory
from tests.publications.pdfs import valid_pdf


class PublicationIndexPageFactory(TranslatedPageFactory):
    title_de = "Veröffentlichungen"
    slug_de = "veroeffentlichungen"
    title_en = "Publications"
    slug_en = "publications"
    title_fr = "Publications"
    slug_fr = "publications"
    title_nl = "Publicaties"
    slug_nl = "publicaties"

    class Meta:
        model = PublicationIndexPage


class PublicationPageFactory(FiledPageFactory):
    title_de = factory.Sequence(lambda n: f"Positionspapier {n}")
    summary_de = factory.LazyAttribute(lambda page: f"Worum es in „{page.title_de}“ geht.")
    publication_type = PublicationType.POSITION_PAPER
    date = datetime.date(2018, 10, 1)

    class Meta:
        model = PublicationPage


def make_document(content=None, *, title="Positionspapier", name="positionspapier.pdf", collection=None):
    """A document holding `content` (a valid PDF by default), saved as the admin saves an upload."""
    content = valid_pdf() if content is None else content
    document = get_document_model()(
        title=title,
        collection=collection or Collection.get_first_root_node(),
        file_size=len(content),
        file_hash=hash_filelike(io.BytesIO(content)),
    )
    document.file.save(name, ContentFile(content), save=False)
    document.save()
    return document


def attach(page, document, *, language="de", kind="full_text", sort_order=0):
    return PublicationFile.objects.create(
        page=page, document=document, language=language, kind=kind, sort_order=sort_order
    )


def bulk_publications(index, count, *, topics=(), documents=(), first_date=datetime.date(2026, 1, 1)):
    """Many live publications under `index` with a few INSERTs (treebeard's add_child saves one by one)."""
    last = index.get_last_child()
    step = Page._str2int(last.path[-Page.steplen :]) if last is not None else 0
    content_type = ContentType.objects.get_for_model(PublicationPage)
    now = timezone.now()
    pages, rows = [], []
    for offset in range(1, count + 1):
        title = f"Massenpapier {step + offset}"
        slug = slugify(title)
        url_path = f"{index.url_path}{slug}/"
        pages.append(
            Page(
                path=index.path + Page._int2str(step + offset).rjust(Page.steplen, "0"),
                depth=index.depth + 1,
                numchild=0,
                live=True,
                title=title,
                title_de=title,
                slug=slug,
                slug_de=slug,
                url_path=url_path,
                url_path_de=url_path,
                content_type=content_type,
                locale_id=index.locale_id,
                first_published_at=now,
                last_published_at=now,
            )
        )
        rows.append(
            {
                "summary_de": f"Kurzfassung von {title}.",
                "publication_type": PublicationType.values[offset % len(PublicationType.values)],
                "date": first_date - datetime.timedelta(days=offset),
            }
        )
    pages = Page.objects.bulk_create(pages)
    objects = [PublicationPage(page_ptr_id=page.pk, **row) for page, row in zip(pages, rows, strict=True)]
    PublicationPage._base_manager.all()._batched_insert(
        objects, PublicationPage._meta.local_concrete_fields, batch_size=500
    )
    Page.objects.filter(pk=index.pk).update(numchild=index.numchild + len(pages))
    index.numchild += len(pages)
    if topics:
        through = PublicationPage.topics.through
        through.objects.bulk_create(
            [
                through(publicationpage_id=page.pk, topicpage_id=topics[n % len(topics)].pk)
                for n, page in enumerate(pages)
            ]
        )
    if documents:
        PublicationFile.objects.bulk_create(
            [
                PublicationFile(page_id=page.pk, document=documents[n % len(documents)], language="de", sort_order=0)
                for n, page in enumerate(pages)
            ]
        )
    return pages
