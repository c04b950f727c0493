"""Pass 2: attachments. Images and PDFs through the same checks as an upload in the admin."""

import io
import re
from pathlib import PurePosixPath

from django.core.exceptions import ValidationError
from django.core.files.images import ImageFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _
from PIL import Image as PILImage
from wagtail.contrib.redirects.models import Redirect
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.images.fields import WagtailImageField
from wagtail.models import Collection
from wagtail.utils.file import hash_filelike

from publications.models import PublicationIndexPage, PublicationPage
from publications.models.pages import PublicationFile
from publications.upload import max_size as max_pdf_size
from publications.upload import readable_file_name, validate_pdf_upload
from wordpress_import.content import plain_text
from wordpress_import.files import relative_upload_path
from wordpress_import.importer.common import CREDIT, IMAGE_EXTENSIONS, FileMissing, digest

# A bare file name: no folder, no "..", not hidden.
FILE_NAME = re.compile(r"[^/\\\x00]+")


def resized_copies(metadata):
    """The file names of WordPress's resized copies (`sizes`) and of the unscaled original (`original_image`,
    WordPress 5.3+) in an attachment's PHP-serialised `_wp_attachment_metadata`; unsafe names are left out."""
    names = []
    if 's:5:"sizes";' in metadata:
        sizes = metadata.split('s:5:"sizes";', 1)[1].split('s:10:"image_meta";', 1)[0]
        names += re.findall(r's:4:"file";s:\d+:"([^"]*)";', sizes)
    names += re.findall(r's:14:"original_image";s:\d+:"([^"]*)";', metadata)
    return [name for name in dict.fromkeys(names) if FILE_NAME.fullmatch(name) and not name.startswith(".")]


