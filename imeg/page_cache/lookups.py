"""What every page request asks Wagtail for, answered from the lookup cache: its site and view restrictions.

The replacements of Wagtail's methods that imeg/patches.py installs (decisions 54 and 55); the values
come from imeg.lookup_cache and are rebuilt after any change of pages, sites or restrictions.
"""

from django.db.models import Q
from django.http.request import split_domain_port
from wagtail.models import Page, PageViewRestriction, Site

from imeg.lookup_cache import cached


def restricted_paths():
    """Tree paths of the pages with a view restriction (password, login, groups); their subtrees are private."""
    return cached("restricted-paths", lambda: sorted(PageViewRestriction.objects.values_list("page__path", flat=True)))


def private_q(self):
    """Wagtail's PageQuerySet.private_q without its query: the restricted paths come from the cache."""
    condition = Q()
    for path in restricted_paths():
        condition |= Q(path__startswith=path)
    return condition if condition else Q(pk__in=[])


_page_view_restrictions = Page.get_view_restrictions


def get_view_restrictions(self):
    """Page.get_view_restrictions, answered without a query for a page in no private subtree."""
    if self.alias_of_id is None and not any(self.path.startswith(path) for path in restricted_paths()):
        return PageViewRestriction.objects.none()
    return _page_view_restrictions(self)


_find_site_for_request = Site._find_for_request


def find_site_for_request(request):
    """Site._find_for_request from the cache, with the site's root page loaded as its specific type."""
    hostname = split_domain_port(request._get_raw_host())[0]

    def build():
        site = _find_site_for_request(request)
        if site is not None:
            site.root_page = site.root_page.specific
        return site

    return cached(f"site:{hostname}:{request.get_port()}", build)
