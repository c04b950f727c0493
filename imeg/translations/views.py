"""Admin views of the translation workflow: XLIFF export and import, "translation reviewed"."""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST
from wagtail.models import Page

from imeg.translations import tracking, xliff
from imeg.translations.diff import word_diff
from imeg.translations.report import language_choices
from imeg.translations.xliff import export12, export21

EXPORT_VERSIONS = {"1.2": export12.export_pages, "2.1": export21.export_pages}


class XliffExportForm(forms.Form):
    language = forms.ChoiceField(label=gettext_lazy("Zielsprache"), choices=language_choices)
    version = forms.ChoiceField(
        label=gettext_lazy("Format"),
        choices=[("1.2", "XLIFF 1.2"), ("2.1", "XLIFF 2.1")],
        required=False,
        help_text=gettext_lazy("XLIFF 1.2 lesen fast alle Übersetzungsprogramme; 2.1 nur neuere."),
    )
    page = forms.ModelMultipleChoiceField(queryset=Page.objects.filter(depth__gt=1), widget=forms.MultipleHiddenInput)


class XliffImportForm(forms.Form):
    file = forms.FileField(
        label=gettext_lazy("XLIFF-Datei"),
        help_text=gettext_lazy("Die Datei, die das Übersetzungsbüro zurückgeschickt hat (.xlf, XLIFF 1.2 oder 2.1)."),
    )


def _editable(request, page):
    if not page.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    return page


def xliff_export(request):
    """Download the units of the chosen pages as XLIFF 1.2 for one language; without a language, ask for it."""
    form = XliffExportForm(request.GET or None)
    if "language" in request.GET and form.is_valid():
        pages = [_editable(request, page.specific) for page in form.cleaned_data["page"].order_by("path")]
        language = form.cleaned_data["language"]
        export = EXPORT_VERSIONS[form.cleaned_data["version"] or "1.2"]
        response = HttpResponse(export(pages, language, request), content_type="application/xliff+xml")
        response["Content-Disposition"] = f'attachment; filename="{xliff.export_filename(pages, language)}"'
        return response
    pages = Page.objects.filter(pk__in=request.GET.getlist("page")).order_by("path")
    status = 400 if "language" in request.GET else 200
    return TemplateResponse(
        request, "imeg/translations/xliff_export.html", {"form": form, "pages": pages}, status=status
    )


def _upload_and_import(request, run_import, template_name, result_template_name, context):
    """The import form of both import views: refuses a file as a whole with a message on the form (400)."""
    if request.method != "POST":
        return TemplateResponse(request, template_name, {**context, "form": XliffImportForm()})
    form = XliffImportForm(request.POST, request.FILES)
    if form.is_valid():
        upload = form.cleaned_data["file"]
        try:
            if upload.size > xliff.MAX_FILE_SIZE:
                raise xliff.XliffError(xliff.too_big_message())
            outcome = run_import(upload.read())
        except xliff.XliffError as error:
            form.add_error("file", str(error))
        else:
            return TemplateResponse(request, result_template_name, {**context, **outcome})
    return TemplateResponse(request, template_name, {**context, "form": form}, status=400)


def xliff_import(request, page_id):
    """Upload an agency's XLIFF file for a page: its translations become a new draft revision."""
    page = _editable(request, get_object_or_404(Page, pk=page_id).specific)
    return _upload_and_import(
        request,
        lambda data: {"result": xliff.import_page(page, data, user=request.user)},
        "imeg/translations/xliff_import.html",
        "imeg/translations/xliff_result.html",
        {"page": page},
    )


def xliff_import_pages(request):
    """Upload an XLIFF file with many pages (the bulk export): each page's translations become a new draft."""

    def run_import(data):
        results = xliff.import_pages(data, request.user)
        return {
            "results": results,
            "drafts": sum(1 for result in results if result.revision),
            "refused": sum(1 for result in results if result.error),
        }

    return _upload_and_import(
        request,
        run_import,
        "imeg/translations/xliff_import_pages.html",
        "imeg/translations/xliff_results.html",
        {"report_url": reverse("imeg_translation_report")},
    )


def page_status(request, page_id):
    """Per language: which units of the page are missing or outdated, with the German then and now."""
    page = _editable(request, get_object_or_404(Page, pk=page_id).specific)
    languages = []
    for code, name in language_choices():
        states = tracking.unit_states(page, code)
        missing = [state for state in states if state.state == tracking.Status.MISSING]
        outdated = [
            {"unit": state.unit, "diff": word_diff(state.source_then, state.unit.source, state.unit.kind)}
            for state in states
            if state.state == tracking.Status.OUTDATED
        ]
        languages.append(
            {
                "code": code,
                "name": name,
                "translated": latest_version_translated(page, code),
                "missing": missing,
                "outdated": outdated,
                "count": len(states),
            }
        )
    return TemplateResponse(request, "imeg/translations/page_status.html", {"page": page, "languages": languages})


def latest_version_translated(page, language):
    return tracking.latest_version(page).is_translated(language)


@require_POST
def mark_reviewed(request, page_id, language):
    """ "Translation reviewed, still correct": the language counts as current again, its text unchanged."""
    page = _editable(request, get_object_or_404(Page, pk=page_id).specific)
    if language not in tracking.TARGET_LANGUAGES:
        raise PermissionDenied
    status = tracking.mark_reviewed(page, language)[language]
    message = _("Die Übersetzung ist als geprüft und aktuell vermerkt.")
    if request.headers.get("Accept") == "application/json":
        # The editor's status panel, posting in the background so that unsaved edits stay.
        label = tracking.Status(status.status).label
        return JsonResponse({"status": status.status, "label": str(label), "message": message})
    messages.success(request, message)
    # From the editor's status panel, back to the editor; else to the page's status.
    next_url = request.GET.get("next", "")
    if url_has_allowed_host_and_scheme(next_url, allowed_hosts={request.get_host()}):
        return redirect(next_url)
    return redirect("imeg_translation_page_status", page.pk)
