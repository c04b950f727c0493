"""The import's report: counts by kind, what was skipped and why, and what needs an editor's eye."""

import csv
from collections import Counter, defaultdict
from dataclasses import dataclass, field

SECTIONS = (
    ("errors", "Errors (item not imported)"),
    ("skipped", "Skipped"),
    ("refused", "Files refused by the content checks"),
    ("missing_files", "Missing files"),
    ("editor_changed", "Changed in Wagtail since the last import (left alone)"),
    ("slug_changed", "Slugs changed (already taken)"),
    ("parent_missing", "Parent missing (placed in the default place)"),
    ("unknown_shortcodes", "Unknown shortcodes (removed, their text kept)"),
    ("dangling_links", "Links to the old site that point nowhere"),
    ("missing_images", "Images in the text that could not be found"),
    ("unsafe_files", "Unsafe entries in the uploads zip (not read)"),
    ("notes", "Notes"),
)


@dataclass
class Report:
    dry_run: bool = False
    warnings: list = field(default_factory=list)
    counts: Counter = field(default_factory=Counter)
    entries: dict = field(default_factory=lambda: defaultdict(list))
    redirects: dict = field(default_factory=dict)  # old path → (old path, new URL, kind, WordPress id)
    seconds: float = 0.0

    def count(self, kind, action):
        self.counts[kind, action] += 1

    def add(self, section, item, text):
        """`item`: a wordpress_import.wxr.Item (or anything with wp_id and title), or None."""
        label = f"#{item.wp_id} „{item.title}“: " if item is not None and getattr(item, "wp_id", None) else ""
        self.entries[section].append(label + text)

    def text(self):
        lines = ["WordPress import" + (" — DRY RUN, nothing was written" if self.dry_run else ""), ""]
        lines += [f"WARNING: {warning}" for warning in self.warnings]
        if self.warnings:
            lines.append("")
        lines.append("Counts:")
        by_kind = defaultdict(list)
        for (kind, action), number in sorted(self.counts.items()):
            by_kind[kind].append(f"{action} {number}")
        lines += [f"  {kind}: {', '.join(actions)}" for kind, actions in by_kind.items()] or ["  nothing"]
        lines.append(f"  redirects: {len(self.redirects)}")
        lines.append(f"Time: {self.seconds:.1f} s")
        for key, title in SECTIONS:
            entries = self.entries.get(key)
            if entries:
                lines += ["", f"{title} ({len(entries)}):"]
                lines += [f"  - {entry}" for entry in entries]
        return "\n".join(lines) + "\n"

    def write(self, path):
        with open(path, "w", encoding="utf-8") as file:
            file.write(self.text())

    def write_csv(self, path):
        with open(path, "w", encoding="utf-8", newline="") as file:
            writer = csv.writer(file)
            writer.writerow(["old_url", "new_url", "kind", "wordpress_id"])
            writer.writerows(self.redirects.values())
