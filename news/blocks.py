"""Blocks only news and events use: the programme of an event."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks


class ProgrammeItemBlock(blocks.StructBlock):
    """One point of an event's programme: when, what and who."""

    time = blocks.CharBlock(
        label=_("Zeit"), required=False, max_length=40, help_text=_("z. B. „10:00“ oder „10:00–11:30“.")
    )
    title = blocks.CharBlock(label=_("Programmpunkt"), max_length=200)
    speakers = blocks.CharBlock(
        label=_("Mitwirkende"),
        required=False,
        max_length=300,
        help_text=_("Namen und Funktionen, durch Kommas getrennt."),
    )
    description = blocks.TextBlock(label=_("Beschreibung"), required=False)

    class Meta:
        icon = "time"
        label = _("Programmpunkt")
        template = "news/programme_item_block.html"
