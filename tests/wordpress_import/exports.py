"""WordPress exports made by the tests: a builder for WXR 1.1/1.2 and one shaped like the IMeG's old site."""

import io
import stat
import struct
import zipfile
from xml.sax.saxutils import escape

from PIL import Image

from tests.publications.pdfs import javascript_pdf, valid_pdf

BASE = "https://www.imeg.de"


def cdata(text):
    return "<![CDATA[" + text.replace("]]>", "]]]]><![CDATA[>") + "]]>"


def item(
    wp_id,
    title,
    *,
    post_type="page",
    status="publish",
    slug="",
    parent=0,
    content="",
    excerpt="",
    link=None,
    date="2018-10-05 10:00:00",
    attachment_url="",
    meta=None,
    terms=(),
    guid=None,
):
    if link is None:
        link = f"{BASE}/?p={wp_id}" if status != "publish" else f"{BASE}/{slug}/"
    meta_xml = "".join(
        f"<wp:postmeta><wp:meta_key>{escape(key)}</wp:meta_key><wp:meta_value>{cdata(value)}</wp:meta_value></wp:postmeta>"
        for key, value in (meta or {}).items()
    )
    terms_xml = "".join(
        f'<category domain="{domain}" nicename="{nicename}">{cdata(label)}</category>'
        for domain, nicename, label in terms
    )
    gmt = date if status == "publish" else "0000-00-00 00:00:00"
    return f"""
<item>
  <title>{escape(title)}</title>
  <link>{escape(link)}</link>
  <pubDate>Fri, 05 Oct 2018 10:00:00 +0000</pubDate>
  <dc:creator>{cdata("redaktion")}</dc:creator>
  <guid isPermaLink="false">{escape(guid or f"{BASE}/?p={wp_id}")}</guid>
  <description></description>
  <content:encoded>{cdata(content)}</content:encoded>
  <excerpt:encoded>{cdata(excerpt)}</excerpt:encoded>
  <wp:post_id>{wp_id}</wp:post_id>
  <wp:post_date>{cdata(date)}</wp:post_date>
  <wp:post_date_gmt>{cdata(gmt)}</wp:post_date_gmt>
  <wp:comment_status>closed</wp:comment_status>
  <wp:post_name>{cdata(slug)}</wp:post_name>
  <wp:status>{cdata(status)}</wp:status>
  <wp:post_parent>{parent}</wp:post_parent>
  <wp:menu_order>0</wp:menu_order>
  <wp:post_type>{cdata(post_type)}</wp:post_type>
  <wp:post_password></wp:post_password>
  <wp:is_sticky>0</wp:is_sticky>
  {f"<wp:attachment_url>{cdata(attachment_url)}</wp:attachment_url>" if attachment_url else ""}
  {terms_xml}
  {meta_xml}
</item>"""


def php_string(text):
    return f's:{len(text.encode())}:"{text}";'


def attachment_metadata(path, credit="", sizes=(), original=""):
    """`_wp_attachment_metadata` as WordPress stores it: PHP-serialised, with the resized copies' names."""
    copies = "".join(
        php_string(name.rsplit("-", 1)[-1].split(".")[0])
        + "a:4:{"
        + php_string("file")
        + php_string(name)
        + 's:5:"width";i:300;s:6:"height";i:200;'
        + php_string("mime-type")
        + php_string("image/png")
        + "}"
        for name in sizes
    )
    fields = [
        's:5:"width";i:640;s:6:"height";i:480;' + php_string("file") + php_string(path),
        php_string("sizes") + f"a:{len(sizes)}:{{{copies}}}",
        php_string("image_meta") + "a:1:{" + php_string("credit") + php_string(credit) + "}",
    ]
    if original:
        fields.append(php_string("original_image") + php_string(original))
    return f"a:{2 + len(fields)}:{{{''.join(fields)}}}"


def attachment(wp_id, title, path, *, parent=0, alt="", caption="", credit="", link=None, sizes=(), original=""):
    meta = {"_wp_attached_file": path}
    if alt:
        meta["_wp_attachment_image_alt"] = alt
    if credit or sizes or original:
        meta["_wp_attachment_metadata"] = attachment_metadata(path, credit, sizes, original)
    return item(
        wp_id,
        title,
        post_type="attachment",
        status="inherit",
        slug=title.lower().replace(" ", "-"),
        parent=parent,
        excerpt=caption,
        link=link or f"{BASE}/?attachment_id={wp_id}",
        attachment_url=f"{BASE}/wp-content/uploads/{path}",
        meta=meta,
        guid=f"{BASE}/wp-content/uploads/{path}",
    )


