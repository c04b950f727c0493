"""What every page type of the site shares: languages, preview, metadata, breadcrumbs."""

from http import HTTPMethod

from django.conf import settings
from django.utils import translation
from wagtail.models import Page
from wagtail.search import index

from imeg.translation_utils import DEFAULT_LANGUAGE, LANGUAGE_CODES, unique_translated_slugs


class BasePage(Page):
    """Base of every page type: field-level translations, language preview and the page's head."""

    allowed_http_methods = [HTTPMethod.GET, HTTPMethod.HEAD, HTTPMethod.OPTIONS]

    search_fields = Page.search_fields + [index.SearchField("search_description")]

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

    def get_breadcrumbs(self):
        """The ancestors shown in the breadcrumb trail, from the home page down."""
        return self.get_ancestors().filter(depth__gt=1)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        translated = self.is_translated()
        translations = self.get_translations(request)
        urls = {item["code"]: item["full_url"] for item in translations}
        content_language = translation.get_language() if translated else DEFAULT_LANGUAGE
        context.update(
            content_language=content_language,
            is_translated=translated,
            translations=translations,
            # An untranslated page shows the German text, so the German URL is its canonical one.
            canonical_url=urls[content_language],
            default_language_url=urls[DEFAULT_LANGUAGE],
        )
        return context
