"""Generated PDFs of the demo publications: a cover page and pages of real, searchable text (fpdf2)."""

import datetime

from fpdf import FPDF

PRIMARY = (11, 79, 108)
ACCENT = (244, 201, 93)
TEXT = (27, 38, 49)
# The PDF core fonts cover Latin-1; typographic quotes and dashes become their plain forms.
PLAIN = str.maketrans({"„": '"', "“": '"', "”": '"', "‘": "'", "’": "'", "–": "-", "—": "-", "…": "...", "€": "EUR"})
KIND_LABELS = {"de": "Initiativkreis Metropolitane Grenzregionen", "en": "Network of metropolitan border regions"}
PAGE_LABELS = {"de": "Seite", "en": "Page", "fr": "Page", "nl": "Pagina"}
# Each paragraph is printed once: repeated text would make every demo PDF match, and show, the same passages.
PARAGRAPHS_PER_PAGE = 3
SECTION_LABELS = {"de": "Abschnitt", "en": "Section", "fr": "Section", "nl": "Deel"}


def plain(text):
    return text.translate(PLAIN).encode("latin-1", "replace").decode("latin-1")


def render_pdf(*, title, subtitle, year, language, pages, paragraphs, landscape=False):
    """A PDF of `pages` pages: a cover with title and year, then numbered pages of `paragraphs`."""
    pdf = FPDF(orientation="L" if landscape else "P", format="A4")
    pdf.set_title(plain(title))
    pdf.set_author("Initiativkreis Metropolitane Grenzregionen (IMeG)")
    pdf.set_subject(plain(subtitle))
    pdf.set_creator("IMeG demo content")
    pdf.set_lang(language)
    pdf.set_creation_date(datetime.datetime(year, 1, 1, tzinfo=datetime.UTC))
    pdf.set_auto_page_break(auto=False)
    _cover(pdf, title, subtitle, year, language)
    for number in range(2, pages + 1):
        first = (number - 2) * PARAGRAPHS_PER_PAGE
        _text_page(pdf, number, language, paragraphs[first : first + PARAGRAPHS_PER_PAGE])
    return bytes(pdf.output())


def _cover(pdf, title, subtitle, year, language):
    pdf.add_page()
    pdf.set_fill_color(*PRIMARY)
    pdf.rect(0, 0, pdf.w, pdf.h * 0.55, style="F")
    pdf.set_fill_color(*ACCENT)
    pdf.rect(0, pdf.h * 0.55, pdf.w, 6, style="F")
    pdf.set_text_color(255, 255, 255)
    pdf.set_font("Helvetica", "B", 26)
    pdf.set_xy(20, 35)
    pdf.multi_cell(pdf.w - 40, 12, plain(title))
    pdf.ln(6)
    pdf.set_x(20)
    pdf.set_font("Helvetica", "", 15)
    pdf.multi_cell(pdf.w - 40, 8, plain(subtitle))
    pdf.set_text_color(*TEXT)
    pdf.set_xy(20, pdf.h * 0.55 + 20)
    pdf.set_font("Helvetica", "B", 40)
    pdf.cell(0, 18, str(year))
    pdf.set_xy(20, pdf.h - 35)
    pdf.set_font("Helvetica", "", 12)
    pdf.cell(0, 8, plain(KIND_LABELS.get(language, KIND_LABELS["en"])))


def _text_page(pdf, number, language, paragraphs):
    pdf.add_page()
    pdf.set_text_color(*PRIMARY)
    pdf.set_font("Helvetica", "B", 16)
    pdf.cell(0, 12, f"{number - 1}. {SECTION_LABELS[language]}", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(*TEXT)
    pdf.set_font("Helvetica", "", 11)
    for paragraph in paragraphs:
        pdf.multi_cell(0, 6, plain(paragraph), new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)
    pdf.set_y(-18)
    pdf.set_font("Helvetica", "", 9)
    pdf.cell(0, 8, f"{PAGE_LABELS[language]} {number}", align="C")
