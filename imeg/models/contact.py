"""The contact form that sends visitors' messages to the secretariat."""

import logging
from http import HTTPMethod
from urllib.parse import urlsplit

from django import forms
from django.conf import settings
from django.core.mail import send_mail
from django.db import models
from django.template.response import TemplateResponse
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, PageChooserPanel
from wagtail.contrib.forms.models import AbstractFormField, FormMixin
from wagtail.contrib.forms.panels import FormSubmissionsPanel
from wagtail.fields import RichTextField

from imeg.blocks import RICH_TEXT_FEATURES
from imeg.middleware import standalone_error_page
from imeg.models.base import BasePage, PageFormClass
from imeg.models.site_settings import SiteSettings
from imeg.security import within_rate_limit

logger = logging.getLogger(__name__)

HONEYPOT_FIELD = "website"
AUTOCOMPLETE_BY_NAME = {"name": "name", "phone": "tel", "organisation": "organization"}
# The largest body the form accepts, in bytes: a long message with every field filled in, URL-encoded
# (a non-ASCII letter takes six bytes). Anything larger gets the 413 page unread.
MAX_BODY_SIZE = 128 * 1024


class FormField(AbstractFormField):
    """A field of the contact form."""

    page = ParentalKey("FormPage", on_delete=models.CASCADE, related_name="form_fields")


class FormPage(FormMixin, BasePage):
    """A contact form; messages are stored and mailed to the address in the site settings."""

    # FormMixin's own form class would otherwise come first: without the slugs and translation marks.
    base_form_class = PageFormClass("FormPageForm")

    intro = RichTextField(_("Einleitung"), features=RICH_TEXT_FEATURES, blank=True)
    thank_you_text = RichTextField(
        _("Dankestext"), features=RICH_TEXT_FEATURES, blank=True, help_text=_("Wird nach dem Absenden gezeigt.")
    )
    subject = models.CharField(_("Betreff der E-Mail"), max_length=255, default="Nachricht über das Kontaktformular")
    privacy_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("Datenschutzerklärung"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Die Seite mit der Datenschutzerklärung; der Hinweis bei der Einwilligung verlinkt sie."),
    )

    content_panels = BasePage.content_panels + [
        FormSubmissionsPanel(),
        FieldPanel("intro"),
        InlinePanel("form_fields", label=_("Formularfelder")),
        FieldPanel("thank_you_text"),
        FieldPanel("subject"),
        PageChooserPanel("privacy_page"),
    ]

    allowed_http_methods = BasePage.allowed_http_methods + [HTTPMethod.POST]
    parent_page_types = ["imeg.HomePage", "imeg.ContentPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("Kontaktformular")

    # Preview in each language like every other page (FormMixin would offer form/landing instead).
    preview_modes = BasePage.preview_modes
    default_preview_mode = BasePage.default_preview_mode

    def serve_preview(self, request, mode_name):
        return BasePage.serve_preview(self, request, mode_name)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        privacy_page = self.privacy_page
        context["privacy_page"] = privacy_page if privacy_page and privacy_page.live else None
        return context

    def get_form(self, *args, **kwargs):
        form = super().get_form(*args, **kwargs)
        # Let browsers fill in the visitor's own details (WCAG 1.3.5, identify input purpose).
        for name, field in form.fields.items():
            if isinstance(field.widget, forms.EmailInput):
                field.widget.attrs.setdefault("autocomplete", "email")
            elif name in AUTOCOMPLETE_BY_NAME:
                field.widget.attrs.setdefault("autocomplete", AUTOCOMPLETE_BY_NAME[name])
        # Invisible to people (hidden by CSS, skipped by keyboard and screen readers); bots fill it in.
        form.fields[HONEYPOT_FIELD] = forms.CharField(
            label=gettext("Bitte dieses Feld leer lassen"),
            required=False,
            widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
        )
        return form

    def serve(self, request, *args, **kwargs):
        if request.method != HTTPMethod.POST:
            return super().serve(request, *args, **kwargs)
        if _body_length(request) > MAX_BODY_SIZE:
            # Refused before a byte of the body is read, whatever the proxy in front lets through.
            return standalone_error_page(request, "413.html", 413)
        if not _same_origin(request):
            return TemplateResponse(request, "403.html", {}, status=403)
        if request.FILES:
            # The form has no file field: a file part is never stored or mailed.
            return standalone_error_page(request, "400.html", 400)
        form = self.get_form(request.POST, page=self, user=request.user)
        if form.data.get(HONEYPOT_FIELD):
            # Pretend success so bots learn nothing; store and send nothing.
            return self.render_landing_page(request)
        if not within_rate_limit(request, f"contact:{self.pk}", settings.CONTACT_FORM_RATE_LIMIT):
            form.add_error(
                None,
                gettext("Sie haben in kurzer Zeit viele Nachrichten gesendet. Bitte versuchen Sie es später erneut."),
            )
            return self._render_form(request, form, status=429)
        if form.is_valid():
            submission = self.process_form_submission(form)
            return self.render_landing_page(request, submission)
        return self._render_form(request, form, status=400)

    def _render_form(self, request, form, status):
        context = self.get_context(request)
        context["form"] = form
        return TemplateResponse(request, self.get_template(request), context, status=status)

    def process_form_submission(self, form):
        form.cleaned_data.pop(HONEYPOT_FIELD, None)
        submission = super().process_form_submission(form)
        recipient = SiteSettings.for_site(self.get_site()).recipient
        if recipient:
            lines = [
                f"{field.label}: {form.cleaned_data.get(field.name, '')}"
                for field in form
                if field.name in form.cleaned_data
            ]
            try:
                send_mail(self.subject, "\n".join(lines), settings.DEFAULT_FROM_EMAIL, [recipient])
            except OSError:  # SMTP errors are OSErrors too
                # The message is stored: the secretariat finds it under the form's submissions.
                logger.exception("Contact form %s: submission %s stored, the e-mail failed", self.pk, submission.pk)
        return submission


def _body_length(request):
    """The body's declared length; a body without a valid one is read as empty (Django's LimitedStream)."""
    try:
        return int(request.headers.get("content-length") or 0)
    except ValueError:
        return 0


def _same_origin(request):
    """The contact form has no CSRF cookie (visitors get no cookies), so it checks the origin instead."""
    origin = urlsplit(request.headers.get("Origin") or request.headers.get("Referer") or "")
    if origin.scheme not in ("http", "https") or (request.is_secure() and origin.scheme != "https"):
        return False
    return origin.netloc.lower() == request.get_host().lower()
