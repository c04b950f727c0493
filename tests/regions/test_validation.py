"""Impossible figures and bad outlines are refused with a message an editor can act on."""

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from wagtail.test.utils.form_data import inline_formset

from regions.geo import parse_outline, validate_outline
from regions.models import KeyFigure
from tests.page_forms import edit_form_data, edit_url

VALID_FIGURE = {"indicator": "area", "year": 2010, "value": "21500", "source_de": "Oberrheinkonferenz"}


def messages(error):
    return " ".join(error.messages)


def test_outline_accepts_a_list_of_points_geojson_polygons_and_features():
    ring = [[7.0, 47.4], [7.9, 47.5], [8.6, 48.6]]
    polygon = '{"type": "Polygon", "coordinates": [[[7, 47.4], [7.9, 47.5], [8.6, 48.6], [7, 47.4]]]}'
    multi = (
        '{"type": "MultiPolygon", "coordinates": '
        "[[[[7, 47.4], [7.9, 47.5], [8.6, 48.6]]], [[[6, 49], [6.5, 49], [6, 49.5]]]]}"
    )
    feature = '{"type": "Feature", "properties": {}, "geometry": ' + polygon + "}"

    assert parse_outline(str(ring)) == [[[(7.0, 47.4), (7.9, 47.5), (8.6, 48.6)]]]
    assert len(parse_outline(polygon)[0][0]) == 3  # a closed ring loses its repeated first point
    assert len(parse_outline(multi)) == 2
    assert len(parse_outline(feature)) == 1


@pytest.mark.parametrize(
    ("outline", "message"),
    [
        ("[[7.0, 47.4], [7.9, 47.5]", "kein gültiges JSON (Zeile 1"),
        ('{"type": "Point", "coordinates": [7, 47]}', "Polygon oder MultiPolygon"),
        ("[[7.0, 47.4], [7.9, 47.5]]", "mindestens drei verschiedene Punkte"),
        ('[[7.0, 47.4], [7.9, "Nord"], [8.6, 48.6]]', "Punkt 2 enthält etwas anderes als Zahlen"),
        ("[[7.0, 47.4], [7.9], [8.6, 48.6]]", "Punkt 2 ist kein Paar"),
        ("[[47.4, 7.0], [47.5, 7.9], [48.6, 8.6]]", "Stehen Länge und Breite in der richtigen Reihenfolge"),
    ],
)
def test_bad_outlines_are_refused_with_a_clear_message(outline, message):
    with pytest.raises(ValidationError) as error:
        validate_outline(outline)

    assert message in messages(error.value)


def test_an_empty_outline_is_allowed():
    validate_outline("")
    validate_outline("   ")


@pytest.mark.django_db
def test_negative_area_is_refused_with_a_clear_message(regions_tree):
    figure = KeyFigure(page=regions_tree.oberrhein, **{**VALID_FIGURE, "value": "-21500"})

    with pytest.raises(ValidationError) as error:
        figure.full_clean()

    assert "Fläche (km²) kann nicht negativ sein." in error.value.message_dict["value"]


@pytest.mark.django_db
@pytest.mark.parametrize("year", [3000, 1899, timezone.now().year + 2])
def test_impossible_years_are_refused_with_a_clear_message(regions_tree, year):
    figure = KeyFigure(page=regions_tree.oberrhein, **{**VALID_FIGURE, "year": year})

    with pytest.raises(ValidationError) as error:
        figure.full_clean()

    assert f"Das Jahr {year} ist nicht möglich" in messages(error.value)


@pytest.mark.django_db
def test_next_years_figure_is_allowed(regions_tree):
    KeyFigure(page=regions_tree.oberrhein, **{**VALID_FIGURE, "year": timezone.now().year + 1}).full_clean()


@pytest.mark.django_db
def test_counted_figures_must_be_whole_numbers(regions_tree):
    figure = KeyFigure(page=regions_tree.oberrhein, **{**VALID_FIGURE, "indicator": "universities", "value": "7.5"})

    with pytest.raises(ValidationError) as error:
        figure.full_clean()

    assert "Hochschulen wird in ganzen Zahlen angegeben." in error.value.message_dict["value"]


@pytest.mark.django_db
def test_database_refuses_negative_figures_too(regions_tree):
    with pytest.raises(IntegrityError), transaction.atomic():
        KeyFigure.objects.create(page=regions_tree.oberrhein, indicator="area", year=2011, value=-1, source_de="x")


