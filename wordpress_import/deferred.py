"""Index and cache work deferred during an import and done once, in bulk, at its end.

Publishing a page normally updates, right after it is saved: Wagtail's search index, Wagtail's
reference index, the site search's rows (imeg.search), translation statuses (imeg.translations) and
the page cache (imeg.page_cache). With
the immediate task backend that is several dozen queries and a page-cache purge per item, repeated
10,000 times. During an import those handlers are muted, the saved pages, images and documents are
noted, and at the end (also when the import stops with an error) the same updates run once for all
of them: in batches of pages each read once (relations fetched per batch) for all the indexes,
references per object, and one purge of the whole page cache (decision 69). Pages the
importer wrote in batches (`importer.bulk`) sent no signal at all: they are noted by the importer, and
their references, translation statuses and broken-links rows are written in bulk here too.
If the process is killed before that, `manage.py rebuild_search_index`, `manage.py update_index`
and `manage.py rebuild_references_index` bring the indexes back (docs/migration-from-wordpress.md).
"""

import weakref
from contextlib import contextmanager

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.db.models import prefetch_related_objects
from django.db.models.signals import post_save, pre_save
from modelcluster.fields import ParentalManyToManyField
from modelcluster.models import ClusterableModel, get_all_child_relations
from modelsearch import signal_handlers as search_signal_handlers
from modelsearch.backends import get_search_backend
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page, ReferenceIndex
from wagtail.signal_handlers import disable_reference_index_auto_update
from wagtail.signals import page_published, page_unpublished

from imeg.chooser_lookups import shared_chooser_lookups
from imeg.links import scan
from imeg.page_cache.purge import purge_everything
from imeg.search.index import update_pages
from imeg.translations import tracking
from imeg.translations.units import tracked_models
from wordpress_import.catch_up_worker import Worker

MUTED_PREFIXES = ("imeg_search_", "imeg_page_cache_", "imeg_translations_")
BATCH_SIZE = 200


def _muted_receiver(entry):
    (key, _sender), receiver, _is_async = entry
    if isinstance(key, str) and key.startswith(MUTED_PREFIXES):
        return True
    function = receiver() if isinstance(receiver, weakref.ReferenceType) else receiver
    return function is search_signal_handlers.post_save_signal_handler


@contextmanager
def _muted(signals):
    """Take the site-search, page-cache and Wagtail search receivers off these signals for a while."""
    saved = {}
    for signal in signals:
        with signal.lock:
            saved[signal] = [entry for entry in signal.receivers if _muted_receiver(entry)]
            signal.receivers = [entry for entry in signal.receivers if not _muted_receiver(entry)]
            signal.sender_receivers_cache.clear()
    try:
        yield
    finally:
        for signal, entries in saved.items():
            with signal.lock:
                keys = {entry[0] for entry in signal.receivers}
                signal.receivers += [entry for entry in entries if entry[0] not in keys]
                signal.sender_receivers_cache.clear()


