"""Helpers that build the demo site idempotently; apps use them through the `imeg_demo_content` hook.

A hook receives the `DemoBuilder` and adds its section, e.g.::

    @hooks.register("imeg_demo_content")
    def add_news(builder):
        index = builder.get_or_create_page(
            builder.page("home"), NewsIndexPage, "aktuelles", before="kontakt",
            title={"de": "Aktuelles", "en": "News"}, slug={"en": "news"},
        )

Objects are found by a stable key (a page by its parent and German slug, an image by its title); an
object that exists is returned as it is, never saved again, so a second run changes nothing.
"""

import io
import uuid

from django.core.files.images import ImageFile
from wagtail.images import get_image_model
from wagtail.models import Collection, Page
from wagtail.utils.file import hash_filelike

from imeg.demo.images import render_image
from imeg.translation_utils import DEFAULT_LANGUAGE, LANGUAGE_CODES

IMAGE_CREDIT = {
    "de": "Grafik: IMeG (generiert)",
    "en": "Graphic: IMeG (generated)",
    "fr": "Graphique : IMeG (généré)",
    "nl": "Afbeelding: IMeG (gegenereerd)",
}
BLOCK_ID_NAMESPACE = uuid.UUID("6f1d3c9e-2b7a-4f3e-9c61-1d0f5a8e7b42")


class Later:
    """A field value that can only be computed once other pages exist, e.g. a link to a later page."""

    def __init__(self, resolve):
        self.resolve = resolve


def is_translations(value):
    """Whether a field value is given per language: {"de": …, "en": …}."""
    return isinstance(value, dict) and bool(value) and set(value) <= set(LANGUAGE_CODES)


def localized(**fields):
    """Expand per-language values into modeltranslation's columns: title={"de": …} → title_de=…."""
    result = {}
    for name, value in fields.items():
        if is_translations(value):
            result.update({f"{name}_{code}": text for code, text in value.items()})
        else:
            result[name] = value
    return result


