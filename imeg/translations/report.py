"""The admin report "Übersetzungen": every page × language with its status, read from stored rows."""

import datetime

import django_filters
from django.contrib.contenttypes.models import ContentType
from django.db.models import Count, Exists, OuterRef, Prefetch
from django.urls import reverse
from django.utils import translation
from django.utils.functional import cached_property
from django.utils.translation import get_language_info
from django.utils.translation import gettext_lazy as _
from modeltranslation.utils import build_localized_fieldname
from wagtail.admin.filters import MultipleContentTypeFilter, WagtailFilterSet
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.admin.widgets import Button
from wagtail.coreutils import get_content_type_label
from wagtail.models import Page, get_page_content_types
from wagtail.permission_policies.pages import PagePermissionPolicy

from imeg.translation_utils import DEFAULT_LANGUAGE
from imeg.translations.models import TranslationStatus
from imeg.translations.tracking import TARGET_LANGUAGES

Status = TranslationStatus.Status
# Wagtail's status tag: "current" stands out as done, the others read as open work.
BADGE_CLASSES = {Status.CURRENT: "w-status--primary"}


def language_choices():
    return [(code, get_language_info(code)["name_translated"]) for code in TARGET_LANGUAGES]


def field_label(model, name):
    """The name editors know a field or a page's child rows by."""
    try:
        field = model._meta.get_field(name)
    except Exception:  # noqa: BLE001 - a field renamed since the status was stored
        return name
    if hasattr(field, "verbose_name"):
        return str(field.verbose_name)
    return str(field.related_model._meta.verbose_name_plural)


def status_cells(page, statuses):
    """{language: cell} for the page's stored statuses, with the fields they name in the admin's language."""
    model = page.specific_class or Page
    cells = {}
    for status in statuses:
        cells[status.language] = {
            "status": status.status,
            "label": Status(status.status).label,
            "badge_class": BADGE_CLASSES.get(status.status, ""),
            "missing": ", ".join(field_label(model, name) for name in status.missing_fields),
            "outdated": ", ".join(field_label(model, name) for name in status.outdated_fields),
        }
    return cells


def page_languages(page):
    """[(language, cell)] of a page, from its prefetched statuses (the page explorer)."""
    return sorted(status_cells(page, page.translation_statuses.all()).items())


def tracked_pages():
    """Pages that have a translation status (every page type of the site, not Wagtail's root)."""
    return Page.objects.filter(Exists(TranslationStatus.objects.filter(page=OuterRef("pk"))))


def with_statuses(pages):
    return pages.select_related("content_type").prefetch_related(
        Prefetch("translation_statuses", queryset=TranslationStatus.objects.order_by("language"))
    )


def counts_by_language(pages=None):
    """{language: {status: count}} over the pages (all tracked pages by default), in one query."""
    rows = TranslationStatus.objects.filter(page__isnull=False)
    if pages is not None:
        rows = rows.filter(page__in=pages.values("pk"))
    counts = {code: dict.fromkeys(Status.values, 0) for code in TARGET_LANGUAGES}
    for row in rows.values("language", "status").annotate(count=Count("pk")).order_by():
        if row["language"] in counts:
            counts[row["language"]][row["status"]] = row["count"]
    return counts


def sections(request):
    """The top of the tree: the home pages and their children, the site's sections."""
    return Page.objects.filter(depth__in=(2, 3)).order_by("path")


def export_rows(pages):
    """The report's rows for its spreadsheet export, as dicts by `list_export` name: two queries in all."""
    rows = TranslationStatus.objects.filter(page__in=pages.values("pk")).values_list(
        "page_id", "language", "status", "missing_fields", "outdated_fields"
    )
    statuses = {}
    for page_id, language, status, missing, outdated in rows:
        statuses.setdefault(page_id, {})[language] = (status, missing, outdated)
    labels = {value: str(label) for value, label in Status.choices}
    live_labels = {True: str(_("ja")), False: str(_("nein"))}
    missing_prefix, outdated_prefix = str(_("Fehlt:")), str(_("Veraltet:"))
    content_types, field_labels = {}, {}

    def fields(content_type_id, names):
        key = (content_type_id, tuple(names))
        if key not in field_labels:
            model = ContentType.objects.get_for_id(content_type_id).model_class() or Page
            field_labels[key] = ", ".join(field_label(model, name) for name in names)
        return field_labels[key]

    title = build_localized_fieldname("title", DEFAULT_LANGUAGE)
    values = pages.prefetch_related(None).values_list("pk", title, "content_type_id", "live", "url_path")
    result = []
    for pk, page_title, content_type_id, live, url_path in values:
        if content_type_id not in content_types:
            content_types[content_type_id] = get_content_type_label(ContentType.objects.get_for_id(content_type_id))
        row = {
            "title": page_title,
            "page_type": content_types[content_type_id],
            "live_label": live_labels[live],
            "url_path": url_path,
        }
        for code in TARGET_LANGUAGES:
            status, missing, outdated = statuses.get(pk, {}).get(code, ("", [], []))
            row[f"status_{code}"] = labels.get(status, "")
            row[f"fields_{code}"] = "; ".join(
                f"{prefix} {fields(content_type_id, names)}"
                for prefix, names in ((missing_prefix, missing), (outdated_prefix, outdated))
                if names
            )
        result.append(row)
    return result


def in_language(chunks, language):
    """A streamed response's chunks made in `language` (the admin's), which is no longer active by then."""
    with translation.override(language):
        yield from chunks


class SectionChoiceField(django_filters.fields.ModelChoiceField):
    def label_from_instance(self, obj):
        return ("— " if obj.depth > 2 else "") + obj.get_admin_display_title()


