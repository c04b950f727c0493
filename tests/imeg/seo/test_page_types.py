"""Each page type declares what it is for sharing (imeg/seo names no app's models)."""

from wagtail.images import get_image_model
from wagtail.models import get_page_models

from imeg.models.base import BasePage

PAGE_MODELS = [model for model in get_page_models() if issubclass(model, BasePage)]


def test_every_declared_share_image_field_exists():
    for model in PAGE_MODELS:
        if model.share_image_field:
            assert hasattr(model, model.share_image_field), model


def test_every_page_type_with_an_image_field_shares_an_image():
    for model in PAGE_MODELS:
        image_fields = [
            field.name
            for field in model._meta.get_fields()
            if field.many_to_one and field.related_model is get_image_model()
        ]
        if image_fields:
            # The field itself or a property choosing among such fields (a publication's cover image).
            assert model.share_image_field is not None, model


def test_og_types_are_opengraph_types():
    assert {model.og_type for model in PAGE_MODELS} == {"website", "article"}
