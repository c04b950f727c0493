"""Checks and reads PDF files with pdfium, meant to run in a child process with hard limits.

The file is hostile until proven otherwise, so this module imports nothing from Django and is run as
`python -I pdf.py check|extract FILE [COVER] LIMITS_JSON`; it prints one JSON object. The parent
(publications.pdf_runner) bounds its time; the child bounds its own memory, CPU time and file size
before it reads a byte of the PDF.
"""

import json
import re
import resource
import sys
import zlib

HEADER = b"%PDF-"
# Names that make a PDF act rather than show: scripts and starting programs.
ACTIVE_NAMES = {b"JavaScript", b"JS", b"Launch"}
NAME = re.compile(rb"/([^\x00\t\n\x0c\r /<>\[\]()\{\}%]*)")
HEX_ESCAPE = re.compile(rb"#([0-9A-Fa-f]{2})")
STREAM = re.compile(rb"(?<!end)stream\r?\n")
OBJECT_STREAM = re.compile(rb"/Type\s*/ObjStm")
FLATE = re.compile(rb"/Fl(?:ateDecode)?\b")
DICTIONARY_LOOKBEHIND = 1024
EOF_WINDOW = 1024
TEXT_LIMIT = 2_000_000
INFLATE_CHUNK = 16 * 1024 * 1024
COVER_WIDTH = 1200
COVER_HEIGHT = 1700


class Refused(Exception):
    """The file is not a PDF we accept; `code` names the reason for the editor's message."""

    def __init__(self, code):
        super().__init__(code)
        self.code = code


def normalised_names(data):
    for match in NAME.finditer(data):
        name = match.group(1)
        if b"#" in name:
            name = HEX_ESCAPE.sub(lambda escape: bytes([int(escape.group(1), 16)]), name)
        yield name


def has_active_names(data):
    return any(name in ACTIVE_NAMES for name in normalised_names(data))


def inflate(data, budget, keep):
    """Decompress a Flate stream in chunks; refuse it once the file's budget is spent (a bomb)."""
    decompressor = zlib.decompressobj()
    kept = []
    size = 0
    pending = data
    while pending:
        try:
            chunk = decompressor.decompress(pending, INFLATE_CHUNK)
        except zlib.error:
            break
        size += len(chunk)
        if size > budget:
            raise Refused("too_complex")
        if keep:
            kept.append(chunk)
        pending = decompressor.unconsumed_tail
        if decompressor.eof or not chunk:
            break
    return b"".join(kept), size


def scan(data, limits):
    """Look for active names in the objects and in compressed object streams, and for bombs in all streams.

    Stream bodies are skipped by the name scan: compressed bytes would match "/JS" by chance.
    """
    budget = limits["inflate_bytes"]
    position = 0
    for match in STREAM.finditer(data):
        if match.start() < position:
            continue  # "stream" inside the body of the previous stream
        if has_active_names(data[position : match.start()]):
            raise Refused("active_content")
        end = data.find(b"endstream", match.end())
        if end < 0:
            raise Refused("damaged")
        head = data[max(position, match.start() - DICTIONARY_LOOKBEHIND) : match.start()]
        head = head[head.rfind(b"obj") :] if b"obj" in head else head
        if FLATE.search(head):
            is_object_stream = bool(OBJECT_STREAM.search(head))
            inflated, size = inflate(data[match.end() : end], budget, keep=is_object_stream)
            budget -= size
            if is_object_stream and has_active_names(inflated):
                raise Refused("active_content")
        position = end + len(b"endstream")
    if has_active_names(data[position:]):
        raise Refused("active_content")


def check_bytes(data, limits):
    """What can be checked without parsing: header, end marker, scripts and launch actions, bombs."""
    if not data.startswith(HEADER):
        raise Refused("not_pdf")
    if b"%%EOF" not in data[-EOF_WINDOW:]:
        raise Refused("damaged")
    scan(data, limits)


def open_document(path):
    # pdfium is loaded only after limit_resources, and only for a file that passed check_bytes. See decision 59.
    import pypdfium2 as pdfium
    import pypdfium2.raw as pdfium_raw

    try:
        document = pdfium.PdfDocument(path)
    except pdfium.PdfiumError as error:
        raise Refused("encrypted" if "password" in str(error).lower() else "damaged") from error
    if pdfium_raw.FPDF_GetSecurityHandlerRevision(document.raw) != -1:
        raise Refused("encrypted")
    if pdfium_raw.FPDFDoc_GetJavaScriptActionCount(document.raw) > 0:
        raise Refused("active_content")
    return document


def check(path, limits):
    with open(path, "rb") as file:
        data = file.read()
    check_bytes(data, limits)
    document = open_document(path)
    pages = len(document)
    if pages < 1:
        raise Refused("damaged")
    if pages > limits["max_pages"]:
        raise Refused("too_many_pages")
    for number in range(pages):
        # Parsing every page's content finds damage and bombs now, not later in the background.
        text_page = document[number].get_textpage()
        text_page.count_chars()
    return {"pages": pages}


METADATA = {"Title": "title", "Author": "author", "Subject": "subject", "Keywords": "keywords"}


def extract(path, cover_path, limits):
    document = open_document(path)
    pages = len(document)
    if pages < 1 or pages > limits["max_pages"]:
        raise Refused("too_many_pages" if pages else "damaged")
    metadata = document.get_metadata_dict(skip_empty=True)
    texts = []
    length = 0
    for number in range(pages):
        if length >= TEXT_LIMIT:
            break
        text = document[number].get_textpage().get_text_range()
        text = text.replace("\r\n", "\n").replace("\x00", "")
        texts.append(text[: TEXT_LIMIT - length])
        length += len(texts[-1])
    first = document[0]
    width, height = first.get_size()
    scale = min(COVER_WIDTH / max(width, 1), COVER_HEIGHT / max(height, 1))
    image = first.render(scale=scale).to_pil()
    image.save(cover_path, format="PNG")
    return {
        "pages": pages,
        "text": "\f".join(texts),
        "metadata": {ours: metadata[theirs].strip()[:500] for theirs, ours in METADATA.items() if theirs in metadata},
        "cover_size": list(image.size),
    }


def limit_resources(limits):
    resource.setrlimit(resource.RLIMIT_AS, (limits["memory_bytes"], limits["memory_bytes"]))
    resource.setrlimit(resource.RLIMIT_CPU, (limits["cpu_seconds"], limits["cpu_seconds"] + 1))
    resource.setrlimit(resource.RLIMIT_FSIZE, (limits["output_bytes"], limits["output_bytes"]))
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))


def main(arguments):
    mode, path = arguments[0], arguments[1]
    limits = json.loads(arguments[-1])
    limit_resources(limits)
    try:
        result = check(path, limits) if mode == "check" else extract(path, arguments[2], limits)
    except Refused as refusal:
        result = {"refused": refusal.code}
    except MemoryError:
        result = {"refused": "too_complex"}
    sys.stdout.write(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