def post_region(client, region, figures, countries=None, **changes):
    changes.setdefault("key_figures", inline_formset(figures))
    data = edit_form_data(region, member_organisations=inline_formset([]), **changes)
    # A multiple choice is posted as repeated values, which nested_form_data would flatten.
    data = {name: value for name, value in data.items() if not name.startswith("countries-")}
    data["countries"] = region.countries if countries is None else countries
    return client.post(edit_url(region), data)


@pytest.mark.django_db
def test_admin_refuses_negative_area_and_year_3000(regions_tree, client, superuser):
    client.force_login(superuser)
    region = regions_tree.oberrhein

    response = post_region(
        client,
        region,
        [
            {**VALID_FIGURE, "value": "-21500"},
            {**VALID_FIGURE, "indicator": "population", "year": "3000", "value": "1"},
        ],
    )

    assert response.status_code == 200  # the form again, not a redirect
    text = response.content.decode()
    assert "Fläche (km²) kann nicht negativ sein." in text
    assert "Das Jahr 3000 ist nicht möglich" in text
    assert region.key_figures.filter(year=3000).count() == 0


@pytest.mark.django_db
def test_admin_refuses_an_invalid_outline(regions_tree, client, superuser):
    client.force_login(superuser)
    region = regions_tree.oberrhein

    response = post_region(client, region, [VALID_FIGURE], outline="[[47.4, 7.0], [47.5, 7.9], [48.6, 8.6]]")

    assert response.status_code == 200
    assert "Stehen Länge und Breite in der richtigen Reihenfolge" in response.content.decode()


@pytest.mark.django_db
def test_admin_saves_valid_figures_and_countries(regions_tree, client, superuser):
    client.force_login(superuser)
    region = regions_tree.oberrhein
    region.key_figures.all().delete()  # the posted formset holds only new rows

    response = post_region(
        client, region, [VALID_FIGURE], countries=["DE", "FR"], **{"action-publish": "Veröffentlichen"}
    )

    assert response.status_code == 302
    region.refresh_from_db()
    assert region.countries == ["DE", "FR"]
    assert list(region.key_figures.values_list("indicator", "year")) == [("area", 2010)]


@pytest.mark.django_db
def test_admin_refuses_unknown_country_codes(regions_tree, client, superuser):
    client.force_login(superuser)

    response = post_region(client, regions_tree.oberrhein, [VALID_FIGURE], countries=["DE", "XX"])

    assert response.status_code == 200
    assert "XX" in response.context["form"].errors["countries"][0]


@pytest.mark.django_db
def test_admin_refuses_two_values_for_the_same_indicator_and_year(regions_tree, client, superuser):
    client.force_login(superuser)

    response = post_region(client, regions_tree.oberrhein, [VALID_FIGURE, {**VALID_FIGURE, "value": "21600"}])

    assert response.status_code == 200
    assert "Fläche (km²) hat für 2010 schon einen Wert" in response.content.decode()


@pytest.mark.django_db
def test_admin_edit_forms_of_the_region_pages_open(regions_tree, client, superuser):
    client.force_login(superuser)

    for page in (regions_tree.index, regions_tree.oberrhein):
        response = client.get(edit_url(page))
        assert response.status_code == 200
    text = response.content.decode()
    assert 'name="key_figures-TOTAL_FORMS"' in text
    assert 'name="member_organisations-TOTAL_FORMS"' in text
    assert 'name="countries"' in text
    assert 'name="key_figures-0-source_en"' in text  # sources are translated side by side


@pytest.mark.django_db
def test_admin_lets_two_rows_swap_their_years(regions_tree, client, superuser):
    client.force_login(superuser)
    region = regions_tree.grossregion
    newer = region.key_figures.get(indicator="population", year=2019)
    older = KeyFigure.objects.create(page=region, indicator="population", year=2018, value=11_500_000, source_de="A")
    swapped = {older.pk: 2019, newer.pk: 2018}
    rows = [
        {
            "id": figure.pk,
            "indicator": figure.indicator,
            "year": swapped.get(figure.pk, figure.year),
            "value": str(figure.value),
            "source_de": figure.source_de,
        }
        for figure in region.key_figures.order_by("pk")
    ]

    response = post_region(
        client,
        region,
        [],
        key_figures=inline_formset(rows, initial=len(rows)),
        **{"action-publish": "Veröffentlichen"},
    )

    assert response.status_code == 302
    older.refresh_from_db()
    assert older.year == 2019
