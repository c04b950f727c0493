"""Which cached URLs a change affects, in every language, and the signals that purge them.

A page's change purges, in each of the four languages (translated slugs included):
- the page and its routes without parameters (feeds, iCalendar, CSV): `Page.get_cached_paths()`;
- its URLs before the change, if its slug changed or it moved;
- the pages below it, if its title or slug changed (breadcrumbs, URLs) or it moved or went away;
- its parent (listings, child-page teasers), the home page (news, events, publications sections),
  the search pages and the sitemaps;
- the pages it refers to (a news item's topics and regions list it) and the pages that refer to it
  (model relations both ways, and Wagtail's ReferenceIndex for links in rich text and blocks);
- every page, if the main menu or the footer shows it and its title, slug, menu flag or
  publication changed.
Images, documents and snippets purge the pages that use them; site settings, sites and view
restrictions purge every page. Our own cache is purged at once; other frontend-cache backends
(a CDN, Varnish) get the same URLs through Wagtail's purge task.
"""

import logging

from django.conf import settings
from django.db import transaction
from django.db.models import ForeignKey, ManyToManyField
from django.db.models.signals import post_delete, post_save, pre_delete, pre_save
from django.utils import translation
from wagtail.contrib.frontend_cache.utils import purge_urls_from_cache
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.contrib.settings.models import BaseGenericSetting, BaseSiteSetting
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page, PageViewRestriction, ReferenceIndex, Site
from wagtail.signals import page_published, page_unpublished, post_page_move, pre_page_move
from wagtail.snippets.models import get_snippet_models

from imeg.page_cache import store
from imeg.search import SEARCH_SLUGS
from imeg.translation_utils import LANGUAGE_CODES

logger = logging.getLogger(__name__)

OWN_BACKEND = "imeg.page_cache.backend.PageCacheBackend"
SITEMAP_PATHS = ["/sitemap.xml"] + [f"/sitemap-{code}.xml" for code in LANGUAGE_CODES]
# The state of pages before a publish saved them, by primary key (see `remember_live_state`); a full
# save that is not followed by a publish leaves an entry behind, so the dict is emptied when it grows.
_before = {}
BEFORE_LIMIT = 1000


def page_cache_paths(page):
    """The page's own path "/" and its routes that take no parameters (feeds, iCalendar, CSV)."""
    paths = ["/"]
    if isinstance(page, RoutablePageMixin):
        for pattern in type(page).get_subpage_urls():
            if pattern.name and not pattern.pattern.regex.groups:
                subpath = page.reverse_subpage(pattern.name)
                if subpath.strip("/"):
                    paths.append(subpath)
    return paths


def language_urls(page):
    """[(root URL, path)] of the page in every language; empty if it is not under a site."""
    urls = []
    for code in LANGUAGE_CODES:
        with translation.override(code):
            parts = page.get_url_parts()
        if parts is not None:
            urls.append((parts[1], parts[2]))
    return urls


def heading(page):
    """What other pages show of a page: its titles and slugs in every language, menu flag, publication."""
    return (
        tuple(getattr(page, f"title_{code}", None) for code in LANGUAGE_CODES),
        tuple(getattr(page, f"slug_{code}", None) for code in LANGUAGE_CODES),
        page.show_in_menus,
        page.live,
    )


def related_pages(page):
    """Pages related to this one through its model's fields, both ways (topics, regions, events, …)."""
    model = type(page)
    related = []
    for field in model._meta.get_fields(include_parents=False):
        if isinstance(field, (ForeignKey, ManyToManyField)) and not field.remote_field.parent_link:
            if not issubclass(field.related_model, Page):
                continue
            if isinstance(field, ForeignKey):
                target = getattr(page, field.name, None)
                related += [target] if target is not None else []
            else:
                related += list(getattr(page, field.name).all())
    for relation in model._meta.related_objects:
        if relation.model is Page or relation.parent_link or not issubclass(relation.related_model, Page):
            continue
        if relation.field.model is Page or relation.one_to_one:
            continue
        related += list(getattr(page, relation.get_accessor_name()).all())
    return related


def referring_objects(instance):
    """Objects whose content (rich text, blocks, choosers) refers to the instance, from Wagtail's ReferenceIndex."""
    try:
        return [source for source, _references in ReferenceIndex.get_grouped_references_to(instance)]
    except Exception:  # a purge must never break saving what the editor saved
        logger.exception("Could not read the references to %r", instance)
        return []


