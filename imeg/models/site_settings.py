"""Settings editors manage once per site: who we are, how to reach us, footer links."""

from django.db import models
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import StreamField

from imeg import lookup_cache
from imeg.translation_utils import DEFAULT_LANGUAGE


class SocialLinkBlock(blocks.StructBlock):
    """A link to the network's profile on another platform."""

    platform = blocks.CharBlock(label=_("Plattform"), max_length=40, help_text=_("z. B. LinkedIn, Mastodon"))
    url = blocks.URLBlock(label=_("Adresse"))

    class Meta:
        icon = "link"
        label = _("Profil")


class FooterLinkValue(blocks.StructValue):
    def label(self):
        """The link's own text on German pages; elsewhere the page's title in the visitor's language."""
        if self.get("text") and translation.get_language() == DEFAULT_LANGUAGE:
            return self["text"]
        return self["page"].title if self.get("page") else ""


class FooterLinkBlock(blocks.StructBlock):
    """A page linked from the footer (Impressum, Datenschutz, Barrierefreiheit, Kontakt)."""

    page = blocks.PageChooserBlock(label=_("Seite"))
    text = blocks.CharBlock(
        label=_("Linktext"),
        required=False,
        max_length=60,
        help_text=_("Nur für die deutsche Seite; leer und in den anderen Sprachen: der Seitentitel."),
    )

    class Meta:
        icon = "link"
        label = _("Fußzeilen-Link")
        value_class = FooterLinkValue


@register_setting(icon="site")
class SiteSettings(BaseSiteSetting):
    """Organisation details, contact address, footer and sharing defaults of the site."""

    organisation_name = models.CharField(
        _("Name der Organisation"), max_length=255, default="Initiativkreis Metropolitane Grenzregionen"
    )
    short_name = models.CharField(_("Kurzname"), max_length=40, default="IMeG")
    address = models.TextField(_("Anschrift"), blank=True, help_text=_("Postanschrift der Geschäftsstelle."))
    email = models.EmailField(_("E-Mail"), blank=True, help_text=_("Öffentlich angezeigte Adresse."))
    phone = models.CharField(_("Telefon"), max_length=40, blank=True)
    contact_email = models.EmailField(
        _("Empfänger des Kontaktformulars"),
        blank=True,
        help_text=_("An diese Adresse gehen Nachrichten aus dem Kontaktformular. Leer: die öffentliche E-Mail."),
    )
    logo = models.ForeignKey(
        "imeg.CustomImage",
        verbose_name=_("Logo für Suchmaschinen"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "Für Suchmaschinen und Vorschauen (Organisationsangaben in den Metadaten jeder Seite), "
            "möglichst quadratisch, mindestens 112 × 112 Pixel. Das Logo in der Kopfzeile der Website "
            "ändert sich dadurch nicht. Leer: das Logo der Website."
        ),
    )
    default_share_image = models.ForeignKey(
        "imeg.CustomImage",
        verbose_name=_("Standardbild zum Teilen"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Wird beim Teilen in sozialen Netzwerken gezeigt, wenn eine Seite kein eigenes Bild hat."),
    )
    social_links = StreamField([("link", SocialLinkBlock())], blank=True, verbose_name=_("Profile"))
    footer_links = StreamField([("link", FooterLinkBlock())], blank=True, verbose_name=_("Links in der Fußzeile"))

    panels = [
        MultiFieldPanel(
            [FieldPanel("organisation_name"), FieldPanel("short_name"), FieldPanel("logo")],
            heading=_("Organisation"),
        ),
        MultiFieldPanel(
            [FieldPanel("address"), FieldPanel("email"), FieldPanel("phone"), FieldPanel("contact_email")],
            heading=_("Kontakt"),
        ),
        FieldPanel("footer_links"),
        FieldPanel("social_links"),
        FieldPanel("default_share_image"),
    ]

    select_related = ["logo", "default_share_image"]

    class Meta:
        verbose_name = _("Website-Einstellungen")

    @property
    def recipient(self):
        return self.contact_email or self.email

    @classmethod
    def for_site(cls, site):
        """The site's settings, kept in the cache until a page, site or setting changes (every page shows them)."""
        return lookup_cache.cached(f"site-settings:{site.pk}", lambda: super(SiteSettings, cls).for_site(site))
