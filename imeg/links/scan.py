"""Which links a live page holds, and which of its internal ones point nowhere.

Internal links come from Wagtail's reference index (rich text, chooser blocks, page and document
fields, inline panels, in every language's column). External links are the http(s) addresses in
URL fields, rich text and StreamField values of the page and its inline objects.
"""

import re

from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from modelcluster.models import ClusterableModel, get_all_child_relations
from wagtail.documents import get_document_model
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page, PageViewRestriction, ReferenceIndex

from imeg.models import BrokenInternalLink, ExternalLink, LinkProblem

HREF = re.compile(r"""href=["'](https?://[^"'\s<>]+)["']""", re.IGNORECASE)
URL = re.compile(r"^https?://[^\s<>\"']+$", re.IGNORECASE)
MAX_URL_LENGTH = 2000
DELETED = (LinkProblem.PAGE_DELETED, LinkProblem.DOCUMENT_DELETED)


def _strings(value):
    """Every string inside StreamField JSON."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list | tuple):
        for item in value:
            yield from _strings(item)


def _urls_in_text(text):
    if URL.match(text.strip()):
        yield text.strip()
    yield from HREF.findall(text)


def external_urls(instance):
    """The http(s) addresses an object and its inline objects link to."""
    urls = set()
    for field in instance._meta.concrete_fields:
        value = field.value_from_object(instance)
        if not value:
            continue
        if isinstance(field, StreamField):
            raw = value.raw_data if hasattr(value, "raw_data") else value
            for text in _strings(list(raw)):
                urls.update(_urls_in_text(text))
        elif isinstance(value, str) and (
            isinstance(field, RichTextField) or field.get_internal_type() in {"URLField", "TextField", "CharField"}
        ):
            urls.update(HREF.findall(value) if isinstance(field, RichTextField) else _urls_in_text(value))
    if isinstance(instance, ClusterableModel):
        for relation in get_all_child_relations(instance):
            for child in getattr(instance, relation.get_accessor_name()).all():
                urls |= external_urls(child)
    return {url for url in urls if len(url) <= MAX_URL_LENGTH}


def _restricted_paths():
    return list(PageViewRestriction.objects.values_list("page__path", flat=True))


def _page_problems(ids):
    """Problems of the linked pages by id: deleted, not live or behind a view restriction."""
    pages = {str(page.pk): page for page in Page.objects.filter(pk__in=[int(i) for i in ids if i.isdigit()])}
    restricted = _restricted_paths()
    problems = {}
    for target_id in ids:
        page = pages.get(target_id)
        if page is None:
            problems[target_id] = (LinkProblem.PAGE_DELETED, "")
        elif not page.live:
            problems[target_id] = (LinkProblem.PAGE_UNPUBLISHED, page.title)
        elif any(page.path.startswith(path) for path in restricted):
            problems[target_id] = (LinkProblem.PAGE_PRIVATE, page.title)
    return problems


def _document_problems(ids):
    documents = {
        str(doc.pk): doc for doc in get_document_model().objects.filter(pk__in=[int(i) for i in ids if i.isdigit()])
    }
    problems = {}
    for target_id in ids:
        document = documents.get(target_id)
        if document is None:
            problems[target_id] = (LinkProblem.DOCUMENT_DELETED, "")
        elif not document.file or not document.file.storage.exists(document.file.name):
            problems[target_id] = (LinkProblem.DOCUMENT_FILE_MISSING, document.title)
    return problems


def _broken_link(source_id, kind, target_id, problem, title, field):
    return BrokenInternalLink(
        source_page_id=source_id,
        target_model=kind,
        target_id=target_id,
        target_title=title[:255],
        problem=problem,
        field=str(field)[:255],
    )


def check_page(page):
    """Rebuild the broken internal links and the external links of one page from its live content."""
    page = Page.objects.filter(pk=page.pk).first()
    if page is None:
        return
    with transaction.atomic():
        rows = BrokenInternalLink.objects.filter(source_page=page)
        # A chooser whose page or document was deleted holds nothing any more, so the content no
        # longer shows that link; what the deletion recorded stays until the page is published again.
        kept = rows.filter(problem__in=DELETED) if page.live else rows.none()
        if page.last_published_at:
            kept = kept.exclude(found_at__lt=page.last_published_at)
        rows.exclude(pk__in=kept.values("pk")).delete()
        kept = set(kept.values_list("target_model", "target_id"))
        ExternalLink.pages.through.objects.filter(page_id=page.pk).delete()
        if not page.live:
            return
        page = page.specific
        ReferenceIndex.create_or_update_for_object(page)
        page_type = ContentType.objects.get_for_model(Page)
        document_type = ContentType.objects.get_for_model(get_document_model())
        references = ReferenceIndex.get_references_for_object(page).filter(
            to_content_type__in=[page_type, document_type]
        )
        targets = {"page": {}, "document": {}}
        for reference in references:
            kind = "page" if reference.to_content_type_id == page_type.pk else "document"
            targets[kind].setdefault(reference.to_object_id, reference.describe_source_field())
        found = {"page": _page_problems(targets["page"]), "document": _document_problems(targets["document"])}
        BrokenInternalLink.objects.bulk_create(
            _broken_link(page.pk, kind, target_id, problem, title, targets[kind][target_id])
            for kind, problems in found.items()
            for target_id, (problem, title) in problems.items()
            if (kind, target_id) not in kept
        )
        for url in external_urls(page):
            link, _created = ExternalLink.objects.get_or_create(url=url)
            link.pages.add(page)
        ExternalLink.objects.filter(pages=None).delete()


def links_to(instance):
    """The live pages linking to a page or document: (source page id, where), from Wagtail's reference index."""
    base_type = ContentType.objects.get_for_model(Page)
    references = ReferenceIndex.get_references_to(instance).filter(base_content_type=base_type)
    found = {}
    for reference in references:
        if reference.object_id.isdigit() and int(reference.object_id) != instance.pk:
            found.setdefault(int(reference.object_id), str(reference.describe_source_field())[:255])
    live = set(Page.objects.live().filter(pk__in=found).values_list("pk", flat=True))
    return [(source_id, field) for source_id, field in found.items() if source_id in live]


