"""Request middleware of the site core."""

from django.middleware.locale import LocaleMiddleware
from django.utils import translation


class LanguagePrefixMiddleware(LocaleMiddleware):
    """Activate the language of the URL prefix; never guess one for an unprefixed path.

    Django's LocaleMiddleware redirects every unprefixed 404 to a prefixed URL, so `/xx/`
    would become `/de/xx/`. Only `/` chooses a language (`imeg.views.choose_language`);
    any other path without a known prefix is simply not found.
    """

    def process_response(self, request, response):
        if response.status_code == 404 and not translation.get_language_from_path(request.path_info):
            response.headers.setdefault("Content-Language", translation.get_language())
            return response
        return super().process_response(request, response)
