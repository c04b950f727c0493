"""XLIFF 2.1 beside 1.2: the same units, ids and placeholders (<pc>/<ph>), imported through the same checks.

No XSD of XLIFF 2 is shipped (none is on PyPI; OASIS's site is out of reach here): the export's
structure is checked by hand against the XLIFF 2.0/2.1 core specification instead
(`assert_xliff_2_core`), strictly for what the export writes.
"""

import re
import xml.etree.ElementTree as ET  # noqa: S405 - parses the files our own export wrote

import pytest
from bs4 import BeautifulSoup
from django.utils import translation

from imeg.translations.xliff.document import q2
from tests.imeg.translations.xliff_support import EXPORT, NS2, error_text, export, post_to_page, translate2, units_of

pytestmark = pytest.mark.django_db

NMTOKEN = re.compile(r"^[\w.:-]+$")
STATES = {"initial", "translated", "reviewed", "final"}


def export2(client, *pages, language="en"):
    response = client.get(EXPORT, {"page": [page.pk for page in pages], "language": language, "version": "2.1"})
    assert response.status_code == 200
    return response.content


def q(tag):
    return q2(tag)


def assert_inline(element, ids):
    """Only <pc>/<ph> with an id, each id once; returns the ids in document order."""
    for child in element:
        assert child.tag in (q("pc"), q("ph")), child.tag
        assert NMTOKEN.match(child.get("id", "")), child.attrib
        assert child.get("id") not in ids
        ids.append(child.get("id"))
        assert set(child.attrib) <= {"id", "type"}
        assert child.get("type") in {"fmt", "link", "image", "other"}
        if child.tag == q("ph"):
            assert not len(child) and not child.text
        assert_inline(child, ids)
    return ids


def assert_xliff_2_core(document, language):
    """The XLIFF 2.1 core's structure (spec §4.2), strictly for the elements and attributes the export writes."""
    root = ET.fromstring(document)  # noqa: S314 - our own export
    assert root.tag == q("xliff")
    assert root.attrib == {"version": "2.1", "srcLang": "de", "trgLang": language}
    file_ids = set()
    for file_element in root:
        assert file_element.tag == q("file")
        assert set(file_element.attrib) == {"id", "original"}
        assert NMTOKEN.match(file_element.get("id")) and file_element.get("id") not in file_ids
        file_ids.add(file_element.get("id"))
        children = list(file_element)
        assert children[0].tag == q("notes")  # <notes> before the units
        assert [child.tag for child in children[1:]] == [q("unit")] * (len(children) - 1)
        unit_ids = set()
        for unit in children[1:]:
            assert set(unit.attrib) == {"id"}
            assert NMTOKEN.match(unit.get("id")) and unit.get("id") not in unit_ids
            unit_ids.add(unit.get("id"))
            assert [child.tag for child in unit] == [q("notes"), q("segment")]
            assert all(note.tag == q("note") for note in unit[0]) and len(unit[0]) == 1
            segment = unit[1]
            assert segment.get("state") in STATES
            assert [child.tag for child in segment] in ([q("source")], [q("source"), q("target")])
            source_ids = assert_inline(segment[0], [])
            if len(segment) == 2:
                assert segment.get("state") == "translated"
                assert set(assert_inline(segment[1], [])) <= set(source_ids)
            else:
                assert segment.get("state") == "initial"
    assert file_ids
    return root


def test_the_2_1_export_has_xliff_2_structure_and_the_1_2_unit_ids(admin_client, page, site_tree):
    page.title_en = "Statutes"
    page.save()

    root = assert_xliff_2_core(export2(admin_client, page, site_tree.mobility), "en")

    files = root.findall("x:file", NS2)
    assert [file.get("original") for file in files] == [f"page/{page.pk}", f"page/{site_tree.mobility.pk}"]
    ids = [unit.get("id") for unit in files[0].iterfind("x:unit", NS2)]
    assert ids == list(units_of(export(admin_client, page)))
    title = files[0].find("x:unit[@id='title']/x:segment/x:target", NS2)
    assert title.text == "Statutes"


