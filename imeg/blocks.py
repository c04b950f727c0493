"""StreamField blocks shared by every page type."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.contrib.typed_table_block.blocks import TypedTableBlock
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageChooserBlock

RICH_TEXT_FEATURES = ["bold", "italic", "link", "document-link", "ol", "ul", "h3", "h4"]


class HeadingBlock(blocks.StructBlock):
    """A section heading; level 2 starts a section, level 3 a subsection."""

    text = blocks.CharBlock(label=_("Text"), max_length=200)
    level = blocks.ChoiceBlock(
        label=_("Ebene"),
        choices=[("h2", _("Abschnitt (H2)")), ("h3", _("Unterabschnitt (H3)"))],
        default="h2",
    )

    class Meta:
        icon = "title"
        label = _("Überschrift")
        template = "blocks/heading_block.html"


class ParagraphBlock(blocks.RichTextBlock):
    """Running text with links, lists and subheadings."""

    def __init__(self, **kwargs):
        super().__init__(features=RICH_TEXT_FEATURES, **kwargs)

    class Meta:
        icon = "pilcrow"
        label = _("Text")
        template = "blocks/paragraph_block.html"


class ImageBlock(blocks.StructBlock):
    """An image shown with its caption and credit; both default to the image's own."""

    image = ImageChooserBlock(label=_("Bild"))
    caption = blocks.CharBlock(
        label=_("Bildunterschrift"),
        required=False,
        help_text=_("Leer lassen, um die Bildunterschrift des Bildes zu verwenden."),
    )

    class Meta:
        icon = "image"
        label = _("Bild")
        template = "blocks/image_block.html"


class QuoteBlock(blocks.StructBlock):
    """A quotation with the person or document it comes from."""

    text = blocks.TextBlock(label=_("Zitat"))
    source = blocks.CharBlock(label=_("Quelle"), required=False, max_length=200)

    class Meta:
        icon = "openquote"
        label = _("Zitat")
        template = "blocks/quote_block.html"


class FactsTableBlock(blocks.StructBlock):
    """A small table of facts, e.g. key figures with their year and source."""

    caption = blocks.CharBlock(
        label=_("Tabellentitel"), help_text=_("Sagt, was die Tabelle zeigt (für Screenreader).")
    )
    table = TypedTableBlock(
        [
            ("text", blocks.CharBlock(label=_("Text"))),
            ("number", blocks.DecimalBlock(label=_("Zahl"))),
        ],
        label=_("Tabelle"),
    )
    source = blocks.CharBlock(label=_("Quelle/Stand"), required=False, max_length=255)

    class Meta:
        icon = "table"
        label = _("Faktentabelle")
        template = "blocks/facts_table_block.html"


class LinkStructValue(blocks.StructValue):
    def url(self):
        page = self.get("page")
        return page.url if page else self.get("external_url")

    def link_text(self):
        page = self.get("page")
        return self.get("title") or self.get("text_link") or (page.title if page else None) or self.get("external_url")


class CallToActionBlock(blocks.StructBlock):
    """A prominent box that leads to one page or address."""

    title = blocks.CharBlock(label=_("Titel"), max_length=120)
    text = blocks.TextBlock(label=_("Text"), required=False)
    page = blocks.PageChooserBlock(label=_("Seite"), required=False)
    external_url = blocks.URLBlock(
        label=_("Externe Adresse"), required=False, help_text=_("Nur, wenn keine Seite gewählt ist.")
    )
    text_link = blocks.CharBlock(label=_("Linktext"), required=False, max_length=80)

    class Meta:
        icon = "pick"
        label = _("Handlungsaufruf")
        template = "blocks/call_to_action_block.html"
        value_class = LinkStructValue

    def clean(self, value):
        value = super().clean(value)
        if not value.get("page") and not value.get("external_url"):
            raise blocks.StructBlockValidationError(
                {"page": blocks.BlockValidationError(_("Bitte eine Seite oder eine externe Adresse angeben."))}
            )
        return value


class DownloadListBlock(blocks.StructBlock):
    """A list of documents (PDF) to download."""

    title = blocks.CharBlock(label=_("Titel"), required=False, max_length=120)
    documents = blocks.ListBlock(DocumentChooserBlock(label=_("Dokument")), label=_("Dokumente"))

    class Meta:
        icon = "doc-full"
        label = _("Downloads")
        template = "blocks/download_list_block.html"


class ChildPageTeasersBlock(blocks.StructBlock):
    """Teasers of the page's published subpages, in menu order, under a heading."""

    title = blocks.CharBlock(
        label=_("Überschrift"), required=False, max_length=120, help_text=_("Leer: „In diesem Bereich“.")
    )

    class Meta:
        icon = "list-ul"
        label = _("Unterseiten-Teaser")
        help_text = _("Zeigt automatisch die veröffentlichten Unterseiten dieser Seite.")
        template = "blocks/child_page_teasers_block.html"


class TeaserBlock(blocks.StructBlock):
    """A box on the home page that leads to a page, with a short text and an image."""

    page = blocks.PageChooserBlock(label=_("Seite"))
    title = blocks.CharBlock(label=_("Titel"), required=False, max_length=120, help_text=_("Leer: Titel der Seite."))
    text = blocks.TextBlock(label=_("Text"), required=False)
    image = ImageChooserBlock(label=_("Bild"), required=False)

    class Meta:
        icon = "doc-empty"
        label = _("Teaser")
        template = "blocks/teaser_block.html"
        value_class = LinkStructValue


def body_blocks():
    """The blocks of a page body; a function so each StreamField gets its own instances."""
    return [
        ("heading", HeadingBlock()),
        (
            "paragraph",
            blocks.RichTextBlock(features=RICH_TEXT_FEATURES, label=_("Text"), template="blocks/paragraph_block.html"),
        ),
        ("image", ImageBlock()),
        ("quote", QuoteBlock()),
        ("facts_table", FactsTableBlock()),
        ("call_to_action", CallToActionBlock()),
        ("downloads", DownloadListBlock()),
        ("child_page_teasers", ChildPageTeasersBlock()),
    ]
