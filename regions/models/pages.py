"""The region pages: the list of IMeG regions with map and comparison, and one page per region."""

import csv

from django.core.exceptions import ValidationError
from django.db import models
from django.http import HttpResponse
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import path
from wagtail.fields import StreamField
from wagtail.search import index

from imeg.blocks import body_blocks
from imeg.models import BasePage, CustomImage, RoutableBasePage
from imeg.models.pages import collect_sections, image_field
from regions import charts, geo
from regions.countries import CountryCodesField, country_name
from regions.forms import RegionPageForm
from regions.indicators import CSV_UNITS, Indicator, latest_figures, plain_value
from regions.models.related import HomeSlide
from regions.validators import validate_year

# Each region gets its own hatching, so neighbours differ without relying on colour.
HATCH_ANGLES = (45, -45, 0, 90)


def _lines(text):
    return [line.strip() for line in (text or "").splitlines() if line.strip()]


class RegionIndexPage(RoutableBasePage):
    """ "IMeG-Regionen": the member regions on a map, their key figures compared, the home slider."""

    intro = models.TextField(_("Einleitung"), blank=True)
    data_note = models.TextField(
        _("Hinweis zu Daten und Karte"),
        blank=True,
        help_text=_("Quellen der Karte und der Zahlen, z. B. dass die Umrisse der Regionen ungefähr sind."),
    )

    content_panels = BasePage.content_panels + [
        FieldPanel("intro"),
        FieldPanel("data_note"),
        InlinePanel(
            "home_slides",
            heading=_("Startseiten-Slider"),
            label=_("Folie"),
            help_text=_("Die Folien des Sliders auf der Startseite, in dieser Reihenfolge."),
        ),
    ]

    search_fields = BasePage.search_fields + [index.SearchField("intro")]
    search_summary_fields = ("intro",)
    search_body_fields = ("data_note",)
    search_type = "region"
    search_type_label = _("Region")

    parent_page_types = ["imeg.ContentPage"]
    subpage_types = ["regions.RegionPage"]
    max_count = 1

    class Meta:
        verbose_name = _("Regionenübersicht")

    def regions(self):
        """The published regions in menu order, with everything the index and the slider show."""
        return (
            RegionPage.objects.child_of(self)
            .live()
            .public()
            .order_by("path")
            .prefetch_related("key_figures", "member_organisations")
        )

    def slides(self):
        """The home slider's slides of published regions, images and renditions fetched at once."""
        slides = list(
            HomeSlide.objects.filter(page=self, region__live=True).select_related("region").order_by("sort_order")
        )
        # Slide images and region images in one query (with their renditions), not one per relation.
        ids = {slide.image_id for slide in slides} | {slide.region.hero_image_id for slide in slides}
        images = CustomImage.objects.prefetch_renditions().in_bulk(ids - {None})
        for slide in slides:
            slide.image = images.get(slide.image_id)
            slide.region.hero_image = images.get(slide.region.hero_image_id)
        return slides

    def comparison(self, regions):
        """Rows of the comparison table: each indicator with the latest figure of every region."""
        latest = [{figure.indicator: figure for figure in region.latest_figures()} for region in regions]
        rows = []
        for indicator, label in Indicator.choices:
            cells = [figures.get(indicator) for figures in latest]
            if any(cells):
                rows.append({"indicator": indicator, "label": label, "cells": cells})
        return rows

    def map(self, regions, request=None):
        """The SVG map: country borders and each region's outline, hatching, number and link."""
        current = geo.frame()
        items = []
        for number, region in enumerate(regions, start=1):
            polygons = region.outline_polygons()
            if not polygons:
                items.append({"number": number, "region": region, "url": region.get_url(request), "path": ""})
                continue
            label_x, label_y = geo.label_point(polygons)
            items.append(
                {
                    "number": number,
                    "region": region,
                    "url": region.get_url(request),
                    "path": current.path(polygons),
                    "pattern": f"region-map-hatch-{(number - 1) % len(HATCH_ANGLES)}",
                    "label_x": round(label_x, 1),
                    "label_y": round(label_y, 1),
                    "size": geo.extent(polygons),
                }
            )
        # Large regions first, so a small one that overlaps them stays visible and clickable.
        drawn = sorted((item for item in items if item["path"]), key=lambda item: -item["size"])
        return {
            "view_box": current.view_box,
            "countries": geo.country_paths(),
            "country_labels": [{"name": country_name(iso), "x": x, "y": y} for iso, x, y in geo.country_labels()],
            "regions": items,
            "drawn": drawn,
            "hatches": [{"id": f"region-map-hatch-{i}", "angle": angle} for i, angle in enumerate(HATCH_ANGLES)],
        }

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        regions = list(self.regions())
        rows = self.comparison(regions)
        context.update(
            regions=regions,
            comparison=rows,
            charts=charts.bar_charts(regions, rows),
            region_map=self.map(regions, request),
            csv_url=self.url + self.reverse_subpage("figures_csv"),
        )
        return context

    # Wagtail's page URLs allow no dot, so the file name comes from Content-Disposition.
    @path("figures-csv/", name="figures_csv")
    def figures_csv(self, request):
        """Every stored figure as open data: one row per region, indicator and year."""
        response = HttpResponse(content_type="text/csv; charset=utf-8")
        language = translation.get_language()
        response["Content-Disposition"] = f'attachment; filename="imeg-key-figures-{language}.csv"'
        writer = csv.writer(response)
        writer.writerow(
            ["region", "region_url", "indicator", "indicator_label", "year", "value", "unit", "source", "source_url"]
        )
        for region in self.regions():
            url = region.get_full_url(request)
            for figure in sorted(
                region.key_figures.all(), key=lambda f: (Indicator.values.index(f.indicator), f.year)
            ):
                writer.writerow(
                    [
                        region.title,
                        url,
                        figure.indicator,
                        Indicator(figure.indicator).label,
                        figure.year,
                        plain_value(figure.value),
                        CSV_UNITS[figure.indicator],
                        figure.source,
                        figure.source_url,
                    ]
                )
        return response


