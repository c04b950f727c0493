"""The page's head for search engines and sharing: `{% seo_head %}` in base.html."""

from django import template

from imeg.seo.metadata import page_head

register = template.Library()


@register.inclusion_tag("components/seo_head.html", takes_context=True)
def seo_head(context):
    """Description, robots, canonical and hreflang links, OpenGraph and Twitter tags, JSON-LD."""
    return page_head(context)