def wxr(items, *, version="1.2", language="de-DE", base=BASE):
    return f"""<?xml version="1.0" encoding="UTF-8" ?>
<rss version="2.0"
  xmlns:excerpt="http://wordpress.org/export/{version}/excerpt/"
  xmlns:content="http://purl.org/rss/1.0/modules/content/"
  xmlns:wfw="http://wellformedweb.org/CommentAPI/"
  xmlns:dc="http://purl.org/dc/elements/1.1/"
  xmlns:wp="http://wordpress.org/export/{version}/">
<channel>
  <title>Initiativkreis Metropolitane Grenzregionen</title>
  <link>{base}</link>
  <description>IMeG</description>
  <language>{language}</language>
  <wp:wxr_version>{version}</wp:wxr_version>
  <wp:base_site_url>{base}</wp:base_site_url>
  <wp:base_blog_url>{base}</wp:base_blog_url>
  <wp:author><wp:author_id>1</wp:author_id><wp:author_login>{cdata("redaktion")}</wp:author_login></wp:author>
  <wp:category><wp:term_id>3</wp:term_id><wp:category_nicename>{cdata("raumbeobachtung")}</wp:category_nicename></wp:category>
  <generator>https://wordpress.org/?v=6.4</generator>
  {"".join(items)}
</channel>
</rss>
"""


def png(width=64, height=48, color=(30, 90, 160)):
    buffer = io.BytesIO()
    Image.new("RGB", (width, height), color).save(buffer, format="PNG")
    return buffer.getvalue()


AVADA_PAGE = f"""[fusion_builder_container hundred_percent="no" equal_height_columns="no"][fusion_builder_row]\
[fusion_builder_column type="1_1" layout="1_1"][fusion_text]
<h2>Wer wir sind</h2>
Der Initiativkreis Metropolitane Grenzregionen wurde am 17.&nbsp;März 2011 in Berlin gegründet.

Er vereint Regionen an den Grenzen zu unseren Nachbarländern &amp; spricht mit einer Stimme.
[/fusion_text][fusion_separator style_type="single solid" /]\
[fusion_imageframe image_id="101|full" alt="Karte"]{BASE}/wp-content/uploads/2018/10/karte-der-grenzregionen.png\
[/fusion_imageframe][fusion_button link="{BASE}/?page_id=12" color="default"]Unsere Ziele[/fusion_button]\
[/fusion_builder_column][/fusion_builder_row][/fusion_builder_container]"""

AUTOP_PAGE = f"""Das Modellvorhaben MORO lief von 2008 bis 2011.
Es wurde vom Bund gefördert.

Mehr dazu in den <a href="{BASE}/metropolitane-grenzregionen/">metropolitanen Grenzregionen</a> \
und im <a href="{BASE}/wp-content/uploads/2018/10/positionspapier-raumbeobachtung-2018.pdf">Positionspapier</a>.

<ul>
<li>Erstens</li>
<li>Zweitens</li>
</ul>"""

GUTENBERG_POST = f"""<!-- wp:paragraph -->
<p>Der Initiativkreis hat ein <strong>neues Positionspapier</strong> zur Raumbeobachtung beschlossen.</p>
<!-- /wp:paragraph -->

<!-- wp:heading {{"level":3}} -->
<h3>Die wichtigsten Punkte</h3>
<!-- /wp:heading -->

<!-- wp:list -->
<ul><li>Daten über Grenzen hinweg</li><li>Gemeinsame Indikatoren</li></ul>
<!-- /wp:list -->

<!-- wp:image {{"id":101}} -->
<figure class="wp-block-image"><img src="{BASE}/wp-content/uploads/2018/10/karte-der-grenzregionen-300x200.png" \
alt="" class="wp-image-101"/><figcaption>Die vier Regionen</figcaption></figure>
<!-- /wp:image -->

<!-- wp:table -->
<figure class="wp-block-table"><table><thead><tr><th>Region</th><th>Einwohner</th></tr></thead>
<tbody><tr><td>Großregion</td><td>11,6 Mio.</td></tr><tr><td>Oberrhein</td><td>6,1 Mio.</td></tr></tbody>
</table></figure>
<!-- /wp:table -->

<!-- wp:quote -->
<blockquote class="wp-block-quote"><p>Grenzräume sind Verbindungsräume.</p><cite>IMeG</cite></blockquote>
<!-- /wp:quote -->"""