class Attachments:
    """Images, documents and the publication pages the map file asks for."""

    def import_attachments(self):
        for item in self.items():
            if item.post_type == "attachment":
                self.guarded(item, self.import_attachment)
                self.step()

    def import_attachment(self, item):
        file_path = relative_upload_path(item.meta.get("_wp_attached_file") or item.attachment_url)
        extension = PurePosixPath(file_path).suffix.lower().lstrip(".")
        if extension in IMAGE_EXTENSIONS:
            self.import_image(item, file_path)
        elif extension == "pdf":
            document = self.import_document(item, file_path)
            entry = self.mapping.publications.get(PurePosixPath(file_path).name)
            if document is not None and entry is not None:
                self.import_publication(item, document, entry)
        else:
            self.report.count("attachment", "skipped")
            self.report.add(
                "skipped",
                item,
                _("Dateityp .%(extension)s wird nicht importiert (nur Bilder und PDFs)")
                % {"extension": extension or "?"},
            )

    def read_file(self, item, file_path, limit):
        data = None
        for source in (self.uploads, self.fetcher):
            if source is not None and data is None:
                data = source.read(file_path, limit)
        if data is None:
            name = file_path or item.attachment_url
            if self.uploads:
                raise FileMissing(_("%(file)s (nicht im Upload-Ordner)") % {"file": name})
            raise FileMissing(_("%(file)s (kein Upload-Ordner angegeben)") % {"file": name})
        return data

    def attachment_redirects(self, item, target, copies=()):
        """The attachment page and the file's old paths lead to `target` (a document or image URL).

        `copies`: the names of WordPress's resized copies beside the file, whose old links lead there too.
        """
        folder = PurePosixPath(item.meta_path).parent
        files = [item.meta_path] + [str(folder / name) for name in copies]
        paths = self.old_paths(item) + [Redirect.normalise_path(f"/wp-content/uploads/{name}") for name in files]
        pages = []
        for path in dict.fromkeys(paths):
            if path.startswith("/wp-content/uploads/"):
                self.redirect(path, item, link=target)
            else:
                pages.append(path)
        # The attachment page leads to the page it belongs to, once that is imported (pass 3).
        self.attachment_pages.append((item.wp_id, item.title, item.parent_id, pages, target))

    def import_image(self, item, file_path):
        alt = plain_text(item.meta.get("_wp_attachment_image_alt", ""), 255)
        caption = plain_text(item.excerpt, 255)
        credit = (CREDIT.search(item.meta.get("_wp_attachment_metadata", "")) or [None, ""])[1][:255]
        title = plain_text(item.title, 255) or PurePosixPath(file_path).stem
        copies = resized_copies(item.meta.get("_wp_attachment_metadata", ""))
        content_hash = digest(title, alt, caption, credit, file_path, copies)
        record = self.record(item, "image")
        images = get_image_model().objects
        if record and (image := images.filter(pk=record.object_id).first()):
            self.objects[item.wp_id] = ("image", image.pk)
            self.images_seen.add(image.pk)
            item.meta_path = file_path
            if record.content_hash == content_hash:
                self.report.count("image", "unchanged")
                return
            if self.image_state(image) != record.object_state:
                self.report.count("image", "left alone")
                self.report.add("editor_changed", item, _("Bild %(id)s wurde in Wagtail geändert") % {"id": image.pk})
                return
        else:
            image = None
        data = self.read_file(item, file_path, WagtailImageField().max_upload_size or 20 * 1024 * 1024)
        name = PurePosixPath(file_path).name
        upload = SimpleUploadedFile(name, data)
        try:
            # The admin's own check: format, size, pixel count (WAGTAILIMAGES_*).
            WagtailImageField().clean(upload)
        except ValidationError as error:
            self.report.count("image", "refused")
            self.report.add("refused", item, f"{name}: {' '.join(error.messages)}")
            return
        created = image is None
        image = image or get_image_model()(collection=Collection.get_first_root_node())
        image.title = title
        image.description_de, image.caption_de, image.credit = alt, caption, credit
        if image.file_hash != hash_filelike(io.BytesIO(data)):
            self.attach_file(image, "file", data, name, image=True)
        image.save()
        self.objects[item.wp_id] = ("image", image.pk)
        item.meta_path = file_path
        self.attachment_redirects(item, image.file.url, copies)
        self.remember(item, "image", image, content_hash, self.image_state(image))
        self.report.count("image", "created" if created else "updated")
        self.images_seen.add(image.pk)  # last: a new image is only there once its item went through

    def image_state(self, image):
        return digest(image.title, image.description_de, image.caption_de, image.credit, image.file_hash)

    def attach_file(self, instance, field_name, data, name, image=False):
        if image:
            with PILImage.open(io.BytesIO(data)) as picture:
                instance.width, instance.height = picture.size
        instance.file_size = len(data)
        instance.file_hash = hash_filelike(io.BytesIO(data))
        setattr(instance, field_name, ImageFile(io.BytesIO(data), name=name))

    def import_document(self, item, file_path):
        title = plain_text(item.title, 255) or PurePosixPath(file_path).stem
        content_hash = digest(title, file_path)
        record = self.record(item, "document")
        documents = get_document_model().objects
        item.meta_path = file_path
        if record and (document := documents.filter(pk=record.object_id).first()):
            self.objects[item.wp_id] = ("document", document.pk)
            if record.content_hash == content_hash or self.document_state(document) != record.object_state:
                self.report.count("document", "unchanged")
                return document
        else:
            document = None
        data = self.read_file(item, file_path, max_pdf_size())
        name = PurePosixPath(file_path).name
        upload = SimpleUploadedFile(name, data, content_type="application/pdf")
        try:
            # The admin upload's checks (publications.upload): a PDF by content, size, no scripts, readable.
            validate_pdf_upload(upload)
        except ValidationError as error:
            self.report.count("document", "refused")
            self.report.add("refused", item, f"{name}: {' '.join(error.messages)}")
            return None
        created = document is None
        document = document or get_document_model()(collection=Collection.get_first_root_node())
        document.title = title
        if document.file_hash != hash_filelike(io.BytesIO(data)):
            self.attach_file(document, "file", data, readable_file_name(name))
        document.save()
        self.objects[item.wp_id] = ("document", document.pk)
        self.attachment_redirects(item, document.url)
        self.remember(item, "document", document, content_hash, self.document_state(document))
        self.report.count("document", "created" if created else "updated")
        return document

    def document_state(self, document):
        return digest(document.title, document.file_hash)

    def import_publication(self, item, document, entry):
        title = entry.get("title") or plain_text(item.title, 255)
        summary = entry.get("summary") or plain_text(item.content or item.excerpt, 1000) or title
        date = entry.get("date") or (item.date.date() if item.date else timezone.localdate())
        fields = {
            "title_de": title[:255],
            "slug_de": slugify(entry.get("slug") or title, allow_unicode=True)[:255],
            "summary_de": summary,
            "publication_type": entry.get("type", "position_paper"),
            "date": date,
        }
        parent = self.section(PublicationIndexPage, "Veröffentlichungen", "veroeffentlichungen")

        def update(page):
            page.files = [PublicationFile(document=document, language="de", kind="full_text")]

        # Old links to the PDF keep leading to the PDF (the document), so the publication gets no redirects.
        extra = (entry, document.pk)
        self.save_page(item, "publication", PublicationPage, parent, lambda: (fields, update), extra, publish=True)
