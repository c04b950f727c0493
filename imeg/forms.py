"""Admin forms of the site core."""

from django.utils.translation import gettext_lazy as _
from wagtail.images.forms import BaseImageForm

from imeg.translation_utils import DEFAULT_LANGUAGE


class ImageForm(BaseImageForm):
    """Image form that requires alt text in German, the language every page falls back to."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields.get(f"description_{DEFAULT_LANGUAGE}")
        if field is not None:
            field.required = True
            field.help_text = _(
                "Beschreibt das Bild für Menschen, die es nicht sehen (Alternativtext). Pflicht auf Deutsch."
            )