HOSTILE_POST = f"""<p onclick="alert(1)" style="color:red">Die Veranstaltung in Brüssel \
<a href="javascript:alert(1)">hier</a> und <a href="{BASE}/2023/04/21/grenzraumakademie/">die Akademie</a>.</p>
<script>alert("x")</script><style>p {{color: red}}</style>
<iframe src="https://www.youtube.com/embed/abc"></iframe>
[contact-form-7 id="5" title="Anmeldung"]
<p>Ein Link auf <a href="{BASE}/kategorie/alt/">eine alte Kategorie</a>.</p>"""


def imeg_export(version="1.2"):
    """(export XML, {uploads-relative path: bytes}) shaped like the old site."""
    files = {
        "2018/10/karte-der-grenzregionen.png": png(),
        "2018/10/positionspapier-raumbeobachtung-2018.pdf": valid_pdf(pages=2, title="Raumbeobachtung"),
        "2018/10/mit-javascript.pdf": javascript_pdf(),
        "2018/10/foto.jpg": b"Dies ist kein Bild, nur Text mit der Endung .jpg\n" * 20,
        "2018/10/tabelle.docx": b"PK\x03\x04 not really a docx",
    }
    raumbeobachtung = ("category", "raumbeobachtung", "Raumbeobachtung")
    items = [
        item(10, "Initiativkreis", slug="initiativkreis", content=AVADA_PAGE, excerpt="Wer wir sind."),
        item(11, "Hintergrund", slug="hintergrund", parent=10, content=AUTOP_PAGE,
             link=f"{BASE}/initiativkreis/hintergrund/"),
        item(12, "Ziele", slug="ziele", parent=10, content="<p>Drei Ziele.</p>", link=f"{BASE}/initiativkreis/ziele/"),
        item(13, "Mitglieder intern", slug="mitglieder-intern", parent=10, status="private", content="<p>Intern</p>"),
        item(14, "Ziele (alt)", slug="ziele", parent=10, content="<p>Doppelter Slug.</p>",
             link=f"{BASE}/initiativkreis/ziele-2/"),
        item(20, "Metropolitane Grenzregionen", slug="metropolitane-grenzregionen", content="<p>Vier Regionen.</p>"),
        item(21, "Grenzüberschreitende Räume", slug="grenz%c3%bcberschreitende-r%c3%a4ume", parent=20,
             content="<p>Über Grenzen.</p>",
             link=f"{BASE}/metropolitane-grenzregionen/grenz%c3%bcberschreitende-r%c3%a4ume/"),
        item(30, "Aktivitäten &amp; Themen", slug="aktivitaeten-themen", content="<p>Was wir tun.</p>"),
        item(31, "Verwaist", slug="verwaist", parent=999, content="<p>Ohne Eltern.</p>",
             link=f"{BASE}/aktivitaeten-themen/verwaist/"),
        item(33, "Entwurf", slug="entwurf", status="draft", content="<p>Noch nicht fertig.</p>"),
        item(34, "Gelöscht", slug="geloescht", status="trash", content="<p>Weg.</p>"),
        item(40, "Neues Positionspapier zur Raumbeobachtung", post_type="post", slug="positionspapier-raumbeobachtung",
             content=GUTENBERG_POST, excerpt="Ein Papier über Daten, die an der Grenze nicht enden.",
             link=f"{BASE}/2018/10/05/positionspapier-raumbeobachtung/", terms=[raumbeobachtung],
             meta={"_thumbnail_id": "101"}),
        item(41, "Grenzräume sind Verbindungsräume", post_type="post", slug="grenzraeume-verbindungsraeume",
             date="2019-01-30 09:00:00", content=HOSTILE_POST,
             link=f"{BASE}/2019/01/30/grenzraeume-verbindungsraeume/",
             terms=[("category", "veranstaltungen", "Veranstaltungen")]),
        item(42, "Grenzraumakademie in Berlin", post_type="post", slug="grenzraumakademie", date="2023-04-21 12:00:00",
             content="Rund 130 Gäste kamen.\n\nDer Initiativkreis war mit einer Sitzung dabei.",
             link=f"{BASE}/2023/04/21/grenzraumakademie/"),
        item(43, "Entwurf einer Meldung", post_type="post", slug="entwurf-meldung", status="draft",
             content="<p>Entwurf</p>"),
        item(44, "Private Meldung", post_type="post", slug="privat", status="private", content="<p>Privat</p>"),
        item(200, "Menü", post_type="nav_menu_item", slug="200"),
        # A malformed item: no post id.
        "<item><title>Kaputt</title><wp:post_type>post</wp:post_type></item>",
        attachment(101, "Karte der Grenzregionen", "2018/10/karte-der-grenzregionen.png", parent=40,
                   alt="Karte der vier IMeG-Regionen", caption="Die Regionen des Initiativkreises",
                   credit="Grafik: IMeG", link=f"{BASE}/2018/10/05/positionspapier-raumbeobachtung/karte/",
                   sizes=("karte-der-grenzregionen-150x150.png", "karte-der-grenzregionen-300x200.png",
                          "../../../etc/passwd"),
                   original="karte-der-grenzregionen-original.png"),
        attachment(102, "Positionspapier Raumbeobachtung", "2018/10/positionspapier-raumbeobachtung-2018.pdf",
                   parent=40),
        attachment(103, "Papier mit Skript", "2018/10/mit-javascript.pdf"),
        attachment(104, "Foto", "2018/10/foto.jpg"),
        attachment(105, "Verlorenes Bild", "2017/01/verloren.png"),
        attachment(106, "Tabelle", "2018/10/tabelle.docx"),
    ]  # fmt: skip
    return wxr(items, version=version), files