def test_rich_text_markup_becomes_pc_and_ph(admin_client, page):
    root = ET.fromstring(export2(admin_client, page))  # noqa: S314 - our own export
    source = root.find(f"x:file/x:unit[@id='body.{page.body_de[1].id}']/x:segment/x:source", NS2)

    placeholders = [(element.tag.split("}")[1], element.get("id"), element.get("type")) for element in source.iter()]
    assert placeholders[1:] == [
        ("pc", "1", "other"),
        ("pc", "2", "link"),
        ("pc", "3", "fmt"),
        ("pc", "4", "fmt"),
        ("ph", "5", "fmt"),
    ]
    assert "linktype" not in ET.tostring(source, encoding="unicode")


def test_the_export_offers_both_formats(admin_client, page):
    html = BeautifulSoup(admin_client.get(EXPORT, {"page": page.pk}).content, "html.parser")

    assert [option["value"] for option in html.select('select[name="version"] option')] == ["1.2", "2.1"]


def test_round_trip_in_xliff_2_1_keeps_links_and_emphasis(admin_client, page, site_tree, post):
    response = post(admin_client, page, translate2(export2(admin_client, page)))

    assert response.status_code == 200
    assert {row["data-outcome"] for row in BeautifulSoup(response.content, "html.parser").select("tr")[1:]} == {
        "imported"
    }
    page.refresh_from_db()
    assert page.title_en in ("", None)  # a draft only
    page.get_latest_revision().publish()
    page.refresh_from_db()
    with translation.override("en"):
        html = BeautifulSoup(admin_client.get(page.url).content, "html.parser")
        assert html.select(".stream p")[0].a["href"] == site_tree.mobility.url
    paragraph = html.select(".stream p")[0]
    assert html.h1.get_text() == "[en] Satzung"
    assert paragraph.a.get_text() == "[en] Thema Mobilität"
    assert paragraph.b.get_text() == "[en] verbindlich"
    assert paragraph.br is not None


def test_a_cat_tool_s_segments_are_joined_again(admin_client, page, post):
    """A CAT tool may split a unit into sentences: two segments and the space between them."""
    data = translate2(export2(admin_client, page)).decode()
    data = data.replace(
        '<segment state="translated"><source>Die Regeln des Netzwerks.</source>'
        "<target>[en] Die Regeln des Netzwerks.</target></segment>",
        '<segment state="translated"><source>Die Regeln</source><target>The rules</target></segment>'
        "<ignorable><source> </source></ignorable>"
        '<segment state="translated"><source>des Netzwerks.</source><target>of the network.</target></segment>',
    )
    assert "<ignorable>" in data

    response = post(admin_client, page, data.encode())

    assert response.status_code == 200
    page.refresh_from_db()
    assert page.get_latest_revision_as_object().intro_en == "The rules of the network."


@pytest.mark.parametrize(
    ("original", "replacement", "message"),
    [
        ('<pc id="3" type="fmt">[en] verbindlich', '<pc id="99" type="fmt">[en] verbindlich', "Platzhalter"),
        ('<pc id="3" type="fmt">[en] verbindlich</pc>', '<sc id="3"/>[en] verbindlich<ec startRef="3"/>', "<sc>"),
        ('<ph id="5" type="fmt" />', '<pc id="5" type="fmt">x</pc>', "Platzhalter"),
    ],
)
def test_broken_placeholders_in_xliff_2_are_refused_per_unit(admin_client, page, post, original, replacement, message):
    data = translate2(export2(admin_client, page)).decode()
    target = data.index("<target>", data.index(f'id="body.{page.body_de[1].id}"'))
    assert original in data[target:]
    data = data[:target] + data[target:].replace(original, replacement, 1)

    response = post(admin_client, page, data.encode())

    rows = {row["data-unit"]: row for row in BeautifulSoup(response.content, "html.parser").select("tr[data-unit]")}
    paragraph = rows[f"body.{page.body_de[1].id}"]
    assert paragraph["data-outcome"] == "refused"
    assert message in paragraph.get_text()
    assert rows["title"]["data-outcome"] == "imported"


def test_an_xliff_2_file_for_a_language_the_site_lacks_is_refused(admin_client, page):
    data = translate2(export2(admin_client, page)).replace(b'trgLang="en"', b'trgLang="es"')

    response = post_to_page(admin_client, page, data)

    assert response.status_code == 400
    assert "Zielsprache „es“" in error_text(response)


def test_an_unknown_xliff_version_is_refused(admin_client, page, post):
    data = export2(admin_client, page).replace(b'version="2.1"', b'version="3.0"')

    response = post(admin_client, page, data)

    assert response.status_code == 400
    assert "keine XLIFF-Datei" in error_text(response)
