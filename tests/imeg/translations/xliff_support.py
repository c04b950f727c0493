"""What the XLIFF tests share: exporting, translating as a CAT tool would, uploading."""

import copy
import io
import xml.etree.ElementTree as ET  # noqa: S405 - parses the files our own export wrote

from bs4 import BeautifulSoup

from imeg.translations import xliff

NS = {"x": xliff.NAMESPACE}
EXPORT = "/admin/translations/xliff/export/"
IMPORT_PAGES = "/admin/translations/xliff/import/"


def export(client, page, language="en"):
    response = client.get(EXPORT, {"page": page.pk, "language": language})
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment;")
    return response.content


def units_of(document):
    root = ET.fromstring(document)  # noqa: S314 - our own export
    return {unit.get("id"): unit for unit in root.iterfind(".//x:trans-unit", NS)}


def translate(document, prefix="[en] "):
    """What an agency's CAT tool does: fill each target with the source, its texts translated, placeholders kept."""
    root = ET.fromstring(document)  # noqa: S314 - our own export
    for unit in root.iterfind(".//x:trans-unit", NS):
        source, target = unit.find("x:source", NS), unit.find("x:target", NS)
        target.clear()
        target.set("state", "translated")
        target.text = source.text
        for child in source:
            target.append(copy.deepcopy(child))
        for element in target.iter():
            if element.text and element.text.strip():
                element.text = prefix + element.text
    return ET.tostring(root, encoding="utf-8", xml_declaration=True)


def _file(data, name):
    handle = io.BytesIO(data)
    handle.name = name
    return handle


def post_to_page(client, page, data):
    return client.post(f"/admin/translations/xliff/import/{page.pk}/", {"file": _file(data, "translation.xlf")})


def post_pages(client, data):
    return client.post(IMPORT_PAGES, {"file": _file(data, "translation.xlf")})


def error_text(response):
    return BeautifulSoup(response.content, "html.parser").select_one(".error-message").get_text(" ", strip=True)


NS2 = {"x": "urn:oasis:names:tc:xliff:document:2.0"}


def translate2(document, prefix="[en] "):
    """`translate` for XLIFF 2: each segment gets a target, its source with the texts translated."""
    root = ET.fromstring(document)  # noqa: S314 - our own export
    for segment in root.iterfind(".//x:segment", NS2):
        for old in segment.findall("x:target", NS2):
            segment.remove(old)
        target = copy.deepcopy(segment.find("x:source", NS2))
        target.tag = target.tag.replace("source", "target")
        for element in target.iter():
            if element.text and element.text.strip():
                element.text = prefix + element.text
        segment.append(target)
        segment.set("state", "translated")
    # Without prefixes, as the export writes it (and as a CAT tool would): the namespace as the default.
    for element in root.iter():
        element.tag = element.tag.removeprefix("{" + NS2["x"] + "}")
    root.set("xmlns", NS2["x"])
    return ET.tostring(root, encoding="utf-8", xml_declaration=True)
