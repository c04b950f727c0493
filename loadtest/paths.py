"""The paths the load drill cycles through: one page of each type, its feeds and the search, in every language.

    python loadtest/paths.py > paths.txt

Reads the database DATABASE_URL names (run by loadtest/run.sh with the drill's environment). Models are
looked up by name, so a page type that does not exist (yet) is left out rather than breaking the drill.
"""

import contextlib
import os
import sys
from pathlib import Path
from urllib.parse import urlencode

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "imeg.settings")

import django  # noqa: E402

django.setup()

from django.apps import apps  # noqa: E402
from django.conf import settings  # noqa: E402
from django.urls import NoReverseMatch, reverse  # noqa: E402
from django.utils import translation  # noqa: E402

PAGE_TYPES = [
    ("imeg.HomePage", 1, []),
    ("imeg.ContentPage", 2, []),
    ("imeg.TopicIndexPage", 1, []),
    ("imeg.TopicPage", 2, []),
    ("regions.RegionIndexPage", 1, []),
    ("regions.RegionPage", 2, []),
    ("news.NewsIndexPage", 1, ["rss", "atom"]),
    ("news.NewsPage", 3, []),
    ("news.EventIndexPage", 1, ["ical"]),
    ("news.EventPage", 2, []),
    ("publications.PublicationIndexPage", 1, ["rss"]),
    ("publications.PublicationPage", 2, []),
]
SEARCH_WORDS = {"de": "Grenzregion", "en": "border region", "fr": "frontière", "nl": "grens"}


def live_pages(label, count):
    try:
        model = apps.get_model(label)
    except LookupError:
        return []
    return list(model.objects.live().public().order_by("path")[:count])


def paths():
    for code, _ in settings.LANGUAGES:
        with translation.override(code):
            for label, count, subpages in PAGE_TYPES:
                for page in live_pages(label, count):
                    url = page.get_url()
                    yield url
                    for name in subpages:
                        yield url.rstrip("/") + "/" + page.reverse_subpage(name).lstrip("/")
            with contextlib.suppress(NoReverseMatch):
                yield f"{reverse('search')}?{urlencode({'q': SEARCH_WORDS.get(code, 'IMeG')})}"


if __name__ == "__main__":
    found = list(dict.fromkeys(path for path in paths() if path))
    if not found:
        sys.exit("No live pages: is the demo site loaded (manage.py load_demo)?")
    sys.stdout.write("\n".join(found) + "\n")