class RegionPage(BasePage):
    """A member region: its facts, key figures, members, photo, text and outline on the map."""

    short_name = models.CharField(
        _("Kurzname"), max_length=60, help_text=_("Für Karte, Tabellen und Slider, z. B. „TMO“ oder „Großregion“.")
    )
    full_name = models.CharField(
        _("Vollständiger Name"),
        max_length=255,
        blank=True,
        help_text=_("Der offizielle Name, wenn er vom Seitentitel abweicht."),
    )
    intro = models.TextField(_("Einleitung"), blank=True, help_text=_("Ein, zwei Sätze; erscheinen auch in Teasern."))
    countries = CountryCodesField(_("Länder"), help_text=_("Die Staaten, an denen die Region Anteil hat."))
    participating_areas = models.TextField(
        _("Beteiligte Gebiete"), blank=True, help_text=_("Ein Gebiet pro Zeile, z. B. „Elsass“, „Nordwestschweiz“.")
    )
    core_cities = models.TextField(_("Zentren"), blank=True, help_text=_("Eine Stadt pro Zeile."))
    founding_year = models.PositiveSmallIntegerField(
        _("Gründungsjahr"), null=True, blank=True, validators=[validate_year]
    )
    cross_border_body = models.CharField(
        _("Grenzüberschreitendes Gremium"),
        max_length=255,
        blank=True,
        help_text=_("Z. B. „Oberrheinkonferenz“ oder „Internationale Bodensee-Konferenz“."),
    )
    cross_border_body_seat = models.CharField(_("Sitz des Gremiums"), max_length=120, blank=True)
    cross_border_body_url = models.URLField(_("Website des Gremiums"), blank=True)
    hero_image = image_field(help_text=_("Titelbild; Bildunterschrift und Nachweis kommen vom Bild."))
    body = StreamField(body_blocks(), blank=True, verbose_name=_("Inhalt"))
    outline = models.TextField(
        _("Umriss für die Karte"),
        blank=True,
        validators=[geo.validate_outline],
        help_text=_(
            "GeoJSON (Polygon oder MultiPolygon) oder eine Liste von Punkten [Länge, Breite], "
            "z. B. [[7.6, 47.5], [8.2, 48.9], [7.2, 48.3]]. Ein ungefährer Umriss genügt."
        ),
    )

    content_panels = BasePage.content_panels + [
        MultiFieldPanel([FieldPanel("short_name"), FieldPanel("full_name"), FieldPanel("intro")], heading=_("Name")),
        FieldPanel("hero_image"),
        MultiFieldPanel(
            [FieldPanel("countries"), FieldPanel("participating_areas"), FieldPanel("core_cities")],
            heading=_("Gebiet"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("founding_year"),
                FieldPanel("cross_border_body"),
                FieldPanel("cross_border_body_seat"),
                FieldPanel("cross_border_body_url"),
            ],
            heading=_("Zusammenarbeit"),
        ),
        InlinePanel("member_organisations", heading=_("Mitgliedsorganisationen"), label=_("Mitglied")),
        InlinePanel(
            "key_figures",
            heading=_("Kennzahlen"),
            label=_("Kennzahl"),
            help_text=_("Jede Zahl mit Jahr und Quelle; die Seite zeigt je Kennzahl das neueste Jahr."),
        ),
        FieldPanel("body"),
        FieldPanel("outline"),
    ]

    base_form_class = RegionPageForm

    search_fields = BasePage.search_fields + [
        index.SearchField("short_name"),
        index.SearchField("full_name"),
        index.SearchField("intro"),
        index.SearchField("core_cities"),
        index.SearchField("body"),
    ]
    search_summary_fields = ("intro",)
    search_body_fields = (
        "short_name",
        "full_name",
        "participating_areas",
        "core_cities",
        "cross_border_body",
        "cross_border_body_seat",
        "body",
    )
    share_image_field = "hero_image"
    search_type = "region"
    search_type_label = _("Region")

    parent_page_types = ["regions.RegionIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("Region")
        verbose_name_plural = _("Regionen")

    @property
    def country_names(self):
        return [country_name(code) for code in self.countries]

    @property
    def participating_area_list(self):
        return _lines(self.participating_areas)

    @property
    def core_city_list(self):
        return _lines(self.core_cities)

    def latest_figures(self):
        """The newest value of each indicator with Stand/Quelle, density derived."""
        return latest_figures(self.key_figures.all())

    def outline_polygons(self):
        if not self.outline.strip():
            return []
        try:
            return geo.parse_outline(self.outline)
        except ValidationError:
            # Saved before the map window changed: leave the region off the map, not the page.
            return []

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["figures"] = self.latest_figures()
        # Apps list the region's news, events and publications through the `imeg_region_sections` hook.
        context["region_sections"] = collect_sections("imeg_region_sections", request, self)
        return context