IMEG_MAP = """
[publications."positionspapier-raumbeobachtung-2018.pdf"]
type = "position_paper"
title = "Raumbeobachtung"
date = 2018-10-05
"""


def write_export(folder, xml, files=None):
    """Write the export and its uploads folder; return (export path, uploads path)."""
    export = folder / "export.xml"
    export.write_text(xml, encoding="utf-8")
    uploads = folder / "uploads"
    uploads.mkdir(exist_ok=True)
    for relative, data in (files or {}).items():
        path = uploads / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    return export, uploads


def small_export(version="1.2", language="de-DE", hintergrund="<p>Wie alles begann.</p>", extra=()):
    """Three pages, a post, an image and a PDF: quick to import again and again."""
    files = {
        "2018/10/karte.png": png(),
        "2018/10/papier.pdf": valid_pdf(pages=1),
    }
    items = [
        item(10, "Initiativkreis", slug="initiativkreis", content=AVADA_PAGE),
        item(11, "Hintergrund", slug="hintergrund", parent=10, content=hintergrund,
             link=f"{BASE}/initiativkreis/hintergrund/"),
        item(12, "Ziele", slug="ziele", parent=10, content="<p>Drei Ziele.</p>", link=f"{BASE}/initiativkreis/ziele/"),
        item(40, "Meldung", post_type="post", slug="meldung", content="Text.", link=f"{BASE}/2018/10/05/meldung/",
             meta={"_thumbnail_id": "101"}),
        attachment(101, "Karte", "2018/10/karte.png", alt="Eine Karte"),
        attachment(102, "Papier", "2018/10/papier.pdf"),
        *extra,
    ]  # fmt: skip
    return wxr(items, version=version, language=language), files


def zip_uploads(path, members, links=()):
    """A zip of uploads: {name: bytes}, and (name, target) pairs stored as symbolic links."""
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
        for name, target in links:
            info = zipfile.ZipInfo(name)
            info.external_attr = (stat.S_IFLNK | 0o777) << 16
            archive.writestr(info, target)
    return path


def zip_claiming(path, size):
    """A tiny zip whose local and central headers claim a member of `size` bytes, as a crafted bomb would."""
    zip_uploads(path, {"2018/10/karte.png": png()})
    data = bytearray(path.read_bytes())
    struct.pack_into("<I", data, data.index(b"PK\x03\x04") + 22, size)
    struct.pack_into("<I", data, data.index(b"PK\x01\x02") + 24, size)
    path.write_bytes(bytes(data))
    return path
