"""The WordPress import in the admin: upload and start a run, follow it, read its report (superusers only)."""

from functools import wraps

from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.views.defaults import permission_denied

from wordpress_import.forms import ImportForm
from wordpress_import.models import ImportRun
from wordpress_import.report import Report

RUNS_LISTED = 20


def superuser_required(view):
    """The import writes the whole site and reads drafts and private posts: superusers only.

    Answered 403 (Wagtail would turn a raised PermissionDenied into a redirect to the dashboard).
    """

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if not request.user.is_superuser:
            return permission_denied(request, PermissionDenied())
        return view(request, *args, **kwargs)

    return wrapper


@superuser_required
def start(request):
    form = ImportForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        run = form.save(request.user)
        return redirect("wordpress_import_run", run.pk)
    context = {"form": form, "runs": ImportRun.objects.select_related("created_by")[:RUNS_LISTED]}
    return TemplateResponse(
        request, "wordpress_import/admin/start.html", context, status=400 if form.is_bound else 200
    )


@superuser_required
def run_detail(request, run_id):
    run = get_object_or_404(ImportRun, pk=run_id)
    report = Report.from_data(run.report) if run.report else None
    return TemplateResponse(request, "wordpress_import/admin/run.html", {"run": run, "report": report})


@superuser_required
def run_report(request, run_id):
    """The report as text, in the viewer's language."""
    run = get_object_or_404(ImportRun, pk=run_id)
    if not run.report:
        raise Http404
    response = HttpResponse(Report.from_data(run.report).text(), content_type="text/plain; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="wordpress-import-{run.pk}.txt"'
    return response


@superuser_required
def run_redirects(request, run_id):
    run = get_object_or_404(ImportRun, pk=run_id)
    if not run.redirects_csv:
        raise Http404
    try:
        with run.redirects_csv.open("rb") as file:
            content = file.read()
    except FileNotFoundError:  # the run's folder was cleared after the move
        raise Http404 from None
    response = HttpResponse(content, content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="wordpress-redirects-{run.pk}.csv"'
    return response
