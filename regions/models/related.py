"""What editors add to region pages as inline lists: key figures, member organisations, slides."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, PageChooserPanel
from wagtail.models import Orderable

from imeg.models.pages import image_field
from regions.indicators import COUNTED, Indicator
from regions.validators import validate_year


class KeyFigure(models.Model):
    """One figure of a region for one year, with its source (Raumbeobachtung)."""

    page = ParentalKey("regions.RegionPage", on_delete=models.CASCADE, related_name="key_figures")
    indicator = models.CharField(
        _("Kennzahl"),
        max_length=20,
        choices=Indicator.editable_choices(),
        help_text=_("Die Einheit steht im Namen der Kennzahl; die Bevölkerungsdichte wird berechnet."),
    )
    year = models.PositiveSmallIntegerField(
        _("Stand (Jahr)"), validators=[validate_year], help_text=_("Das Jahr, auf das sich der Wert bezieht.")
    )
    value = models.DecimalField(
        _("Wert"),
        max_digits=14,
        decimal_places=2,
        help_text=_("In der Einheit der Kennzahl, ohne Tausenderpunkte: 6100000 Einwohner, 21500 km², 165 Mrd. €."),
    )
    source = models.CharField(
        _("Quelle"), max_length=255, help_text=_("Wer die Zahl veröffentlicht hat, z. B. „Statistisches Landesamt“.")
    )
    source_url = models.URLField(_("Link zur Quelle"), blank=True)

    panels = [
        FieldRowPanel([FieldPanel("indicator"), FieldPanel("year"), FieldPanel("value")]),
        FieldRowPanel([FieldPanel("source"), FieldPanel("source_url")]),
    ]

    class Meta:
        verbose_name = _("Kennzahl")
        verbose_name_plural = _("Kennzahlen")
        ordering = ["indicator", "-year"]
        constraints = [
            models.CheckConstraint(condition=models.Q(value__gte=0), name="regions_keyfigure_not_negative"),
        ]

    def __str__(self):
        return f"{self.get_indicator_display()} {self.year}: {self.value}"

    def clean(self):
        super().clean()
        if self.value is None or not self.indicator:
            return
        label = Indicator(self.indicator).label if self.indicator in Indicator.values else self.indicator
        if self.value < 0:
            raise ValidationError(
                {"value": gettext("%(indicator)s kann nicht negativ sein.") % {"indicator": label}},
                code="negative",
            )
        if self.indicator in COUNTED and self.value != self.value.to_integral_value():
            raise ValidationError(
                {"value": gettext("%(indicator)s wird in ganzen Zahlen angegeben.") % {"indicator": label}},
                code="not_whole",
            )


class MemberOrganisation(Orderable):
    """A member of the region's cross-border cooperation, listed on the region page in this order."""

    page = ParentalKey("regions.RegionPage", on_delete=models.CASCADE, related_name="member_organisations")
    name = models.CharField(_("Name"), max_length=255)
    url = models.URLField(_("Website"), blank=True)

    panels = [FieldRowPanel([FieldPanel("name"), FieldPanel("url")])]

    class Meta(Orderable.Meta):
        verbose_name = _("Mitgliedsorganisation")
        verbose_name_plural = _("Mitgliedsorganisationen")

    def __str__(self):
        return self.name


class HomeSlide(Orderable):
    """A slide of the home page's region slider; image, caption and credit default to the region's photo."""

    page = ParentalKey("regions.RegionIndexPage", on_delete=models.CASCADE, related_name="home_slides")
    region = models.ForeignKey(
        "regions.RegionPage", verbose_name=_("Region"), on_delete=models.CASCADE, related_name="+"
    )
    image = image_field(help_text=_("Leer lassen, um das Titelbild der Region zu zeigen."))
    caption = models.CharField(
        _("Bildunterschrift"),
        max_length=255,
        blank=True,
        help_text=_("Leer lassen, um die Bildunterschrift des Bildes zu verwenden."),
    )
    credit = models.CharField(
        _("Bildnachweis"),
        max_length=255,
        blank=True,
        help_text=_("Leer lassen, um den Nachweis des Bildes zu verwenden."),
    )
    text = models.TextField(_("Text"), blank=True, help_text=_("Optional: ein Satz zur Region unter dem Bild."))

    panels = [
        PageChooserPanel("region", "regions.RegionPage"),
        FieldPanel("image"),
        FieldRowPanel([FieldPanel("caption"), FieldPanel("credit")]),
        FieldPanel("text"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("Folie")
        verbose_name_plural = _("Folien des Startseiten-Sliders")

    def __str__(self):
        return self.caption or str(self.region)

    @property
    def slide_image(self):
        return self.image or self.region.hero_image

    @property
    def slide_caption(self):
        image = self.slide_image
        return self.caption or (image.caption if image else "")

    @property
    def slide_credit(self):
        image = self.slide_image
        return self.credit or (image.credit if image else "")
