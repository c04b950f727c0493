"""Chooser blocks share their lookups inside shared_chooser_lookups() and are Wagtail's own outside (decision 69)."""

import pytest
from wagtail.blocks.field_block import ChooserBlock
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageChooserBlock

from imeg import chooser_lookups
from imeg.chooser_lookups import shared_chooser_lookups
from tests.factories import CustomImageFactory

pytestmark = pytest.mark.django_db


def test_installed_on_every_chooser_block():
    assert ChooserBlock.bulk_to_python is chooser_lookups.bulk_to_python
    assert ImageChooserBlock.bulk_to_python is chooser_lookups.bulk_to_python
    assert DocumentChooserBlock.bulk_to_python is chooser_lookups.bulk_to_python


def test_outside_the_block_each_call_asks_the_database(django_assert_num_queries):
    image = CustomImageFactory()
    block = ImageChooserBlock()

    with django_assert_num_queries(2):
        first = block.bulk_to_python([image.pk])
        second = block.bulk_to_python([image.pk])

    assert first == second == [image]


def test_inside_the_block_each_id_is_fetched_once(django_assert_num_queries):
    image, other = CustomImageFactory(), CustomImageFactory()
    block = ImageChooserBlock()
    values = [image.pk, None, other.pk, image.pk, 999_999]

    expected = chooser_lookups.wagtail_bulk_to_python(block, values)
    with shared_chooser_lookups():
        with django_assert_num_queries(1):
            first = block.bulk_to_python(values)
        with django_assert_num_queries(0):
            second = ImageChooserBlock().bulk_to_python([other.pk, 999_999, image.pk])
        with django_assert_num_queries(1):
            third = block.bulk_to_python([image.pk, 999_998])

    assert first == expected == [image, None, other, image, None]
    assert second == [other, None, image]
    assert third == [image, None]
    # Each use its own instance, as Wagtail gives each repeated id in a stream.
    instances = [obj for obj in first + second + third if obj is not None]
    assert len({id(obj) for obj in instances}) == len(instances)
    assert all(obj.title == image.title for obj in (first[0], first[3], second[2], third[0]))


def test_the_lookups_end_with_the_block(django_assert_num_queries):
    image = CustomImageFactory()
    block = ImageChooserBlock()
    with shared_chooser_lookups():
        block.bulk_to_python([image.pk])

    with django_assert_num_queries(1):
        assert block.bulk_to_python([image.pk]) == [image]