class Deferred:
    """What was saved while the handlers were muted: (model, pk) of pages, images and documents."""

    def __init__(self):
        self.pages = set()
        self.created = set()  # pages written in batches (importer.bulk): no save signal reached them
        self.retrack = set()  # pages whose text changed without a save signal (links filled in later)
        self.others = {}  # model → {pk}
        self.tracked = (get_image_model(), get_document_model())
        self.worker = None  # the second process catching up batches while the import goes on
        self.sent = set()  # pks of the pages sent to it

    def saved(self, sender, instance, raw=False, **kwargs):
        if raw or instance.pk is None:
            return
        if isinstance(instance, Page):
            self.pages.add(instance.pk)
        elif isinstance(instance, self.tracked):
            self.others.setdefault(type(instance), set()).add(instance.pk)

    def batch_written(self, pks):
        """New pages a batch wrote, complete and committed: the worker, if there is one, catches them up
        while the import goes on (`catch_up_worker`)."""
        if self.worker is not None and pks:
            self.worker.send(Page._meta.label_lower, pks, self.created.intersection(pks), ())
            self.sent.update(pks)

    def catch_up(self):
        """The updates the muted handlers would have made, for everything saved meanwhile and not yet
        caught up by the worker; with the worker's help where there is one."""
        # A page sent to the worker and changed afterwards (its links filled in) is done again, as an update.
        page_ids = sorted((self.pages - self.sent) | self.retrack)
        created = self.created - self.sent
        batches = [
            (model._meta.label_lower, chunk, created.intersection(chunk), self.retrack.intersection(chunk))
            for model, pks in [(Page, page_ids)] + [(model, sorted(pks)) for model, pks in self.others.items()]
            for chunk in (pks[start : start + BATCH_SIZE] for start in range(0, len(pks), BATCH_SIZE))
        ]
        if self.worker is None:
            for batch in batches:
                self.catch_up_one(*batch)
        else:
            try:
                for batch in batches:
                    self.worker.send(*batch)
                self.worker.help(self.catch_up_one)
                for batch in self.worker.finish():
                    self.catch_up_one(*batch)
            finally:
                self.worker.stop()
        purge_everything()

    @classmethod
    def catch_up_one(cls, label, pks, created, retrack):
        """One batch of one model's objects (`label`), in whichever process takes it."""
        deferred = cls()
        deferred.created, deferred.retrack = set(created), set(retrack)
        # The pages' StreamFields ask for the images and documents they show: the same few for all.
        with shared_chooser_lookups():
            deferred.catch_up_batch(get_search_backend(), apps.get_model(label), list(pks))

    def catch_up_batch(self, backend, model, chunk):
        """The updates for one batch of objects of one model, each read once."""
        queryset = model.objects.filter(pk__in=chunk)
        if model is Page:
            queryset = queryset.specific()
        instances = list(queryset)
        by_model = {}
        for instance in instances:
            by_model.setdefault(type(instance), []).append(instance)
        for concrete, group in by_model.items():
            prefetch_related_objects(group, *related_names(concrete))
            if hasattr(concrete, "get_indexed_objects"):
                # The instances at hand, not loaded again: their StreamFields are read once.
                queryset = concrete.get_indexed_objects().filter(pk__in=[obj.pk for obj in group])
                wanted = set(queryset.values_list("pk", flat=True))
                indexed = [obj for obj in group if obj.pk in wanted]
                if indexed:
                    backend.add_bulk(concrete, indexed)
        for instance in instances:
            if not (model is Page and instance.pk in self.created):
                ReferenceIndex.create_or_update_for_object(instance)
        if model is not Page and model in tracked_models():
            for instance in instances:
                tracking.track(instance)
        if model is Page:
            self.pages_written(instances)
            # The site search's rows from the pages at hand: their StreamFields are not read again.
            update_pages(chunk, loaded={instance.pk: instance for instance in instances})

    def pages_written(self, pages):
        """What page_published and post_save would have done: translation statuses of every page (in
        bulk for batch-written ones) and the broken-links report of batch-written pages (after their
        references are indexed, above)."""
        created = [page for page in pages if page.pk in self.created]
        references = index_references(created)
        tracking.track_new_pages(created)
        for page in pages:
            if page.pk not in self.created:
                tracking.track(page)
        scan.check_new_pages([page for page in created if page.live], references)


def related_names(model):
    """The many-to-many and child relations of a model: the reference index, the site search and the
    link check read them for every object, so they are fetched for a batch of objects at once."""
    if not issubclass(model, ClusterableModel):
        return []
    return [field.name for field in model._meta.get_fields() if isinstance(field, ParentalManyToManyField)] + [
        relation.get_accessor_name() for relation in get_all_child_relations(model)
    ]


def index_references(pages):
    """`ReferenceIndex.create_or_update_for_object` for new pages (nothing to update), in one INSERT."""
    rows = []
    for page in pages:
        types = [
            ContentType.objects.get_for_model(model, for_concrete_model=False)
            for model in [page] + page._meta.get_parent_list()
        ]
        for to_type_id, to_object_id, model_path, content_path in set(
            ReferenceIndex._extract_references_from_object(page)
        ):
            rows.append(
                ReferenceIndex(
                    content_type=types[0],
                    base_content_type=types[-1],
                    object_id=page.pk,
                    to_content_type_id=to_type_id,
                    to_object_id=to_object_id,
                    model_path=model_path,
                    content_path=content_path,
                    content_path_hash=ReferenceIndex._get_content_path_hash(content_path),
                )
            )
    ReferenceIndex.objects.bulk_create(rows, ignore_conflicts=True)
    return rows


@contextmanager
def deferred_indexing(catch_up=True):
    """Mute the per-save index and cache handlers; bring everything up to date on the way out.

    A dry run (`catch_up=False`) rolls everything back, so there is nothing to bring up to date.
    """
    deferred = Deferred()
    if catch_up:
        deferred.worker = Worker.start()
    post_save.connect(deferred.saved, weak=False, dispatch_uid="wordpress_import_deferred")
    try:
        with disable_reference_index_auto_update(), _muted([post_save, pre_save, page_published, page_unpublished]):
            yield deferred
    finally:
        post_save.disconnect(dispatch_uid="wordpress_import_deferred")
        if catch_up:
            deferred.catch_up()
