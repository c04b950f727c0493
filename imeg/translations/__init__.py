"""The translation workflow: what each page and snippet has translated, what fell behind the German, XLIFF.

- `units`: the translatable units of an object (every field django-modeltranslation registers, each
  text of a StreamField block, each translated field of a page's child rows), German beside a language.
- `models`: the German text each translation was made from (`TranslationSource`) and the status per
  object and language (`TranslationStatus`) that the report reads.
- `tracking`: keeps both current on every save and publish (`signals`), and `mark_reviewed`.
- `report`, `wagtail_hooks`: the admin report "Übersetzungen", the home panel, the explorer column,
  the editor's status panel.
- `xliff` (a package): XLIFF 1.2 and 2.1 export and import for translation agencies (one page or many).

The German text is the source of every translation (docs/translation.md).
"""
