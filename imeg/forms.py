"""Admin forms of the site core."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail.images.fields import WagtailImageField
from wagtail.images.forms import BaseImageForm
from wagtail_modeltranslation.patch_wagtailadmin_forms import PatchedCopyForm

from imeg.translation_utils import DEFAULT_LANGUAGE, LANGUAGE_CODES, next_free_slug, slugs_in_use


class CheckedImageField(WagtailImageField):
    """Wagtail's image upload field, refusing damaged files with a message instead of failing.

    Wagtail reads the size of an upload and turns only decompression bombs into a form error; a
    truncated JPEG makes Pillow raise OSError there, which would be a server error.
    """

    def to_python(self, data):
        try:
            return super().to_python(data)
        except ValidationError:
            raise
        except (OSError, SyntaxError, ValueError) as error:
            raise ValidationError(
                _("Die Bilddatei ist beschädigt oder unvollständig. Bitte laden Sie sie noch einmal hoch."),
                code="invalid_image",
            ) from error


class ImageForm(BaseImageForm):
    """Image form that requires alt text in German, the language every page falls back to."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if isinstance(self.fields.get("file"), WagtailImageField):
            # Wagtail builds this field itself (formfield_for_dbfield); the subclass only adds a check.
            self.fields["file"].__class__ = CheckedImageField
        field = self.fields.get(f"description_{DEFAULT_LANGUAGE}")
        if field is not None:
            field.required = True
            field.help_text = _(
                "Beschreibt das Bild für Menschen, die es nicht sehen (Alternativtext). Pflicht auf Deutsch."
            )


class CopyFormWithFreeSlugs(PatchedCopyForm):
    """The admin's copy form, suggesting slugs that are free beside the original in every language.

    wagtail-modeltranslation's form suggests the original's own slugs, which it then refuses
    as taken, so an editor would have to invent four new slugs to copy a page next to itself.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        parent = self.page.get_parent()
        if parent is None:
            return
        taken = slugs_in_use(parent)
        for code in LANGUAGE_CODES:
            field = self.fields.get(f"new_slug_{code}")
            if field is not None and field.initial:
                field.initial = next_free_slug(field.initial, taken[code])