class SectionFilter(django_filters.ModelChoiceFilter):
    field_class = SectionChoiceField


class TranslationReportFilterSet(WagtailFilterSet):
    language = django_filters.ChoiceFilter(
        label=_("Sprache"), choices=language_choices, method="filter_language", empty_label=_("Alle Sprachen")
    )
    status = django_filters.ChoiceFilter(
        label=_("Status"), choices=Status.choices, method="filter_status", empty_label=_("Jeder Status")
    )
    section = SectionFilter(
        label=_("Bereich"), queryset=sections, method="filter_section", empty_label=_("Ganze Website")
    )
    content_type = MultipleContentTypeFilter(
        label=_("Seitentyp"),
        queryset=lambda request: get_page_content_types(include_base_page_type=False),
        widget=django_filters.widgets.forms.CheckboxSelectMultiple,
    )
    live = django_filters.BooleanFilter(
        label=_("Veröffentlicht"),
        widget=django_filters.widgets.BooleanWidget(),
    )

    class Meta:
        model = Page
        fields = ["language", "status", "section", "content_type", "live"]

    def filter_language(self, queryset, name, value):
        # Combined with the status in filter_status; alone it changes nothing (every page has every language).
        return queryset

    def filter_status(self, queryset, name, value):
        statuses = TranslationStatus.objects.filter(page=OuterRef("pk"), status=value)
        language = self.form.cleaned_data.get("language")
        if language:
            statuses = statuses.filter(language=language)
        return queryset.filter(Exists(statuses))

    def filter_section(self, queryset, name, value):
        return queryset.filter(path__startswith=value.path)


class LanguageStatusColumn(Column):
    """A page's status in one language: a badge and the fields concerned."""

    cell_template_name = "imeg/translations/status_cell.html"

    def __init__(self, language, **kwargs):
        self.language = language
        super().__init__(f"status_{language}", label=get_language_info(language)["name_translated"], **kwargs)

    def get_value(self, instance):
        return instance.translation_cells.get(self.language)


class TranslationReportView(ReportView):
    """Pages × languages: which translations are missing, incomplete, outdated or current."""

    template_name = "imeg/translations/report.html"
    results_template_name = "imeg/translations/report_results.html"
    page_title = _("Übersetzungen")
    header_icon = "globe"
    index_url_name = "imeg_translation_report"
    index_results_url_name = "imeg_translation_report_results"
    filterset_class = TranslationReportFilterSet
    model = Page
    paginate_by = 50
    export_filename = "uebersetzungen"

    @cached_property
    def header_more_buttons(self):
        return [
            *super().header_more_buttons,
            Button(_("XLIFF importieren"), url=reverse("imeg_xliff_import_pages"), icon_name="upload", priority=110),
        ]

    def get_filename(self):
        return f"uebersetzungen-{datetime.date.today():%Y-%m-%d}"

    @property
    def list_export(self):
        return ["title", "page_type", "live_label", "url_path", *[f"status_{code}" for code in TARGET_LANGUAGES]] + [
            f"fields_{code}" for code in TARGET_LANGUAGES
        ]

    @property
    def export_headings(self):
        headings = {
            "title": _("Titel"),
            "page_type": _("Seitentyp"),
            "live_label": _("Veröffentlicht"),
            "url_path": _("Pfad"),
        }
        for code, name in language_choices():
            headings[f"status_{code}"] = name
            headings[f"fields_{code}"] = _("%(language)s: Felder") % {"language": name}
        return headings

    @property
    def columns(self):
        return [
            TitleColumn(
                "title",
                label=_("Seite"),
                accessor="get_admin_display_title",
                url_name="wagtailadmin_pages:edit",
            ),
            Column("page_type", label=_("Seitentyp")),
            Column("live_label", label=_("Veröffentlicht")),
            *[LanguageStatusColumn(code) for code in TARGET_LANGUAGES],
        ]

    def get_queryset(self):
        editable = PagePermissionPolicy().instances_user_has_permission_for(self.request.user, "change")
        return with_statuses(tracked_pages().filter(pk__in=editable.values("pk"))).order_by("path")

    def get(self, request, *args, **kwargs):
        if not self.is_export:
            return super().get(request, *args, **kwargs)
        # The spreadsheet skips the table: every row from two queries of plain values (decorating
        # 6,500 page objects for it took seconds).
        response = self.as_spreadsheet(export_rows(self.get_filtered_queryset()), request.GET.get("export"))
        if response.streaming:
            response.streaming_content = in_language(response.streaming_content, translation.get_language())
        return response

    def write_csv_row(self, writer, row_dict):
        # export_rows gives text only: Wagtail's per-value conversion would cost a third of the export.
        return writer.writerow(row_dict)

    def get_table(self, object_list):
        return super().get_table(self.decorate_paginated_queryset(object_list))

    def decorate_paginated_queryset(self, object_list):
        pages = list(object_list)
        for page in pages:
            if hasattr(page, "translation_cells"):
                continue
            page.translation_cells = status_cells(page, page.translation_statuses.all())
            page.page_type = get_content_type_label(page.content_type)
            page.live_label = _("ja") if page.live else _("nein")
        return pages

    def get_context_data(self, *args, **kwargs):
        context = super().get_context_data(*args, **kwargs)
        counts = counts_by_language()
        context["language_counts"] = [
            {
                "code": code,
                "name": name,
                "counts": [
                    {"status": status, "label": label, "count": counts[code][status]}
                    for status, label in Status.choices
                ],
            }
            for code, name in language_choices()
        ]
        return context