class DemoBuilder:
    """Creates pages and images of the demo site once and remembers them by key for later links."""

    def __init__(self, stdout):
        self.stdout = stdout
        self.pages = {}
        self.images = {}
        self.created_pages = 0
        self.created_images = 0
        self.created_other = 0
        self.stored_files = []
        self._pending = []

    @property
    def created_count(self):
        return self.created_pages + self.created_images + self.created_other

    def log(self, message):
        self.stdout.write(message)

    def created(self, kind, label):
        """Count and report an object other than a page or image (a site, settings, …) made in this run."""
        self.created_other += 1
        self.log(f"  + {kind}: {label}")

    # Pages

    def page(self, key):
        """A page created (or found) earlier in this run, by its key."""
        try:
            return self.pages[key]
        except KeyError:
            raise KeyError(f"Demo page {key!r} has not been built yet (built: {', '.join(self.pages)})") from None

    def find_page(self, parent, model, key):
        """The child of `parent` whose German slug is `key`, as `model`, or None."""
        page = parent.get_children().filter(slug_de=key).first()
        if page is None:
            return None
        page = page.specific
        if not isinstance(page, model):
            raise TypeError(f"Page {page.url_path!r} is a {type(page).__name__}, expected {model.__name__}")
        return page

    def get_or_create_page(self, parent, model, key, *, before=None, **fields):
        """Find the child of `parent` with German slug `key`, or create and publish it with `fields`.

        Values given per language ({"de": …, "en": …}) are set on the language columns; a language
        left out stays empty, so the page falls back to German there. `slug` needs no German entry:
        `key` is the German slug. A `Later` value is resolved in `finish()`, when every page exists;
        such a page is published then. `before` (a page or key) puts a new page before that sibling.
        """
        page = self.find_page(parent, model, key)
        if page is not None:
            return self._remember(key, page)
        values = localized(**fields)
        values[f"slug_{DEFAULT_LANGUAGE}"] = key
        later = {name: value for name, value in values.items() if isinstance(value, Later)}
        page = model(**{name: value for name, value in values.items() if name not in later})
        page.live = not later
        if before is not None:
            sibling = self.page(before) if isinstance(before, str) else before
            sibling.add_sibling(pos="left", instance=page)
        else:
            parent.add_child(instance=page)
        self._sync_tree_fields()
        if later:
            self._pending.append((page.pk, later))
        else:
            page.save_revision().publish()
        self.created_pages += 1
        self.log(f"  + Seite: {page.title_de} ({', '.join(self.page_languages(page))})")
        return self._remember(key, page)

    def page_languages(self, page):
        return [code for code in LANGUAGE_CODES if getattr(page, f"title_{code}", None)]

    def _sync_tree_fields(self):
        """Refresh the tree position of the pages held here: an insertion moves siblings and counts children."""
        known = {page.pk: page for page in self.pages.values()}
        for pk, path, depth, numchild in Page.objects.filter(pk__in=known).values_list(
            "pk", "path", "depth", "numchild"
        ):
            known[pk].path, known[pk].depth, known[pk].numchild = path, depth, numchild

    def _remember(self, key, page):
        known = self.pages.get(key)
        if known is not None and known.pk != page.pk:
            raise ValueError(f"Two demo pages share the key {key!r}: {known.url_path} and {page.url_path}")
        self.pages[key] = page
        return page

    def finish(self):
        """Set the values that link to pages created later, and publish those pages."""
        for pk, later in self._pending:
            page = Page.objects.get(pk=pk).specific
            for name, value in later.items():
                setattr(page, name, value.resolve())
            page.save_revision().publish()
            for key, known in self.pages.items():
                if known.pk == pk:
                    self.pages[key] = page
        self._pending = []

    # StreamField values

    def stream(self, key, blocks):
        """Per-language raw StreamField data for a body written as `blocks` (see imeg.demo.content).

        Each block is `(type, texts)` or `(type, texts, links)`: `texts` holds the value per language
        (None: the same, empty value in every language), `links` the block's page and image fields by
        key, e.g. {"page": "kontakt"}. A language gets the blocks that have text in it; a language with
        no text at all gets no body. Links to pages not built yet are resolved in `finish()`.
        """
        result = {}
        for code in LANGUAGE_CODES:
            chosen = [block for block in blocks if block[1] is None or code in block[1]]
            if not any(block[1] is not None for block in chosen):
                continue
            links = [link for block in chosen for link in (block[2] if len(block) > 2 else {}).items()]
            if all(self._link_ready(name, target) for name, target in links):
                result[code] = self._raw_stream(key, code, chosen)
            else:
                result[code] = Later(lambda code=code, chosen=chosen: self._raw_stream(key, code, chosen))
        return result

    def _link_ready(self, name, target):
        return name != "page" or target in self.pages

    def _raw_stream(self, key, code, blocks):
        raw = []
        for index, block in enumerate(blocks):
            block_type, texts = block[0], block[1]
            value = None if texts is None else texts[code]
            links = block[2] if len(block) > 2 else {}
            if links:
                value = {**(value or {}), **{name: self._link_id(name, target) for name, target in links.items()}}
            block_id = uuid.uuid5(BLOCK_ID_NAMESPACE, f"{key}:{code}:{index}")
            raw.append({"type": block_type, "value": value, "id": str(block_id)})
        return raw

    def _link_id(self, name, target):
        if name == "page":
            return self.page(target).pk
        if name == "image":
            return self.image(target).pk
        raise ValueError(f"Unknown link field {name!r}")

    # Images

    def discard_files(self):
        """Delete the image files written in this run, when its database transaction is rolled back."""
        for storage, name in self.stored_files:
            storage.delete(name)
        self.stored_files = []

    def image(self, key):
        """An image generated (or found) earlier in this run, by its key."""
        return self.images[key]

    def generated_image(
        self,
        key,
        title,
        *,
        kind="landscape",
        size=(1600, 1000),
        palette=None,
        alt=None,
        caption=None,
        credit=IMAGE_CREDIT,
    ):
        """Find the image titled `title`, or draw one seeded by `key` and store it in the root collection.

        `alt`, `caption` and `credit` are given per language ({"de": …, "en": …}).
        """
        image_model = get_image_model()
        image = image_model.objects.filter(title=title).order_by("pk").first()
        if image is None:
            data, extension = render_image(key, kind, size, palette)
            image = image_model(
                title=title,
                file=ImageFile(io.BytesIO(data), name=f"imeg-demo-{key}.{extension}"),
                collection=Collection.get_first_root_node(),
                file_size=len(data),
                file_hash=hash_filelike(io.BytesIO(data)),
                **localized(
                    **{
                        name: value
                        for name, value in (("description", alt), ("caption", caption), ("credit", credit))
                        if value
                    }
                ),
            )
            image.save()
            self.stored_files.append((image.file.storage, image.file.name))
            self.created_images += 1
            self.log(f"  + Bild: {title}")
        self.images[key] = image
        return image