def mark_links(kind, target_id, title, problem, links):
    """Record that these links (from `links_to`) to a page or document are broken."""
    BrokenInternalLink.objects.filter(target_model=kind, target_id=str(target_id)).delete()
    existing = set(
        Page.objects.live().filter(pk__in=[source_id for source_id, _field in links]).values_list("pk", flat=True)
    )
    BrokenInternalLink.objects.bulk_create(
        BrokenInternalLink(
            source_page_id=source_id,
            target_model=kind,
            target_id=str(target_id),
            target_title=str(title)[:255],
            problem=problem,
            field=field,
        )
        for source_id, field in links
        if source_id in existing
    )


def mark_links_to(instance, problem):
    """Record at once that the links of live pages to `instance` are broken (unpublished, private)."""
    kind = "page" if isinstance(instance, Page) else "document"
    mark_links(kind, instance.pk, instance.title, problem, links_to(instance))


def recheck_links_to(instance):
    """A page or document is back: the pages that had broken links to it are checked again."""
    kind = "page" if isinstance(instance, Page) else "document"
    sources = BrokenInternalLink.objects.filter(target_model=kind, target_id=str(instance.pk))
    check_pages(set(sources.values_list("source_page_id", flat=True)))


def check_pages(page_ids):
    for page in Page.objects.filter(pk__in=page_ids):
        check_page(page)


def check_all_pages():
    """Rebuild the whole index from every live page (`manage.py check_links`)."""
    for page in Page.objects.live().filter(depth__gt=1).iterator():
        check_page(page)


def check_new_pages(pages, references):
    """`check_page` for many live pages made at once (the WordPress import): they have no rows yet.

    `references` are their ReferenceIndex rows, just written; the linked pages and documents are
    looked up once for all of them.
    """
    page_type = ContentType.objects.get_for_model(Page)
    document_type = ContentType.objects.get_for_model(get_document_model())
    targets = {}  # source page pk → {(kind, target id): field}
    for reference in references:
        if reference.to_content_type_id in (page_type.pk, document_type.pk):
            kind = "page" if reference.to_content_type_id == page_type.pk else "document"
            key = (kind, str(reference.to_object_id))
            targets.setdefault(int(reference.object_id), {}).setdefault(key, reference.describe_source_field())
    wanted = {
        kind: {key[1] for found in targets.values() for key in found if key[0] == kind}
        for kind in ("page", "document")
    }
    found = {"page": _page_problems(wanted["page"]), "document": _document_problems(wanted["document"])}
    BrokenInternalLink.objects.bulk_create(
        _broken_link(source_id, kind, target_id, *found[kind][target_id], field)
        for source_id, links in targets.items()
        for (kind, target_id), field in links.items()
        if target_id in found[kind]
    )
    urls = {page.pk: external_urls(page) for page in pages}
    all_urls = set().union(*urls.values()) if urls else set()
    known = set(ExternalLink.objects.filter(url__in=all_urls).values_list("url", flat=True))
    # Another process may add the same address meanwhile (the import's catch-up worker): skipped, then read.
    ExternalLink.objects.bulk_create(
        [ExternalLink(url=url) for url in sorted(all_urls - known)], ignore_conflicts=True
    )
    links = {link.url: link for link in ExternalLink.objects.filter(url__in=all_urls)}
    through = ExternalLink.pages.through
    through.objects.bulk_create(
        through(externallink_id=links[url].pk, page_id=page_id)
        for page_id, page_urls in urls.items()
        for url in page_urls
    )
