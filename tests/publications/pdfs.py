"""PDF files made in the test: valid ones with a text layer, and hostile ones written byte by byte."""

import io
import zlib

from fpdf import FPDF
from PIL import Image


def valid_pdf(pages=3, title="Testpapier", text="Grenzregionen brauchen Raumbeobachtung"):
    pdf = FPDF()
    pdf.set_title(title)
    pdf.set_author("IMeG")
    pdf.set_auto_page_break(auto=False)
    for number in range(1, pages + 1):
        pdf.add_page()
        pdf.set_font("Helvetica", size=14)
        pdf.multi_cell(0, 8, f"Seite {number}: {text}")
    return bytes(pdf.output())


def encrypted_pdf(user_password=""):
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=14)
    pdf.cell(text="Vertraulich")
    pdf.set_encryption(owner_password="eigentuemer", user_password=user_password)
    return bytes(pdf.output())


def assemble(objects, trailer_extra=""):
    """A well-formed PDF from object bodies (numbered from 1), with a correct cross-reference table."""
    output = io.BytesIO()
    output.write(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(output.tell())
        body = body if isinstance(body, bytes) else body.encode("latin-1")
        output.write(f"{number} 0 obj\n".encode() + body + b"\nendobj\n")
    xref = output.tell()
    output.write(f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode())
    for offset in offsets:
        output.write(f"{offset:010d} 00000 n \n".encode())
    output.write(
        f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R {trailer_extra}>>\nstartxref\n{xref}\n%%EOF\n".encode()
    )
    return output.getvalue()


def stream(data, extra=""):
    return f"<< /Length {len(data)} {extra}>>\nstream\n".encode() + data + b"\nendstream"


PAGE_CONTENT = b"BT /F1 24 Tf 72 720 Td (Hallo Grenzregion) Tj ET"


def simple_pdf(open_action="", content=PAGE_CONTENT, content_extra="", extra_objects=()):
    """One page of text; `open_action` is put into the catalogue as it is."""
    return assemble(
        [
            f"<< /Type /Catalog /Pages 2 0 R {open_action}>>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
            "/Resources << /Font << /F1 5 0 R >> >> >>",
            stream(content, content_extra),
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
            *extra_objects,
        ]
    )


def javascript_pdf():
    return simple_pdf("/OpenAction << /S /JavaScript /JS (app.alert\\('hallo'\\);) >>")


def launch_pdf():
    return simple_pdf("/OpenAction << /S /Launch /F (calc.exe) >>")


def hex_escaped_javascript_pdf():
    """The action's name written with #-escapes, as malware does to dodge naive scanners."""
    return simple_pdf("/OpenAction << /S /#4Aava#53cript /#4AS (app.alert\\(1\\);) >>")


def object_stream_javascript_pdf():
    """The JavaScript action hidden in a compressed object stream (object 6), referenced from the catalogue."""
    inner = b"<< /S /JavaScript /JS (app.alert\\(1\\);) >>"
    header = b"6 0 "
    data = zlib.compress(header + inner)
    object_stream = stream(data, f"/Type /ObjStm /N 1 /First {len(header)} /Filter /FlateDecode ")
    return simple_pdf("/OpenAction 6 0 R", extra_objects=[object_stream])


def decompression_bomb_pdf(megabytes=64):
    """A page whose content stream inflates from a few kilobytes to `megabytes` of zeros."""
    compressor = zlib.compressobj(9)
    chunk = b"\0" * (1024 * 1024)
    data = b"".join(compressor.compress(chunk) for _ in range(megabytes)) + compressor.flush()
    return simple_pdf(content=data, content_extra="/Filter /FlateDecode ")


def deeply_nested_pdf(depth=100_000):
    nested = "[" * depth + "]" * depth
    return simple_pdf(f"/Nested {nested} ")


def truncated_pdf():
    data = valid_pdf(pages=5)
    return data[: len(data) // 2]


def html_named_pdf():
    return b"<!DOCTYPE html><html><body><script>alert(1)</script></body></html>"


def png_named_pdf():
    output = io.BytesIO()
    Image.new("RGB", (20, 20), "teal").save(output, format="PNG")
    return output.getvalue()


def binary_stream_pdf():
    """A stream whose raw bytes happen to spell "/JS" and "/Launch", as compressed data sometimes does."""
    return simple_pdf(extra_objects=[stream(b"\x8f/JS \x00\x17/Launch ]\x9c" * 50, "/Subtype /Unknown ")])
