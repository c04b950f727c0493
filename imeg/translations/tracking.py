"""Keeps the German source of every translated unit and each object's status per language current.

Called on every save of a tracked object (`signals`), so the report reads stored rows and never
computes a page's units inside a request. Rules (docs/translation.md):

- a unit whose translation is new or was changed is recorded as made from the German text of now;
- a unit whose translation is unchanged keeps its record, so a later German change makes it outdated;
- an object is *missing* in a language without its title there (pages) or without any translated
  unit (snippets, settings), *incomplete* while a unit with German text has none in that language,
  *outdated* while a unit's German text differs from the one its translation was made from, else *current*.
"""

from dataclasses import dataclass

from django.contrib.contenttypes.models import ContentType
from wagtail.models import Page

from imeg.translation_utils import DEFAULT_LANGUAGE, LANGUAGE_CODES
from imeg.translations.models import TranslationSource, TranslationStatus
from imeg.translations.units import text_hash, tracked_models, units

TARGET_LANGUAGES = [code for code in LANGUAGE_CODES if code != DEFAULT_LANGUAGE]
Status = TranslationStatus.Status


def latest_version(instance):
    """What editors see in the editor: a page's latest revision while it has unpublished changes."""
    if isinstance(instance, Page) and instance.has_unpublished_changes and instance.latest_revision_id:
        return instance.latest_revision.as_object()
    return instance


def track(instance):
    """Bring the object's source records and statuses up to date with its latest version."""
    content_type = ContentType.objects.get_for_model(type(instance))
    page = instance if isinstance(instance, Page) else None
    version = latest_version(instance)
    records = {
        (row.language, row.unit): row
        for row in TranslationSource.objects.filter(content_type=content_type, object_id=instance.pk)
    }
    created, changed, kept, statuses = [], [], set(), []
    for language in TARGET_LANGUAGES:
        missing, outdated, counted, translated = {}, {}, 0, 0
        for unit in units(version, language):
            if not unit.has_source:
                continue
            counted += 1
            if not unit.has_target:
                missing[unit.field] = None
                continue
            translated += 1
            kept.add((language, unit.key))
            source_hash, target_hash = text_hash(unit.source), text_hash(unit.target)
            record = records.get((language, unit.key))
            if record is None:
                created.append(
                    TranslationSource(
                        content_type=content_type,
                        object_id=instance.pk,
                        page=page,
                        language=language,
                        unit=unit.key,
                        source_hash=source_hash,
                        source_text=unit.source,
                        target_hash=target_hash,
                    )
                )
            elif record.target_hash != target_hash:
                record.source_hash, record.source_text, record.target_hash = source_hash, unit.source, target_hash
                changed.append(record)
            elif record.source_hash != source_hash:
                outdated[unit.field] = None
        # Pages are translated when their title is (decision 5); other objects when any unit is.
        is_missing = not version.is_translated(language) if page is not None else counted > 0 and translated == 0
        statuses.append(
            _status_row(
                instance, content_type, language, _status(is_missing, missing, outdated), missing, outdated, counted
            )
        )
    stale = [row.pk for key, row in records.items() if key not in kept]
    if stale:
        TranslationSource.objects.filter(pk__in=stale).delete()
    if created:
        TranslationSource.objects.bulk_create(created)
    if changed:
        TranslationSource.objects.bulk_update(changed, ["source_hash", "source_text", "target_hash", "updated_at"])
    _save_statuses(statuses)
    return {status.language: status for status in statuses}


def track_new_pages(pages):
    """`track` for many pages just created (the WordPress import), their statuses in one INSERT.

    A page without a translated title has no translation yet: no source records, and each language is
    missing all of its fields with German text. A page with one is tracked by `track`.
    The units are the German text's (each paired with its translation, if any), so which of them have
    German text is the same in every language: they are read once per page, not once per language.
    """
    statuses = []
    for page in pages:
        version = latest_version(page)
        if any(version.is_translated(language) for language in TARGET_LANGUAGES):
            track(page)
            continue
        content_type = ContentType.objects.get_for_model(type(page))
        fields = [unit.field for unit in units(version, TARGET_LANGUAGES[0]) if unit.has_source]
        for language in TARGET_LANGUAGES:
            statuses.append(_status_row(page, content_type, language, Status.MISSING, fields, [], len(fields)))
    _save_statuses(statuses)


def _status_row(instance, content_type, language, status, missing_fields, outdated_fields, unit_count):
    """An object's status row in one language; the fields are named once each, in their order."""
    return TranslationStatus(
        content_type=content_type,
        object_id=instance.pk,
        page=instance if isinstance(instance, Page) else None,
        language=language,
        status=status,
        missing_fields=list(dict.fromkeys(missing_fields)),
        outdated_fields=list(dict.fromkeys(outdated_fields)),
        unit_count=unit_count,
    )


def _save_statuses(statuses):
    """Insert or replace the status rows, one statement for all."""
    TranslationStatus.objects.bulk_create(
        statuses,
        update_conflicts=True,
        unique_fields=["content_type", "object_id", "language"],
        update_fields=["page", "status", "missing_fields", "outdated_fields", "unit_count", "updated_at"],
    )


def _status(is_missing, missing, outdated):
    if is_missing:
        return Status.MISSING
    if missing:
        return Status.INCOMPLETE
    if outdated:
        return Status.OUTDATED
    return Status.CURRENT


@dataclass(frozen=True)
class UnitState:
    """A unit as the editor's panel shows it: current, outdated or missing, with the German it was made from."""

    unit: object
    state: str
    source_then: str


def unit_states(instance, language):
    """The state of each unit of the object's latest version that has German text, in `language`."""
    content_type = ContentType.objects.get_for_model(type(instance))
    records = {
        row.unit: row
        for row in TranslationSource.objects.filter(
            content_type=content_type, object_id=instance.pk, language=language
        )
    }
    states = []
    for unit in units(latest_version(instance), language):
        if not unit.has_source:
            continue
        record = records.get(unit.key)
        if not unit.has_target:
            state, then = Status.MISSING, ""
        elif record is not None and record.source_hash != text_hash(unit.source):
            state, then = Status.OUTDATED, record.source_text
        else:
            state, then = Status.CURRENT, unit.source
        states.append(UnitState(unit, state, then))
    return states


def mark_reviewed(instance, language):
    """Record that the translation into `language` still says what the German says now."""
    content_type = ContentType.objects.get_for_model(type(instance))
    TranslationSource.objects.filter(content_type=content_type, object_id=instance.pk, language=language).delete()
    return track(instance)


def forget(instance):
    """Remove the records of a deleted object (pages lose theirs with the page row)."""
    content_type = ContentType.objects.get_for_model(type(instance))
    TranslationSource.objects.filter(content_type=content_type, object_id=instance.pk).delete()
    TranslationStatus.objects.filter(content_type=content_type, object_id=instance.pk).delete()


def track_all(only_untracked=False, models=None):
    """Track every object of every tracked model (or only those without a status yet); returns the count."""
    count = 0
    for model in models or tracked_models():
        objects = model._default_manager.all()
        if only_untracked:
            content_type = ContentType.objects.get_for_model(model)
            objects = objects.exclude(
                pk__in=TranslationStatus.objects.filter(content_type=content_type).values("object_id")
            )
        if issubclass(model, Page):
            objects = objects.exact_type(model).select_related("latest_revision")
        for instance in objects.iterator(chunk_size=200):
            track(instance)
            count += 1
    return count
