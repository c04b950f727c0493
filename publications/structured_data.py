"""schema.org data of a publication: a Report (or ScholarlyArticle) with its PDFs."""

from django.utils import translation

from imeg.seo.metadata import json_ld
from imeg.translation_utils import DEFAULT_LANGUAGE
from publications.choices import PublicationType

ORGANISATION = "Initiativkreis Metropolitane Grenzregionen"


def media_object(file, request):
    document = file.document
    data = {
        "@type": "MediaObject",
        "name": document.title,
        "contentUrl": request.build_absolute_uri(document.url),
        "encodingFormat": "application/pdf",
        "inLanguage": file.language,
    }
    if document.file_size:
        data["contentSize"] = f"{document.file_size} B"
    if file.info and file.info.page_count:
        data["numberOfPages"] = file.info.page_count
    return data


def publication_data(page, request):
    kind = "ScholarlyArticle" if page.publication_type == PublicationType.ARTICLE else "Report"
    data = {
        "@context": "https://schema.org",
        "@type": kind,
        "name": page.title,
        "headline": page.title[:110],
        "description": page.summary,
        "datePublished": page.date_iso,
        "inLanguage": translation.get_language() if page.is_translated() else DEFAULT_LANGUAGE,
        "url": page.get_full_url(request),
        "genre": page.get_publication_type_display(),
        "author": [{"@type": "Organization", "name": name} for name in page.author_list]
        or [{"@type": "Organization", "name": ORGANISATION}],
        "publisher": {"@type": "Organization", "name": ORGANISATION},
    }
    files = [media_object(file, request) for file in page.ordered_files]
    if files:
        data["encoding"] = files
        data["associatedMedia"] = files
    cover = page.cover_image
    rendition = cover.get_rendition_or_none("width-1200|format-jpeg") if cover is not None else None
    if rendition is not None:
        data["image"] = request.build_absolute_uri(rendition.url)
    if page.external_url:
        data["sameAs"] = page.external_url
    if page.citation:
        data["citation"] = page.citation
    if page.last_published_at:
        data["dateModified"] = page.last_published_at.isoformat()
    return {key: value for key, value in data.items() if value not in (None, "", [])}


def publication_json_ld(page, request):
    return json_ld(publication_data(page, request))
