"""Where WordPress content goes: this site's defaults, changed by a small TOML map file.

```toml
[pages]
parent = ""                  # path below the home page for top-level WordPress pages; "" = the home page

[posts]
default = "news"             # news | event | skip

[categories]                 # by category slug: news | event | skip | topic:<topic slug>
veranstaltungen = "event"
raumbeobachtung = "topic:raumbeobachtung"

[tags]                       # by tag slug: topic:<topic slug> | skip
mobilitaet = "topic:mobilitaet"

[publications]               # PDFs (by file name) that become publication pages
"imeg-raumbeobachtung-2018.pdf" = { type = "position_paper", title = "Raumbeobachtung", date = "2018-10-05" }

[events]
venue = "Ort siehe Beschreibung"
```
"""

import datetime
import hashlib
import json
import tomllib
from dataclasses import asdict, dataclass, field

from publications.models import PublicationType

POST_TARGETS = ("news", "event", "skip")
DEFAULT_CATEGORIES = {"veranstaltungen": "event", "termine": "event"}


class MappingError(Exception):
    """The map file cannot be used; the message says which entry and why."""


@dataclass
class Mapping:
    pages_parent: str = ""
    post_default: str = "news"
    categories: dict = field(default_factory=lambda: dict(DEFAULT_CATEGORIES))
    tags: dict = field(default_factory=dict)
    publications: dict = field(default_factory=dict)
    event_venue: str = "Ort siehe Beschreibung"

    def digest(self):
        """Changes when the mapping changes, so that a second run with a new map updates what it affects."""
        return hashlib.sha256(json.dumps(asdict(self), sort_keys=True, default=str).encode()).hexdigest()

    def post_target(self, terms):
        """("news" | "event" | "skip", [topic slugs]) for a post with these (taxonomy, slug, label) terms."""
        target, topics = self.post_default, []
        for taxonomy, slug, _label in terms:
            rule = (self.categories if taxonomy == "category" else self.tags if taxonomy == "post_tag" else {}).get(
                slug
            )
            if rule is None and taxonomy in ("category", "post_tag"):
                topics.append(slug)  # an existing topic of the same slug, if there is one
            elif rule and rule.startswith("topic:"):
                topics.append(rule.removeprefix("topic:"))
            elif rule in POST_TARGETS and taxonomy == "category":
                target = rule if target != "skip" else target
        return target, topics


def _check_rule(section, key, value, allowed):
    if not isinstance(value, str) or not (value in allowed or (value.startswith("topic:") and len(value) > 6)):
        choices = " | ".join((*allowed, "topic:<slug>"))
        raise MappingError(f"[{section}] {key} = {value!r}: expected {choices}.")


def load_mapping(path=None):
    """The defaults, changed by the map file at `path` if given."""
    mapping = Mapping()
    if path is None:
        return mapping
    try:
        with open(path, "rb") as file:
            data = tomllib.load(file)
    except OSError as error:
        raise MappingError(f"The map file cannot be read: {error.strerror}.") from None
    except tomllib.TOMLDecodeError as error:
        raise MappingError(f"The map file is no valid TOML: {error}.") from None
    unknown = set(data) - {"pages", "posts", "categories", "tags", "publications", "events"}
    if unknown:
        raise MappingError(f"Unknown section(s) in the map file: {', '.join(sorted(unknown))}.")
    mapping.pages_parent = str(data.get("pages", {}).get("parent", "")).strip("/")
    mapping.post_default = data.get("posts", {}).get("default", mapping.post_default)
    if mapping.post_default not in POST_TARGETS:
        raise MappingError(f"[posts] default = {mapping.post_default!r}: expected news | event | skip.")
    for key, value in data.get("categories", {}).items():
        _check_rule("categories", key, value, POST_TARGETS)
        mapping.categories[key] = value
    for key, value in data.get("tags", {}).items():
        _check_rule("tags", key, value, ("skip",))
        mapping.tags[key] = value
    for name, entry in data.get("publications", {}).items():
        if not isinstance(entry, dict):
            raise MappingError(f'[publications] {name!r}: expected a table such as {{ type = "position_paper" }}.')
        if entry.get("type", PublicationType.POSITION_PAPER) not in PublicationType.values:
            raise MappingError(
                f"[publications] {name!r}: type {entry['type']!r} is none of {', '.join(PublicationType.values)}."
            )
        if "date" in entry and not isinstance(entry["date"], datetime.date):
            try:
                entry["date"] = datetime.date.fromisoformat(str(entry["date"]))
            except ValueError:
                raise MappingError(f"[publications] {name!r}: date {entry['date']!r} is no YYYY-MM-DD.") from None
        mapping.publications[name] = entry
    mapping.event_venue = str(data.get("events", {}).get("venue", mapping.event_venue))
    return mapping
