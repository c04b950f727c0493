"""What every page type of the site shares: languages, preview, metadata, breadcrumbs."""

from http import HTTPMethod

from django.conf import settings
from django.utils import timezone, translation
from wagtail.models import Page
from wagtail.search import index

from imeg.search.content import fields_text
from imeg.translation_utils import DEFAULT_LANGUAGE, LANGUAGE_CODES, unique_translated_slugs
from imeg.translations.fallback import fallback_fields


class BasePage(Page):
    """Base of every page type: field-level translations, language preview and the page's head."""

    allowed_http_methods = [HTTPMethod.GET, HTTPMethod.HEAD, HTTPMethod.OPTIONS]

    search_fields = Page.search_fields + [index.SearchField("search_description")]
    # The site search (imeg/search): fields whose text is the result's summary (weight B) and body (C).
    search_summary_fields = ()
    search_body_fields = ()
    # Sharing (imeg/seo): the page's main image is the first of these that it has and that is set.
    share_image_fields = ("image", "lead_image", "hero_image", "cover_image")
    # The page's main content: where one of these shows German on a translated page, the German
    # fallback notice is shown as on an untranslated page (imeg/translations/fallback.py).
    main_content_fields = ("intro", "body", "teaser", "summary")

    class Meta:
        abstract = True

    @property
    def preview_modes(self):
        return [(code, name) for code, name in settings.LANGUAGES]

    @property
    def default_preview_mode(self):
        language = translation.get_language()
        return language if language in LANGUAGE_CODES else DEFAULT_LANGUAGE

    def serve_preview(self, request, mode_name):
        """Preview the page in the language chosen as preview mode (default: the editor's)."""
        language = mode_name if mode_name in LANGUAGE_CODES else DEFAULT_LANGUAGE
        with translation.override(language):
            request.LANGUAGE_CODE = language
            response = super().serve_preview(request, mode_name)
            if hasattr(response, "render"):
                response.render()
        return response

    def _set_core_field_defaults(self):
        # Wagtail fills a missing slug (and the draft title) through `self.slug` and `self.title`, which
        # modeltranslation maps to the active language, the editor's admin language: a draft saved from
        # an English admin got its German title's slug as its English slug, and no German slug at all.
        with translation.override(DEFAULT_LANGUAGE):
            super()._set_core_field_defaults()

    def minimal_clean(self):
        """Wagtail's checks for a draft, on the default language's title rather than the active language's.

        Wagtail assigns `self.title` to itself here; read with the German fallback and written to the
        active language, that copied the German title into the editor's admin language.
        """
        self._set_core_field_defaults()
        title_field = f"title_{DEFAULT_LANGUAGE}"
        setattr(self, title_field, self._meta.get_field(title_field).clean(getattr(self, title_field), self))
        self._check_slug_is_unique()

    def save(self, *args, **kwargs):
        if self.pk is None and self.depth and self.depth > 1:
            # New pages (and copies) never clash with a sibling's slug in any language.
            unique_translated_slugs(self)
        return super().save(*args, **kwargs)

    def is_translated(self, language=None):
        """Whether the page has its own text in the language; the title is the editors' marker."""
        language = language or translation.get_language()
        return language == DEFAULT_LANGUAGE or bool(getattr(self, f"title_{language}", ""))

    def get_translations(self, request=None):
        """The page in every language of the site: code, local name, URL and absolute URL, translated?"""
        result = []
        for code in LANGUAGE_CODES:
            with translation.override(code):
                result.append(
                    {
                        "code": code,
                        "name": translation.get_language_info(code)["name_local"],
                        "url": self.get_url(request),
                        "full_url": self.get_full_url(request),
                        "translated": self.is_translated(code),
                    }
                )
        return result

    def search_content(self):
        """Title, summary and body texts and date of the page in the active language, for the site search.

        Page types name their fields in `search_summary_fields`/`search_body_fields`, or extend this
        (publications add the text of their PDFs).
        """
        return {
            "title": self.title,
            "summary": [self.search_description, fields_text(self, self.search_summary_fields)],
            "body": [fields_text(self, self.search_body_fields)],
            "date": self.search_date(),
        }

    def search_date(self):
        """The date a search result shows: when the page was last published, unless it has its own."""
        published = self.last_published_at or self.first_published_at
        return timezone.localdate(published) if published else None

    @classmethod
    def search_dependencies(cls):
        """(model label, function(instance) → queryset of pages): saving or deleting such an instance
        reindexes those pages, e.g. a PDF's text that a publication's search text includes."""
        return []

    def get_cached_paths(self):
        """The page's URL and its routes without parameters (feeds, iCalendar), purged from caches together."""
        from imeg.page_cache.purge import page_cache_paths

        return page_cache_paths(self)

    def get_breadcrumbs(self):
        """The ancestors shown in the breadcrumb trail, from the home page down."""
        # Asked twice per request (the visible trail and its JSON-LD): one query.
        if not hasattr(self, "_breadcrumbs"):
            self._breadcrumbs = list(self.get_ancestors().filter(depth__gt=1))
        return self._breadcrumbs

    def seo_image(self):
        """The page's main image, shown (cropped to 1200×630) when the page is shared; None if it has none."""
        return next((image for name in self.share_image_fields if (image := getattr(self, name, None))), None)

    def seo_summary(self):
        """Plain text summing the page up, for its meta description where editors wrote no search description."""
        return fields_text(self, self.search_summary_fields or ("teaser", "summary", "intro"))

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        translated = self.is_translated()
        translations = self.get_translations(request)
        urls = {item["code"]: item["full_url"] for item in translations}
        content_language = translation.get_language() if translated else DEFAULT_LANGUAGE
        context.update(
            content_language=content_language,
            is_translated=translated,
            show_language_notice=not translated or bool(fallback_fields(self, self.main_content_fields)),
            translations=translations,
            # An untranslated page shows the German text, so the German URL is its canonical one.
            canonical_url=urls[content_language],
            default_language_url=urls[DEFAULT_LANGUAGE],
        )
        return context
