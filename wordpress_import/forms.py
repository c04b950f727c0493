"""The admin's upload form: the export, optionally a zip of the uploads folder and a map file.

Everything is checked before anything is stored: an export that is no WordPress export, a zip that
is no zip, has unsafe entries (`../`, absolute paths, links), too many files or would unpack to more
than the limit (read from its central directory, nothing is unpacked), a map file that is no valid
TOML. The import itself reads each file of the zip with a size limit again (wordpress_import.files).
"""

import tempfile
import zipfile

from django import forms
from django.core.exceptions import ValidationError
from django.db import transaction
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _

from wordpress_import.files import MAX_ZIP_MEMBERS, MAX_ZIP_TOTAL, unsafe_member
from wordpress_import.mapping import MappingError, load_mapping
from wordpress_import.models import ImportRun
from wordpress_import.tasks import run_import

# The start of a WXR file: comments, then <rss … xmlns:wp="http://wordpress.org/export/1.x/">.
EXPORT_HEAD = 64 * 1024
WXR_MARKER = b"wordpress.org/export/"
UNSAFE_NAMES_SHOWN = 5


def check_export(upload):
    upload.seek(0)
    head = upload.read(EXPORT_HEAD)
    upload.seek(0)
    if not head.strip():
        raise ValidationError(_("Die Datei ist leer."), code="empty")
    if WXR_MARKER not in head or b"<rss" not in head:
        raise ValidationError(
            _(
                "Die Datei ist kein WordPress-Export. Exportieren Sie in WordPress unter "
                "„Werkzeuge → Daten exportieren → Alle Inhalte“."
            ),
            code="not_wxr",
        )


def check_zip(upload):
    """Refuse a zip from its central directory alone: nothing is unpacked here."""
    max_total, max_members = MAX_ZIP_TOTAL, MAX_ZIP_MEMBERS
    upload.seek(0)
    try:
        infos = zipfile.ZipFile(upload).infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError):
        raise ValidationError(_("Die Datei ist kein lesbares ZIP-Archiv."), code="not_zip") from None
    finally:
        upload.seek(0)
    if len(infos) > max_members:
        raise ValidationError(
            _("Das ZIP-Archiv enthält mehr als %(count)s Dateien."), code="too_many", params={"count": max_members}
        )
    total = sum(info.file_size for info in infos)
    if total > max_total:
        raise ValidationError(
            _(
                "Das ZIP-Archiv würde entpackt %(size)s belegen, erlaubt sind höchstens %(limit)s. "
                "Kopieren Sie den Ordner auf den Server und importieren Sie mit dem Befehl import_wordpress."
            ),
            code="too_large",
            params={"size": filesizeformat(total), "limit": filesizeformat(max_total)},
        )
    unsafe = [info.filename for info in infos if unsafe_member(info)]
    if unsafe:
        names = ", ".join(unsafe[:UNSAFE_NAMES_SHOWN]) + (" …" if len(unsafe) > UNSAFE_NAMES_SHOWN else "")
        raise ValidationError(
            _(
                "Das ZIP-Archiv enthält unsichere Einträge (Verweise, absolute Pfade oder „../“), "
                "es wurde nicht angenommen: %(names)s"
            ),
            code="unsafe",
            params={"names": names},
        )


def check_map(upload):
    with tempfile.NamedTemporaryFile(suffix=".toml") as copy:
        for chunk in upload.chunks():
            copy.write(chunk)
        copy.flush()
        try:
            load_mapping(copy.name)
        except MappingError as error:
            raise ValidationError(
                _("Die Zuordnungsdatei kann nicht verwendet werden: %(error)s"), params={"error": error}
            ) from None
    upload.seek(0)


class ImportForm(forms.Form):
    export = forms.FileField(
        label=_("WordPress-Export (XML)"),
        help_text=_("In WordPress: „Werkzeuge → Daten exportieren → Alle Inhalte“."),
    )
    uploads = forms.FileField(
        label=_("Uploads-Ordner als ZIP"),
        required=False,
        help_text=_("Der Ordner wp-content/uploads des alten Servers, gepackt. Ohne ihn fehlen Bilder und PDFs."),
    )
    map_file = forms.FileField(
        label=_("Zuordnungsdatei (TOML)"),
        required=False,
        help_text=_("Optional: wohin Seiten, Beiträge und Kategorien kommen (siehe Anleitung)."),
    )
    mode = forms.ChoiceField(
        label=_("Art des Laufs"),
        choices=[
            ("dry_run", _("Probelauf: alles prüfen, nichts speichern")),
            ("import", _("Importieren")),
        ],
        initial="dry_run",
        widget=forms.RadioSelect,
    )

    def clean_export(self):
        export = self.cleaned_data["export"]
        check_export(export)
        return export

    def clean_uploads(self):
        uploads = self.cleaned_data.get("uploads")
        if uploads:
            check_zip(uploads)
        return uploads

    def clean_map_file(self):
        map_file = self.cleaned_data.get("map_file")
        if map_file:
            check_map(map_file)
        return map_file

    def save(self, user):
        """The run with its files stored (private storage); its task starts once this is committed."""
        data = self.cleaned_data
        run = ImportRun(created_by=user, dry_run=data["mode"] == "dry_run")
        try:
            with transaction.atomic():
                run.export.save("export.xml", data["export"], save=False)
                if data.get("uploads"):
                    run.uploads.save("uploads.zip", data["uploads"], save=False)
                if data.get("map_file"):
                    run.map_file.save("map.toml", data["map_file"], save=False)
                run.save()
                transaction.on_commit(lambda: run_import.enqueue(run.pk))
        except Exception:
            for file in (run.export, run.uploads, run.map_file):
                if file:
                    file.storage.delete(file.name)
            raise
        return run
