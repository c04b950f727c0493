"""Links to later items: filling them into the marked rich text gives what converting again gives."""

import pytest

from wordpress_import.content import Converter


class Resolver:
    """Links to /later/… lead to items not imported yet (`done=False`), then to page 7; /gone leads nowhere."""

    def __init__(self, done):
        self.done = done

    def link(self, href):
        if href.startswith("/later/"):
            return ("page", 7) if self.done else ("pending", None)
        if href == "/gone":
            return ("dangling", None)
        return None

    def image(self, wp_id, src):
        return (501, "") if src == "a.jpg" else None


FILLED = [
    '<p><a href="/later/1"> lead</a> mid <a href="/later/2">trail </a></p>',
    '<p><a href="/later/1"><br>only</a></p>',
    '<p>text <a href="/later/1"><br></a></p>',
    '<p><a href="/later/1"> <br> x <br> </a></p>',
    'x <a href="/later/1">a<a href="/later/2"> b </a></a> <br>',
    '<ul><li> <a href="/later/1"> a </a> <ul><li><a href="/later/2">b</a></li></ul></li><li></li></ul>',
    '<ol><li><a href="/later/1"> </a></li></ol><p><a href="/later/2">a</a></p><hr><p>b <a href="/gone">c</a></p>',
    '<p><img src="a.jpg"> <a href="/later/1">after the image</a></p>',
    '<p><a href="/later/1">\xa0 nb \xa0</a></p>',
    'line one\n<a href="/later/1">two</a>\nthree',
]
CONVERTED_AGAIN = [
    '<p><a href="/later/1"><br></a></p>',  # the paragraph only exists with the link
    '[fusion_button link="/later/1"]Los[/fusion_button] <a href="/later/2">z</a>',  # a block of its own
    '<p>\ufdd00\ufdd2 looks like a mark <a href="/later/1">y</a></p>',
    '<p>&#xFDD0;0&#64978; looks like a mark <a href="/later/1">y</a></p>',
]


@pytest.mark.parametrize("text", FILLED + CONVERTED_AGAIN)
def test_the_first_conversion_leaves_links_to_later_items_out(text):
    unmarked = Converter(Resolver(done=False), mark_later=False)
    converter = Converter(Resolver(done=False))

    assert converter.convert(text) == unmarked.convert(text)
    assert converter.notes == unmarked.notes


@pytest.mark.parametrize("text", FILLED)
def test_filling_in_the_links_gives_what_converting_again_gives(text):
    converter = Converter(Resolver(done=False))
    converter.convert(text)

    later = converter.later_links()

    assert later is not None
    assert later.fill(Resolver(done=True).link) == Converter(Resolver(done=True)).convert(text)


@pytest.mark.parametrize("text", CONVERTED_AGAIN)
def test_where_filling_in_cannot_give_the_same_the_item_is_converted_again(text):
    converter = Converter(Resolver(done=False))
    converter.convert(text)

    assert converter.later_links() is None


def test_content_that_looks_like_a_mark_stays_as_it_is():
    text = '<p>\ufdd00\ufdd2 looks like a mark</p><p><a href="/later/1">y</a></p>'

    assert Converter(Resolver(done=False)).convert(text)[0]["value"].startswith("<p>\ufdd00\ufdd2 looks")


def test_a_link_that_still_leads_nowhere_is_not_filled_in():
    converter = Converter(Resolver(done=False))
    converter.convert('<p><a href="/later/1">a</a></p>')

    assert converter.later_links().fill(Resolver(done=False).link) is None
