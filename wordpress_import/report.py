"""The import's report: counts by kind, what was skipped and why, and what needs an editor's eye.

Headings, kinds and actions are translated when the report is shown (the command: the site's
language; the admin: the viewer's); the entries are the importer's own words. `as_data()` is what
the admin stores of a run, `Report.from_data()` shows it again in another language.
"""

import csv
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from django.utils.formats import number_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

SECTIONS = (
    ("errors", gettext_lazy("Fehler (nicht importiert)")),
    ("skipped", gettext_lazy("Übersprungen")),
    ("refused", gettext_lazy("Von den Inhaltsprüfungen abgelehnte Dateien")),
    ("missing_files", gettext_lazy("Fehlende Dateien")),
    ("editor_changed", gettext_lazy("Seit dem letzten Import in Wagtail geändert (belassen)")),
    ("slug_changed", gettext_lazy("Geänderte Kurztitel (schon vergeben)")),
    ("parent_missing", gettext_lazy("Übergeordnete Seite fehlt (am Standardort angelegt)")),
    ("unknown_shortcodes", gettext_lazy("Unbekannte Shortcodes (entfernt, ihr Text bleibt)")),
    ("dangling_links", gettext_lazy("Links auf die alte Website, die ins Leere führen")),
    ("missing_images", gettext_lazy("Bilder im Text, die nicht gefunden wurden")),
    ("unsafe_files", gettext_lazy("Unsichere Einträge im Uploads-ZIP (nicht gelesen)")),
    ("notes", gettext_lazy("Hinweise")),
)
KINDS = {
    "page": gettext_lazy("Seite"),
    "post": gettext_lazy("Beitrag"),
    "news": gettext_lazy("Meldung"),
    "event": gettext_lazy("Veranstaltung"),
    "image": gettext_lazy("Bild"),
    "document": gettext_lazy("Dokument"),
    "publication": gettext_lazy("Veröffentlichung"),
    "attachment": gettext_lazy("Anhang"),
    "malformed": gettext_lazy("fehlerhafter Eintrag"),
}
ACTIONS = {
    "created": gettext_lazy("angelegt"),
    "updated": gettext_lazy("aktualisiert"),
    "unchanged": gettext_lazy("unverändert"),
    "left alone": gettext_lazy("belassen"),
    "skipped": gettext_lazy("übersprungen"),
    "refused": gettext_lazy("abgelehnt"),
    "failed": gettext_lazy("fehlgeschlagen"),
    "file missing": gettext_lazy("Datei fehlt"),
}


@dataclass
class Report:
    dry_run: bool = False
    warnings: list = field(default_factory=list)
    counts: Counter = field(default_factory=Counter)
    entries: dict = field(default_factory=lambda: defaultdict(list))
    redirects: dict = field(default_factory=dict)  # old path → (old path, new URL, kind, WordPress id)
    seconds: float = 0.0
    redirect_count: int | None = None  # when shown again from stored data, without the redirects

    def count(self, kind, action):
        self.counts[kind, action] += 1

    def add(self, section, item, text):
        """`item`: a wordpress_import.wxr.Item (or anything with wp_id and title), or None."""
        label = f"#{item.wp_id} „{item.title}“: " if item is not None and getattr(item, "wp_id", None) else ""
        self.entries[section].append(label + text)

    def counts_by_kind(self):
        """[(kind label, "action number, …")] in the active language."""
        by_kind = defaultdict(list)
        for (kind, action), number in sorted(self.counts.items()):
            by_kind[kind].append(f"{ACTIONS.get(action, action)} {number}")
        return [(str(KINDS.get(kind, kind)), ", ".join(actions)) for kind, actions in by_kind.items()]

    def sections(self):
        """[(title, entries)] of the sections that have entries, in the active language."""
        return [(str(title), self.entries[key]) for key, title in SECTIONS if self.entries.get(key)]

    def redirect_total(self):
        return len(self.redirects) if self.redirect_count is None else self.redirect_count

    def text(self):
        title = _("WordPress-Import — PROBELAUF, nichts wurde geschrieben") if self.dry_run else _("WordPress-Import")
        lines = [title, ""]
        lines += [_("WARNUNG: %(warning)s") % {"warning": warning} for warning in self.warnings]
        if self.warnings:
            lines.append("")
        lines.append(_("Anzahl:"))
        lines += [f"  {kind}: {actions}" for kind, actions in self.counts_by_kind()] or ["  " + _("nichts")]
        lines.append("  " + _("Weiterleitungen: %(count)d") % {"count": self.redirect_total()})
        lines.append(_("Dauer: %(seconds)s s") % {"seconds": number_format(self.seconds, 1)})
        for title, entries in self.sections():
            lines += ["", f"{title} ({len(entries)}):"]
            lines += [f"  - {entry}" for entry in entries]
        return "\n".join(lines) + "\n"

    def as_data(self):
        """What the admin stores of a run (JSON): everything but the redirects, which go to the CSV."""
        return {
            "dry_run": self.dry_run,
            "warnings": list(self.warnings),
            "counts": [[kind, action, number] for (kind, action), number in sorted(self.counts.items())],
            "entries": {key: list(values) for key, values in self.entries.items() if values},
            "redirects": self.redirect_total(),
            "seconds": self.seconds,
        }

    @classmethod
    def from_data(cls, data):
        report = cls(dry_run=data.get("dry_run", False), warnings=list(data.get("warnings", [])))
        report.counts.update({(kind, action): number for kind, action, number in data.get("counts", [])})
        report.entries.update(data.get("entries", {}))
        report.seconds = data.get("seconds", 0.0)
        report.redirect_count = data.get("redirects", 0)
        return report

    def write(self, path):
        with open(path, "w", encoding="utf-8") as file:
            file.write(self.text())

    def write_csv(self, path):
        with open(path, "w", encoding="utf-8", newline="") as file:
            self.write_csv_to(file)

    def write_csv_to(self, file):
        writer = csv.writer(file)
        writer.writerow(["old_url", "new_url", "kind", "wordpress_id"])
        writer.writerows(self.redirects.values())
