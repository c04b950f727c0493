"""Signals that keep translation statuses current: every save and publish of a tracked object."""

from django.db import DEFAULT_DB_ALIAS, connections
from django.db.models.signals import post_delete, post_migrate, post_save
from modeltranslation.utils import build_localized_fieldname

from imeg.translation_utils import DEFAULT_LANGUAGE, LANGUAGE_CODES
from imeg.translations import tracking
from imeg.translations.units import tracked_models, translated_fields

# Saving a draft writes these on the page row; the draft's content is in the revision they point to.
REVISION_FIELDS = frozenset({"latest_revision", "has_unpublished_changes", "live"})


def _columns(model):
    return {build_localized_fieldname(name, code) for name in translated_fields(model) for code in LANGUAGE_CODES}


def object_saved(sender, instance, raw=False, update_fields=None, **kwargs):
    if raw or type(instance) is not sender:
        return
    if update_fields and not set(update_fields) & (REVISION_FIELDS | _columns(sender)):
        return
    tracking.track(instance)


def object_deleted(sender, instance, **kwargs):
    if type(instance) is sender:
        tracking.forget(instance)


def initial_state(sender, using=DEFAULT_DB_ALIAS, **kwargs):
    """Objects that have no status yet (existing content, newly tracked models) get one; their
    existing translations count as current.

    On a new database wagtail-modeltranslation adds the page title columns only after Django's
    migrations (and this signal); there is no content to track then.
    """
    connection = connections[using]
    with connection.cursor() as cursor:
        columns = {
            column.name for column in connection.introspection.get_table_description(cursor, "wagtailcore_page")
        }
    if build_localized_fieldname("title", DEFAULT_LANGUAGE) in columns:
        tracking.track_all(only_untracked=True)


def connect(app_config):
    for model in tracked_models():
        uid = f"imeg_translations_{model._meta.label_lower}"
        post_save.connect(object_saved, sender=model, dispatch_uid=f"{uid}_saved")
        post_delete.connect(object_deleted, sender=model, dispatch_uid=f"{uid}_deleted")
    post_migrate.connect(initial_state, sender=app_config, dispatch_uid="imeg_translations_initial_state")
