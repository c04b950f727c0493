from django import template

from news.sections import related_section

register = template.Library()


@register.inclusion_tag("components/news_related.html", takes_context=True)
def related_news(context, page, relation="region"):
    """The news and events of a region (or topic) page: `{% related_news page %}`."""
    return {"section": related_section(context.get("request"), page, relation)}
