"""The site's image model: every image carries alt text, a caption and a credit."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from PIL import Image as PILImage
from wagtail.images.models import AbstractImage, AbstractRendition, SourceImageIOError
from wagtail.images.models import Image as WagtailImage

from imeg.translation_utils import LANGUAGE_CODES


class CustomImage(AbstractImage):
    """An uploaded image with its alternative text, caption and credit (Foto: …)."""

    caption = models.CharField(
        _("Bildunterschrift"),
        max_length=255,
        blank=True,
        help_text=_("Wird unter dem Bild angezeigt. Sagt, was oder wen das Bild zeigt."),
    )
    credit = models.CharField(
        _("Bildnachweis"),
        max_length=255,
        blank=True,
        help_text=_("Urheber oder Quelle, z. B. „Foto: Anna Muster“ oder „Grafik: IMeG“."),
    )

    admin_form_fields = tuple(field for field in WagtailImage.admin_form_fields if field != "description") + tuple(
        f"{name}_{code}" for name in ("description", "caption", "credit") for code in LANGUAGE_CODES
    )

    class Meta(AbstractImage.Meta):
        verbose_name = _("Bild")
        verbose_name_plural = _("Bilder")
        permissions = [("choose_image", "Can choose image")]

    @property
    def alt_text(self):
        return self.description or self.title

    def get_rendition_or_none(self, filter_spec):
        """The rendition, or None while the original file is missing from the media folder.

        Templates show a broken image in that case (Wagtail's `{% image %}`); structured data and
        feeds, which call this, leave the image out instead of failing the whole page.
        """
        try:
            return self.get_rendition(filter_spec)
        except SourceImageIOError:
            return None

    def generate_rendition_file(self, filter, *, source=None):
        """A damaged original (truncated by a partial restore, say) counts as a missing one.

        Wagtail's templates show a broken image for SourceImageIOError only; Pillow's decoding errors
        would fail the whole page instead.
        """
        try:
            return super().generate_rendition_file(filter, source=source)
        except SourceImageIOError:
            raise
        except (OSError, SyntaxError, PILImage.DecompressionBombError) as error:
            raise SourceImageIOError(f"The original of image {self.pk} cannot be decoded: {error}") from error


class CustomRendition(AbstractRendition):
    image = models.ForeignKey(CustomImage, on_delete=models.CASCADE, related_name="renditions")

    class Meta:
        unique_together = (("image", "filter_spec", "focal_point_key"),)
