"""The demo library: "Veröffentlichungen" with the network's publications and generated PDFs.

Each PDF is made here and then read by the pipeline itself (page count, text, WebP cover), like an
upload; what exists already (a document by its title, a page by its slug) is left as it is.
"""

import datetime
import io

from django.core.files.base import ContentFile
from django.utils.text import slugify
from wagtail.documents import get_document_model
from wagtail.models import Collection
from wagtail.utils.file import hash_filelike

from publications import reading
from publications.demo.content import INDEX, PUBLICATIONS, paragraphs
from publications.demo.documents import render_pdf
from publications.models import (
    DatePrecision,
    FileKind,
    PdfInfo,
    PdfStatus,
    PublicationFile,
    PublicationIndexPage,
    PublicationPage,
)

LANGUAGE_SUFFIXES = {"de": "", "en": " (English)", "fr": " (français)", "nl": " (Nederlands)"}
KIND_SUFFIXES = {FileKind.FULL_TEXT: "", FileKind.SUMMARY: " – Summary"}


def build_publications(builder):
    index = builder.get_or_create_page(
        builder.page("home"),
        PublicationIndexPage,
        "veroeffentlichungen",
        before="kontakt",
        show_in_menus=True,
        **INDEX,
    )
    for data in PUBLICATIONS:
        build_publication(builder, index, data)


def build_publication(builder, index, data):
    """One publication with its files; a publication that exists is only remembered."""
    if builder.find_page(index, PublicationPage, data["key"]) is not None:
        builder.get_or_create_page(index, PublicationPage, data["key"])
        return
    files = [
        PublicationFile(
            sort_order=position,
            document=demo_document(builder, data, language, kind, pages),
            language=language,
            kind=kind,
        )
        for position, (language, kind, pages) in enumerate(data["files"])
    ]
    events = known_pages(builder, [data["event"]] if "event" in data else [])
    builder.get_or_create_page(
        index,
        PublicationPage,
        data["key"],
        title=data["title"],
        summary=data["summary"],
        slug={code: slugify(title) for code, title in data["title"].items() if code != "de"},
        publication_type=data["type"],
        date=datetime.date(data["year"], 1, 1),
        date_precision=DatePrecision.YEAR,
        authors="\n".join(data["authors"]),
        citation={"de": f"{'; '.join(data['authors'])} ({data['year']}): {data['title']['de']}."},
        topics=known_pages(builder, data["topics"]),
        regions=known_pages(builder, data["regions"]),
        related_event=events[0] if events else None,
        files=files,
    )


def known_pages(builder, keys):
    """The pages of other apps' demo content that exist (the library does not depend on them)."""
    return [builder.pages[key] for key in keys if key in builder.pages]


def demo_document(builder, data, language, kind, pages):
    """The generated PDF of one file of a publication, read by the pipeline; found again by its title."""
    title = f"{data['title']['de']}{KIND_SUFFIXES[kind]}{LANGUAGE_SUFFIXES[language]} ({data['year']})"
    document_model = get_document_model()
    document = document_model.objects.filter(title=title).order_by("pk").first()
    if document is None:
        content = render_pdf(
            title=data["title"].get(language, data["title"]["de"]),
            subtitle=data["summary"].get(language, data["summary"]["de"]).split(". ")[0],
            year=data["year"],
            language=language,
            pages=pages,
            paragraphs=[data["summary"].get(language, data["summary"]["de"]), *paragraphs(language)],
            landscape=data.get("landscape", False),
        )
        suffix = "-summary" if kind == FileKind.SUMMARY else ""
        name = f"{slugify(data['title']['de'])[:60]}-{data['year']}-{language}{suffix}.pdf"
        document = document_model(
            title=title,
            collection=Collection.get_first_root_node(),
            file_size=len(content),
            file_hash=hash_filelike(io.BytesIO(content)),
        )
        document.file.save(name, ContentFile(content), save=False)
        document.save()
        builder.stored_files.append((document.file.storage, document.file.name))
        builder.created("Dokument", title)
    if not PdfInfo.objects.filter(document=document, file_hash=document.file_hash, status=PdfStatus.READY).exists():
        reading.read_document(document.pk, document.file_hash)
        info = PdfInfo.objects.select_related("cover").get(document=document)
        if info.cover:
            builder.stored_files.append((info.cover.file.storage, info.cover.file.name))
    return document
