"""The page's head for search engines and sharing: `{% seo_head %}` in base.html."""

from django import template
from django.utils import translation

from imeg.seo import metadata

register = template.Library()


@register.inclusion_tag("components/seo_head.html", takes_context=True)
def seo_head(context):
    """Description, robots, canonical and hreflang links, OpenGraph and Twitter tags, JSON-LD."""
    return metadata.page_head(context)


@register.simple_tag(takes_context=True)
def page_title(context, page):
    """The <title> of a page: its SEO title in the language shown, else its title."""
    return metadata.page_title(page, context.get("content_language") or translation.get_language())