class Purge:
    """Paths, subtrees and whole sites to forget, collected and then purged together."""

    def __init__(self):
        self.urls = set()  # (root URL, path)
        self.trees = set()
        self.tree_pages = []
        self.everything = False

    def add_urls(self, page, subpaths=True):
        for root_url, path in language_urls(page):
            for subpath in page.get_cached_paths() if subpaths else ["/"]:
                self.urls.add((root_url, path + subpath.lstrip("/")))

    def add_tree(self, page):
        for root_url, path in language_urls(page):
            self.trees.add(path)
            self.urls.add((root_url, path))
        self.tree_pages.append(page)

    def add_site_pages(self, page):
        """Home pages, search pages and sitemaps of the sites the page belongs to."""
        for site in Site.objects.select_related("root_page"):
            root = site.root_page
            if page is None or page.path.startswith(root.path):
                self.add_urls(root.specific_deferred)
                self.urls.update((site.root_url, f"/{code}/{slug}/") for code, slug in SEARCH_SLUGS.items())
                self.urls.update((site.root_url, path) for path in SITEMAP_PATHS)

    def add_page(self, page, before=None, whole_tree=False):
        """Everything a change of the page (from the state `before`) shows on."""
        page = page.specific_deferred
        changed = before is None or before["heading"] != heading(page)
        self.add_urls(page)
        self.urls.update(before["urls"] if before else ())
        if whole_tree or (changed and page.numchild):
            self.add_tree(page)
            self.trees.update(before["trees"] if before else ())
        parent = page.get_parent()
        if parent is not None and parent.depth > 1:
            self.add_urls(parent.specific_deferred)
        self.add_site_pages(page)
        for other in related_pages(page) + (before["related"] if before else []):
            self.add_urls(other.specific_deferred)
        for source in referring_objects(page):
            if isinstance(source, Page):
                self.add_urls(source.specific_deferred)
            elif isinstance(source, (BaseSiteSetting, BaseGenericSetting)) and changed:
                self.everything = True
        if changed and parent is not None and Site.objects.filter(root_page=parent).exists():
            was_in_menu = before["heading"][2] if before else False
            if page.show_in_menus or was_in_menu:
                self.everything = True

    def add_users_of(self, instance):
        """The pages that show an image, document or snippet; every page if the site settings do."""
        for source in referring_objects(instance):
            if isinstance(source, Page):
                self.add_page(source)
            elif isinstance(source, (BaseSiteSetting, BaseGenericSetting)):
                self.everything = True

    def run(self):
        self.purge_store()
        # Again once the change is committed: a request between the purge and the commit may have
        # stored the page as it was.
        transaction.on_commit(self.purge_store)
        self.notify_other_backends()

    def purge_store(self):
        if self.everything:
            store.forget_everything()
        else:
            store.purge_paths({path for _root, path in self.urls})
            for prefix in self.trees:
                store.purge_tree(prefix)

    def notify_other_backends(self):
        """Send the full URLs to a CDN or Varnish configured beside our cache (WAGTAILFRONTENDCACHE)."""
        names = [
            name
            for name, config in getattr(settings, "WAGTAILFRONTENDCACHE", {}).items()
            if config["BACKEND"] != OWN_BACKEND
        ]
        if not names:
            return
        pages = Page.objects.live().filter(depth__gt=1) if self.everything else None
        if pages is None and self.tree_pages:
            pages = Page.objects.none()
            for page in self.tree_pages:
                pages |= Page.objects.descendant_of(page)
        for page in pages.specific() if pages is not None else []:
            self.add_urls(page)
        purge_urls_from_cache(sorted(root + path for root, path in self.urls), backends=names)


def purge_page(page, before=None, whole_tree=False):
    purge = Purge()
    purge.add_page(page, before=before, whole_tree=whole_tree)
    purge.run()


def purge_everything():
    purge = Purge()
    purge.everything = True
    purge.run()


def live_state(page):
    """What a change of the page could take off other pages: its URLs, subtrees, heading and relations."""
    urls = set()
    trees = set()
    for root_url, path in language_urls(page):
        trees.add(path)
        urls.update((root_url, path + subpath.lstrip("/")) for subpath in page.get_cached_paths())
    return {"urls": urls, "trees": trees, "heading": heading(page), "related": related_pages(page)}


# Signal handlers


def remember_live_state(sender, instance, update_fields=None, **kwargs):
    """Before a page's full save (a publish), note what the live version showed and where."""
    if not isinstance(instance, Page) or instance.pk is None or update_fields is not None:
        return
    old = type(instance).objects.filter(pk=instance.pk, live=True).first()
    if old is not None:
        if len(_before) >= BEFORE_LIMIT:
            _before.clear()
        _before[instance.pk] = live_state(old)


def page_changed(sender, instance, **kwargs):
    purge_page(instance, before=_before.pop(instance.pk, None))


def page_moving(sender, instance, **kwargs):
    purge_page(instance, whole_tree=True)


def page_moved(sender, instance, **kwargs):
    purge_page(Page.objects.get(pk=instance.pk).specific, whole_tree=True)


def page_deleting(sender, instance, **kwargs):
    # Deleting a page deletes its base row too; purge once, for the specific instance.
    if isinstance(instance, Page) and type(instance) is not Page:
        purge_page(instance, whole_tree=True)


def used_object_changed(sender, instance, **kwargs):
    purge = Purge()
    purge.add_users_of(instance)
    purge.run()


def everything_changed(sender, **kwargs):
    purge_everything()


def connect():
    """Called once when the apps are ready."""
    pre_save.connect(remember_live_state, dispatch_uid="imeg_page_cache_before_save")
    page_published.connect(page_changed, dispatch_uid="imeg_page_cache_published")
    page_unpublished.connect(page_changed, dispatch_uid="imeg_page_cache_unpublished")
    pre_page_move.connect(page_moving, dispatch_uid="imeg_page_cache_moving")
    post_page_move.connect(page_moved, dispatch_uid="imeg_page_cache_moved")
    pre_delete.connect(page_deleting, dispatch_uid="imeg_page_cache_deleting")
    for model in [get_image_model(), get_document_model(), *get_snippet_models()]:
        post_save.connect(used_object_changed, sender=model, dispatch_uid=f"imeg_page_cache_{model._meta.label}")
        pre_delete.connect(used_object_changed, sender=model, dispatch_uid=f"imeg_page_cache_del_{model._meta.label}")
    for model in [Site, PageViewRestriction]:
        post_save.connect(everything_changed, sender=model, dispatch_uid=f"imeg_page_cache_{model._meta.label}")
        post_delete.connect(everything_changed, sender=model, dispatch_uid=f"imeg_page_cache_del_{model._meta.label}")
    post_save.connect(setting_changed, dispatch_uid="imeg_page_cache_settings")


def setting_changed(sender, instance, **kwargs):
    if isinstance(instance, (BaseSiteSetting, BaseGenericSetting)):
        purge_everything()
